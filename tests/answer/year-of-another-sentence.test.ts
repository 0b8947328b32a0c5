/**
 * A year the question dates its event by, which the paragraph gives to another event than the one the quoted sentence
 * tells: "¿Quién inauguró el puente en 1998?" beside "El puente fue inaugurado en 2004 por la alcaldesa…", in a paragraph
 * whose 1998 is the year the project was approved, two sentences up. The sentence tells what happened in 2004; the
 * question asks of 1998. A year in the sentence before the quoted one dates what that one tells, and is met. Articles and
 * questions written for the tests, Spanish and English.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const ask = askOf(await libraryOf([
  articleFromParagraphs({ id: 'puente', title: 'Almenar celebra los veinte años de su puente', date: '2024-05-03', language: 'es' }, [
    'Almenar quedó aislado durante una semana por la riada del invierno de 1997.',
    'En 1998 la Diputación aprobó el proyecto, con un presupuesto de cuatro millones. Las obras se alargaron por la falta de fondos y por dos crecidas que se llevaron parte de los pilares. El puente de Almenar fue inaugurado en 2004 por la alcaldesa Irene Soler, que cortó la cinta ante unos trescientos vecinos.',
  ]),
  articleFromParagraphs({ id: 'lighthouse', title: 'Kelby lighthouse reopens to visitors', date: '2025-08-11', language: 'en' }, [
    'The island has had a light since the first keepers arrived.',
    'In 1962 the harbour board voted to automate the old tower, and its last keeper left. For decades it stood empty while gulls nested in the lamp room and storms stripped its paint. The Kelby Point lighthouse was restored in 2019 by the Ardmore Heritage Trust, which now runs guided tours.',
  ]),
  articleFromParagraphs({ id: 'lonja', title: 'La lonja de Ortigal, de mercado a museo', date: '2023-11-20', language: 'es' }, [
    'La vieja lonja de Ortigal cerró como mercado hace tres décadas.',
    'El Ayuntamiento encargó en 2009 el estudio de su rehabilitación. Lo firmó el arquitecto Marcos Vidal, que propuso conservar la bóveda de 1750 de la lonja de Ortigal.',
  ]),
]));

describe('a year the paragraph gives to another event', () => {
  it.each([
    '¿Quién inauguró el puente de Almenar en 1998?',
    'Who restored the Kelby Point lighthouse in 1962?',
  ])('%s is refused, with the passage as a lead', async (question) => {
    const result = await ask(question);
    expect(result.refused, result.answer).toBe(true);
    expect(result.citations.length).toBeGreaterThan(0);
  });

  it.each([
    ['¿Quién inauguró el puente de Almenar en 2004?', 'Irene Soler'],
    ['Who restored the Kelby Point lighthouse in 2019?', 'Ardmore Heritage Trust'],
    ['¿Qué arquitecto propuso conservar la bóveda de la lonja de Ortigal en 2009?', 'Marcos Vidal'],
  ])('%s is answered by the sentence of that year, or the one it dates', async (question, expected) => {
    const result = await ask(question);
    expect(result.refused, result.answer).toBe(false);
    expect(result.answer).toContain(expected);
  });
});
