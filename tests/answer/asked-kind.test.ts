/**
 * What counts as the articles answering a question (issue 15): the words that only ask for the kind of
 * answer ("año" in "¿En qué año…?") need not be repeated by it, and one story must answer: halves of
 * a question found in two unrelated articles are not an answer.
 */
import { describe, expect, it } from 'vitest';
import { askedKind, askingWords } from '../../src/answer/answer-type.js';
import { readQuestion } from '../../src/search/analyze.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { answerProblems } from '../support/answer-invariants.js';
import { checked } from '../support/checked.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const article = (id: string, paragraphs: string[]) => articleFromParagraphs({ id, title: `Título de ${id}`, date: '2024-05-02', language: 'es' }, paragraphs);

const library = await libraryOf([
  article('cooperativa', [
    'La cooperativa aceitera de Valdemar celebra este fin de semana su fiesta anual con una feria de productos locales.',
    'Fue fundada en 1952 por cuarenta familias de agricultores del valle, que compartían una prensa de aceite.',
    'Hoy reúne a más de seiscientos socios y exporta a doce países.',
  ]),
  article('comarca', ['Tordesal, la capital de la comarca de Los Robles, estrenará en junio un mercado cubierto con sesenta puestos.']),
  article('escuelas', ['La consejera de Educación visitará Pinares y Robledo en julio para inaugurar dos escuelas rurales.']),
]);
const ask = askOf(library);

describe('words that ask for the kind of answer', () => {
  it.each([
    ['¿En qué año se fundó la cooperativa?', 'date', ['ano']],
    ['What percentage of voters took part?', 'number', ['percentage']],
    ['¿Qué dijo la alcaldesa?', 'statement', ['dijo']],
    ['¿Cuándo abrirá el mercado?', 'date', []],
    ['¿Cuál es la capital de Pinares?', 'place', []],
    // Verbs of promising, warning or accusing ask for a statement too, even in forms more often nouns;
    // one that says what kind of statement ("promise") is a word the answer should hold, not only asking.
    ['What did the mayor promise the dockers?', 'statement', []],
    ['What did the minister warn about?', 'statement', ['warn']],
    ['¿Qué advirtió la consejera?', 'statement', ['advirtio']],
  ] as const)('%s asks for a %s through %j', (question, type, asking) => {
    expect(askedKind(question, checked(question).language)).toEqual({ type, asking });
  });

  it('"What promise…?" names the kind with a noun, not a verb of saying', () => {
    expect(askedKind('What promise did the mayor make?', 'en')).toBeUndefined();
  });

  it('are found again in a translation that renders the verb as a noun of the same root', () => {
    const reading = readQuestion('¿Qué alcaldesa anuncio estibadores?', 'es');
    expect([...askingWords('What did the mayor announce to the dockers?', 'en', reading)]).toContain('anuncio');
  });

  it('are not required of the answer: "¿En qué año…?" is answered by a sentence with the year and no "año"', async () => {
    const result = await ask('¿En qué año se fundó la cooperativa aceitera de Valdemar?');
    expect(answerProblems(result, library.articles, library.index)).toEqual([]);
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('1952');
  });
});

describe('one story answers or none does', () => {
  it('refuses a question whose words are split between two unrelated articles', async () => {
    // "capital" is only in the article about Tordesal, "Pinares" only in the one about schools.
    const result = await ask('¿Cuál es la capital de Pinares?');
    expect(result.refused).toBe(true);
  });
});
