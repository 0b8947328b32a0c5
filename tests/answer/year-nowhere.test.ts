/**
 * A question dated by a year its story never writes is not answered by a sentence naming no year, which tells of the
 * story's own time: "¿Cuántas hectáreas quemó el incendio en 2021?" beside "ha consumido ya 860 hectáreas" in a story of
 * 2026 (blind newcomer 33's wrong-year kind). Refused with the story as a lead; the year it was published in, a year it
 * names in another paragraph, or one it names relative to its date ("el año pasado") is no other year. Articles and
 * questions written for the tests, Spanish and English.
 */
import { describe, expect, it } from 'vitest';
import { yearNowhere } from '../../src/answer/other-year.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const fire = articleFromParagraphs({ id: 'fuego', title: 'El incendio de Cerro Morado sigue activo', date: '2026-08-14', language: 'es' }, [
  'El incendio que comenzó el lunes en la reserva de Cerro Morado ha consumido ya 860 hectáreas de bosque seco, según el último balance de la Corporación Forestal Andina.',
  'Las brigadas trabajan con tres helicópteros y un avión cisterna. El gobernador, Tomás Irigoyen, pidió a los vecinos no regresar a sus casas.',
  'En lo que va del verano, la provincia ha registrado 94 incendios forestales.',
]);
const ferry = articleFromParagraphs({ id: 'ferry', title: 'Harbour ferry carries record numbers', date: '2025-12-30', language: 'en' }, [
  'The Kelby harbour ferry carried 1.4 million passengers, the port authority said on Tuesday, helped by a new evening timetable.',
  'Fares will rise by 20 cents in March.',
]);
const museum = articleFromParagraphs({ id: 'museo', title: 'El Museo del Azulejo recibe más visitas', date: '2026-01-08', language: 'es' }, [
  'El Museo del Azulejo de Onda recibió 58.000 visitantes, un 12 % más que el año pasado, informó su directora, Marta Cebrián.',
  'El museo abrió sus puertas en 1998 en un antiguo palacete.',
]);
const ask = askOf(await libraryOf([fire, ferry, museum]));

describe('a year the story never writes', () => {
  it('refuses it, in any word order, with the story as a lead', async () => {
    for (const question of [
      '¿Cuántas hectáreas quemó el incendio de Cerro Morado en 2021?',
      'En 2018, ¿cuántas hectáreas ardieron en la reserva de Cerro Morado?',
      '¿Cuántos incendios forestales registró la provincia en el verano de 2023?',
      'How many passengers did the Kelby harbour ferry carry in 2019?',
      '¿Cuántos visitantes recibió el Museo del Azulejo de Onda en 2010?',
    ]) {
      const result = await ask(question);
      expect(result.refused, question).toBe(true);
      expect(result.citations.length, question).toBeGreaterThan(0);
    }
  });

  it('answers the year the story was published in, or names', async () => {
    const same = await ask('¿Cuántas hectáreas ha quemado el incendio de Cerro Morado en 2026?');
    expect(same.refused).toBe(false);
    expect(firstQuote(same)).toContain('860 hectáreas');
    const english = await ask('How many passengers did the Kelby harbour ferry carry in 2025?');
    expect(english.refused).toBe(false);
    expect(firstQuote(english)).toContain('1.4 million');
    const yearless = await ask('¿Cuántos visitantes recibió el Museo del Azulejo de Onda?');
    expect(yearless.refused).toBe(false);
    expect(firstQuote(yearless)).toContain('58.000');
  });

  it('reads the story’s own, named and relative years, and no undated story', () => {
    const sentence = ['El museo recibió 58.000 visitantes.'];
    expect(yearNowhere('¿Cuántos visitantes tuvo el museo en 2010?', sentence, 'El museo recibió 58.000 visitantes.', 2026)).toBe(true);
    expect(yearNowhere('¿Cuántos visitantes tuvo el museo en 2025?', sentence, 'El museo recibió 58.000 visitantes, más que el año pasado.', 2026)).toBe(false);
    expect(yearNowhere('¿Cuántos visitantes tuvo el museo en 1998?', sentence, 'El museo abrió en 1998. El museo recibió 58.000 visitantes.', 2026)).toBe(false);
    expect(yearNowhere('¿Cuántos visitantes tuvo el museo en 2010?', sentence, 'El museo recibió 58.000 visitantes.', undefined)).toBe(false);
    expect(yearNowhere('¿Cuántos visitantes tuvo el museo en 2010?', ['En 2024 el museo recibió 58.000 visitantes.'], 'En 2024 el museo recibió 58.000 visitantes.', 2026)).toBe(false);
  });
});
