/**
 * A heading or a standfirst (a line of its own with no stop) is not quoted as the answer when the article's text tells
 * it in full: a passage of the body that repeats it takes its place among the evidence, and a sentence of the article
 * that holds every question word it holds is quoted instead of it (a blind newcomer's D5: "Nicole Hacohen representará
 * a Guatemala en Glasgow" quoted for where she trained). A heading the text does not repeat is still quoted. Articles
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { answerProblems } from '../support/answer-invariants.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  // The body says it again in other words: the heading's question words are all in one of its sentences.
  articleFromParagraphs({ id: 'remo', title: 'Lucía Arbeloa abre la temporada de remo en Bled', date: '2025-03-02', language: 'es' }, [
    'La remera Lucía Arbeloa tendrá la ocasión de representar a Navarra en la primera regata del año, que se disputará en el lago de Bled, en Eslovenia, tras dos meses de entrenamiento en Banyoles.',
    'Lucía Arbeloa representará a Navarra en Bled',
    'La regata se celebrará del 9 al 11 de mayo.',
  ]),
  // The body repeats the standfirst word for word and goes on.
  articleFromParagraphs({ id: 'vela', title: 'Marta Iriondo, a la Copa de Palma', date: '2025-03-02', language: 'es' }, [
    'Marta Iriondo competirá por Euskadi en la Copa de Palma',
    'El equipo de vela ligera presentó su calendario el lunes en Getxo.',
    'Marta Iriondo competirá por Euskadi en la Copa de Palma después de una lesión de hombro que la apartó del agua durante cinco meses.',
  ]),
  articleFromParagraphs({ id: 'ferry', title: 'Nuevo ferri entre Vigo y Cangas', date: '2025-03-02', language: 'es' }, [
    'El consorcio de transportes estrena un ferri eléctrico en la ría.',
    'Un ferri eléctrico unirá Vigo y Cangas desde junio',
    'La naviera, que opera la línea desde 1998, no ha dado el precio del billete.',
  ]),
]);
const ask = askOf(library);

describe('headings and standfirsts', () => {
  it('quotes the sentence that tells the heading in other words, not the heading', async () => {
    const result = await ask('¿Dónde representará Lucía Arbeloa a Navarra?');
    expect(answerProblems(result, library.articles, library.index)).toEqual([]);
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('lago de Bled, en Eslovenia');
    expect(result.answer).not.toContain('«Lucía Arbeloa representará a Navarra en Bled»');
  });

  it('cites the body\u2019s passage that repeats a standfirst word for word and says more, not the standfirst', async () => {
    const result = await ask('¿En qué competirá Marta Iriondo por Euskadi?');
    expect(answerProblems(result, library.articles, library.index)).toEqual([]);
    expect(result.citations[0]?.excerpt).toContain('después de una lesión de hombro');
    expect(result.citations.map((citation) => citation.excerpt)).not.toContain('Marta Iriondo competirá por Euskadi en la Copa de Palma');
  });

  it('still quotes a heading that no sentence of its article repeats', async () => {
    const result = await ask('¿Cuándo unirá el ferri eléctrico Vigo y Cangas?');
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toBe('Un ferri eléctrico unirá Vigo y Cangas desde junio');
  });
});
