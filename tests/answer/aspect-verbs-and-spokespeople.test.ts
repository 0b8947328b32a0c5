/**
 * A when-question asking when something began, ended or opened meets the sentence that says so with another verb of the
 * same aspect ("begin", translated "empieza", beside "Las obras comenzaron en septiembre de 2025"; "inauguró" for "abrió"),
 * and a who-question asking for a spokesperson meets "vocero" as "portavoz" and the reverse, with the name after the role's
 * complement ("El vocero del museo, Andrés Lafuente, …"). Before, the lead naming the place and another date was quoted
 * (ask52's open kind). Articles and questions written for the test.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.js';
import { apertiumAvailable, apertiumTranslator } from '../../src/answer/apertium.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { checked } from '../support/checked.js';
import { libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'puente', title: 'El nuevo puente de Alcañiz sobre el Guadalope, a medio hacer', date: '2026-04-20', language: 'es' }, [
    'El Ayuntamiento de Alcañiz adjudicó en 2024 la construcción del nuevo puente sobre el Guadalope a la constructora Arenas.',
    'Las obras comenzaron en septiembre de 2025 y está previsto que concluyan en la primavera de 2027.',
    'El puente tendrá 120 metros de longitud y un carril para bicicletas.',
  ]),
  articleFromParagraphs({ id: 'museo', title: 'El museo de arte contemporáneo de Calatayud abre sus puertas', date: '2026-05-02', language: 'es' }, [
    'El Museo de Arte Contemporáneo de Calatayud se inauguró el 28 de abril de 2026 con una exposición de pintores aragoneses.',
    'El vocero del museo, Andrés Lafuente, dijo que esperan 40.000 visitantes en el primer año.',
    'La obra costó 12 millones de euros, que pagó el Gobierno de Aragón en 2023.',
  ]),
  articleFromParagraphs({ id: 'mercado', title: 'Reabre el mercado de abastos de Tarazona', date: '2026-06-10', language: 'es' }, [
    'El mercado de abastos de Tarazona cerró en 2022 para su reforma, que costó 3 millones de euros.',
    'La portavoz municipal, Elena Sanz, anunció que abrirá de nuevo el 15 de junio con 24 puestos.',
  ]),
]);
const translate = apertiumAvailable() ? apertiumTranslator({ timeoutMs: 10_000 }) : undefined;
const firstQuote = (answer: string) => answer.split(/[»”]/u)[0] ?? '';

describe('aspect verbs and the two words for a spokesperson', () => {
  it.each([
    ['¿Cuándo empezaron las obras del puente de Alcañiz?', 'septiembre de 2025'],
    ['¿Quién es el portavoz del museo de Calatayud?', 'Andrés Lafuente'],
    ['¿Quién es la vocera municipal de Tarazona?', 'Elena Sanz'],
  ])('%s quotes the sentence that answers it', async (question, words) => {
    const result = await answerQuestion({ index: library.index, articles: library.articles, question: checked(question) });
    expect(result.refused).toBe(false);
    expect(firstQuote(result.answer)).toContain(words);
  });

  it.skipIf(translate === undefined).each([
    ['When did the works on the Alcañiz bridge begin?', 'septiembre de 2025'],
    ['Who is the spokesman of the Calatayud museum?', 'Andrés Lafuente'],
  ])('through Apertium, %s quotes the sentence that answers it', async (question, words) => {
    const result = await answerQuestion({ index: library.index, articles: library.articles, question: checked(question), ...(translate && { translate }) });
    expect(result.refused).toBe(false);
    expect(firstQuote(result.answer)).toContain(words);
  });
});
