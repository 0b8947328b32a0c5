/**
 * A question that names a country or organisation by another of its names than the articles use
 * (issue 15): "¿Qué dijo EEUU?" over an article that says "Estados Unidos", and the reverse.
 */
import { describe, expect, it } from 'vitest';
import { aliasReadings } from '../../src/answer/aliases.js';
import { lookUp } from '../../src/answer/lookup.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { answerProblems } from '../support/answer-invariants.js';
import { checked } from '../support/checked.js';
import { askOf, libraryOf } from '../support/seed-library.js';
import type { PassageIndex } from '../../src/search/store.js';

const article = (id: string, paragraphs: string[]) => articleFromParagraphs({ id, title: `Título de ${id}`, date: '2024-05-02', language: 'es' }, paragraphs);

const library = await libraryOf([
  article('aranceles', [
    'El Gobierno de Estados Unidos anunció el martes nuevos aranceles del 25 % sobre el acero importado de Valdoria.',
    'Las acerías valdorianas calculan que perderán un tercio de sus ventas en el extranjero.',
  ]),
  article('cumbre', [
    'La ONU pidió a Valdoria y Ostrelia que retiren sus tropas de la frontera antes del invierno.',
    'Los dos países celebrarán una ronda de conversaciones en Ginebra en marzo.',
  ]),
  article('mercado', ['El mercado de abastos de Tordesal abrirá los domingos a partir de junio, anunció el ayuntamiento.']),
]);
const ask = askOf(library);

describe('a country or organisation named by another of its names', () => {
  it.each([
    ['¿Qué anunció EEUU?', 'aranceles del 25 %'],
    ['¿Qué anunció EE.UU. sobre el acero?', 'aranceles del 25 %'],
    ['¿Qué pidieron las Naciones Unidas a Valdoria?', 'retiren sus tropas'],
  ])('%s is answered from the article that writes the name otherwise', async (question, expected) => {
    const result = await ask(question);
    expect(answerProblems(result, library.articles, library.index)).toEqual([]);
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain(expected);
  });

  it('does not read a name as another that is only a stop word: "Naciones Unidas" is not "UN", the article "un"', async () => {
    // Read without its name, the question would hold more of the article about the United States' tariffs.
    const { query } = await lookUp(library.index, checked('¿Qué anunció Naciones Unidas sobre el acero de Valdoria?'), undefined, (id) => library.articles.get(id)?.language);
    expect(query.content.filter((word) => ['naciones', 'unidas', 'onu', 'united', 'nations'].includes(word))).not.toEqual([]);
  });

  it('searches no other name that no passage holds: "Estados Unidos" is not looked up again as "United States", "USA" or "EEUU"', async () => {
    const searched: string[] = [];
    const index: PassageIndex = { ...library.index, search: (query, options) => (searched.push(typeof query === 'string' ? query : query.text), library.index.search(query, options)) };
    // "hierro" is in no article, so the question's own reading finds less than all of it, and each other name could be tried.
    const { retrieval } = await lookUp(index, checked('¿Qué anunció Estados Unidos sobre el hierro?'), undefined, (id) => library.articles.get(id)?.language);
    expect(retrieval.hits[0]?.passage.articleId).toBe('aranceles');
    expect(searched).toEqual(['¿Qué anunció Estados Unidos sobre el hierro?']);
  });

  it('counts a short acronym only in capitals: "us" and "un" are words', () => {
    expect(aliasReadings('what did us say')).toEqual([]);
    expect(aliasReadings('Un día en Tordesal')).toEqual([]);
    expect(aliasReadings('What did the US say?').map((reading) => reading.text)).toContain('What did the United States say?');
  });
});
