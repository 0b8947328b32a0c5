/**
 * "¿Cuándo…?" / "When…?": of two sentences that hold the same words of the question, the one that gives the day
 * beats the one that gives only the year. Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { dateDetail } from '../../src/answer/answer-type.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'puente', title: 'Obras públicas en la comarca', date: null, language: 'es' }, [
    'En 2019 se inauguró el puente, que une Valdés con la costa.',
    'La comarca invirtió en carreteras y escuelas durante la última década.',
    'Tras varios retrasos por las lluvias, el puente de Valdés se inauguró el 14 de marzo de 2019 con una fiesta popular.',
  ]),
  articleFromParagraphs({ id: 'bridge', title: 'Public works', date: null, language: 'en' }, [
    'In 2019 the bridge opened, linking Harlow to the coast.',
    'The county spent heavily on roads and schools over the last decade.',
    'After several delays caused by the rains, the Harlow bridge opened on 14 March 2019 with a street party.',
  ]),
]);

const ask = askOf(library);

describe('the day over the year', () => {
  it.each([
    ['¿Cuándo se inauguró el puente de Valdés?', '14 de marzo de 2019'],
    ['When did the Harlow bridge open?', '14 March 2019'],
  ])('%s quotes the sentence with the day first', async (question, day) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain(day);
  });

  it('grades how precisely a sentence dates something', () => {
    const none = new Set<string>();
    expect(dateDetail('La prueba comenzó el 27 de enero de 1967.', none)).toBe(3);
    expect(dateDetail('The test began on January 27.', none)).toBe(3);
    expect(dateDetail('Para enero se planificó una prueba.', none)).toBe(2);
    expect(dateDetail('La prueba se hizo en 1967.', none)).toBe(1);
    expect(dateDetail('La prueba se hizo el lunes.', none)).toBe(0);
    // The question's own year dates nothing new.
    expect(dateDetail('La prueba se hizo en 1967.', new Set(['1967']))).toBe(0);
  });
});
