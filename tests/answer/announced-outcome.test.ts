/**
 * A question about how something turned out ("¿Cuál fue el resultado de la audiencia?") is not answered by a sentence
 * that only announces it ("El sindicato irá hoy a una audiencia"): refused, the passage cited as a lead (issue 15; a
 * newcomer's hearing "result" answered with the sentence that scheduled it). Articles and sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { announcedOnly, asksOutcome } from '../../src/answer/announced.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

describe('asksOutcome and announcedOnly', () => {
  it('reads questions about how something turned out', () => {
    expect(asksOutcome('¿Cuál fue el resultado de la mediación entre el sindicato y la patronal?', 'es')).toBe(true);
    expect(asksOutcome('¿Cómo terminó la votación del comité?', 'es')).toBe(true);
    expect(asksOutcome('¿Qué se acordó en la reunión de ministros?', 'es')).toBe(true);
    expect(asksOutcome('What was the outcome of the arbitration hearing?', 'en')).toBe(true);
    expect(asksOutcome('How did the vote end?', 'en')).toBe(true);
    expect(asksOutcome('¿Cuándo será la mediación?', 'es')).toBe(false);
    expect(asksOutcome('¿Cuál será el resultado de la mediación?', 'es')).toBe(false);
  });

  it('holds for sentences that only speak of what is ahead', () => {
    expect(announcedOnly(['Los estibadores irán mañana a una mediación con la patronal.'], 'es')).toBe(true);
    expect(announcedOnly(['La votación está prevista para el jueves.'], 'es')).toBe(true);
    expect(announcedOnly(['The union will meet the employers on Thursday.'], 'en')).toBe(true);
    expect(announcedOnly(['The hearing is scheduled to start at noon.'], 'en')).toBe(true);
  });

  it('does not hold when a sentence tells of something done, or of nothing ahead', () => {
    expect(announcedOnly(['La mediación terminó sin acuerdo y se reanudará el lunes.'], 'es')).toBe(false);
    expect(announcedOnly(['Los estibadores han firmado el convenio, que entrará en vigor en julio.'], 'es')).toBe(false);
    expect(announcedOnly(['The hearing ended without a deal; talks will resume on Monday.'], 'en')).toBe(false);
    expect(announcedOnly(['La mediación es un paso decisivo.'], 'es')).toBe(false);
  });
});

const library = await libraryOf([
  articleFromParagraphs({ id: 'estiba', title: 'Los estibadores de Valdemar, ante una mediación decisiva', date: '2025-03-11', language: 'es' }, [
    'Los estibadores de Valdemar irán hoy a una mediación decisiva con la patronal portuaria, y si no alcanzan un acuerdo empezarán una huelga indefinida el lunes.',
    'El comité de empresa reclama una subida salarial del 8 % para este año.',
  ]),
  articleFromParagraphs({ id: 'conserveras', title: 'Las conserveras de Lis firman el convenio', date: '2025-03-10', language: 'es' }, [
    'La mediación entre las conserveras de Lis y sus trabajadoras terminó ayer con un acuerdo: una subida del 5 % y dos días más de vacaciones.',
  ]),
]);
const ask = askOf(library);

describe('asked how something turned out', () => {
  it('refuses when the story only announces it, with the passage as a lead', async () => {
    const result = await ask('¿Cuál fue el resultado de la mediación entre los estibadores de Valdemar y la patronal?');
    expect(result.refused).toBe(true);
    expect(result.citations[0]?.excerpt).toContain('irán hoy a una mediación');
  });

  it('answers when the story tells how it ended', async () => {
    const result = await ask('¿Cuál fue el resultado de la mediación de las conserveras de Lis?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('terminó ayer con un acuerdo');
  });
});
