/**
 * A count of people hurt, killed or held is no count of what a question asks that is not about harm: "How many workers
 * are employed at the Cerro Alto mine?" is not answered by "The blast injured two workers" (a blind newcomer's trap).
 * Refused with the story's passages as leads; a sentence giving the asked count answers, and a question asking for the
 * harmed is answered by their count. Articles and sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { asksHarm, countsOnlyHarmed } from '../../src/answer/harmed.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const OTHER = articleFromParagraphs({ id: 'feria', title: 'La feria del libro de Tarbes abre el jueves', date: '2025-05-02', language: 'es' }, [
  'La feria del libro de Tarbes abrirá el jueves con 140 casetas en el paseo del río, informó el ayuntamiento.',
]);
const mine = (staff = '') =>
  articleFromParagraphs({ id: 'mine', title: 'Blast at the Cerro Alto copper mine', date: '2025-05-02', language: 'en' }, [
    `A gas blast at the Cerro Alto copper mine injured two workers on Monday night, the regional safety office said.${staff}`,
    'Operations in the lower galleries were halted while inspectors checked the ventilation shafts.',
  ]);
const mina = (staff = '') =>
  articleFromParagraphs({ id: 'mina', title: 'Derrumbe en la mina Peñas Negras', date: '2025-05-02', language: 'es' }, [
    `Un derrumbe en la mina Peñas Negras dejó tres mineros heridos el martes por la mañana, según la delegación de Industria.${staff}`,
    'La galería afectada seguirá cerrada hasta que los técnicos revisen los apuntalamientos.',
  ]);

describe('a count of the harmed', () => {
  it('does not answer in English how many are employed', async () => {
    const result = await askOf(await libraryOf([mine(), OTHER]))('How many workers are employed at the Cerro Alto mine?');
    expect(result.refused).toBe(true);
    expect(result.citations.length).toBeGreaterThan(0);
  });

  it('does not answer in Spanish how many work there', async () => {
    const result = await askOf(await libraryOf([mina(), OTHER]))('¿Cuántos mineros trabajan en la mina Peñas Negras?');
    expect(result.refused).toBe(true);
    expect(result.citations.length).toBeGreaterThan(0);
  });

  it('answers how many were hurt', async () => {
    const english = await askOf(await libraryOf([mine(), OTHER]))('How many workers were injured at the Cerro Alto mine?');
    expect(english.refused).toBe(false);
    expect(firstQuote(english)).toContain('injured two workers');
    const spanish = await askOf(await libraryOf([mina(), OTHER]))('¿Cuántos mineros resultaron heridos en la mina Peñas Negras?');
    expect(spanish.refused).toBe(false);
    expect(firstQuote(spanish)).toContain('tres mineros heridos');
  });

  it('answers how many are employed from a sentence that says so', async () => {
    const english = await askOf(await libraryOf([mine(' The mine employs about 640 workers.'), OTHER]))('How many workers are employed at the Cerro Alto mine?');
    expect(english.refused).toBe(false);
    expect(firstQuote(english)).toContain('640');
    const spanish = await askOf(await libraryOf([mina(' En la mina trabajan 380 mineros.'), OTHER]))('¿Cuántos mineros trabajan en la mina Peñas Negras?');
    expect(spanish.refused).toBe(false);
    expect(firstQuote(spanish)).toContain('380');
  });

  it('reads questions about harm or loss, and counts tied to a word of harm in their clause', () => {
    expect(asksHarm('¿Cuántos soldados perdió el regimiento en la batalla?')).toBe(true);
    expect(asksHarm('How many deaths were recorded?')).toBe(true);
    expect(asksHarm('¿Cuántos vecinos tiene el barrio?')).toBe(false);
    expect(countsOnlyHarmed(['En 2019 murieron seis operarios en la planta.'])).toBe(true);
    expect(countsOnlyHarmed(['The plant employs 640 people; the blast injured two of them.'])).toBe(false);
    expect(countsOnlyHarmed(['La planta abrió en 2019.'])).toBe(false);
  });
});
