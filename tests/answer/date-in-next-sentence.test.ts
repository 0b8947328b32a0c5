/**
 * A when-question whose event is told in the question's words by a sentence that gives no date, while the sentence right
 * after it dates it in other words ("El paro arrancó el miércoles 18 de noviembre…" after "Los recolectores … iniciaron
 * una huelga indefinida…"), is answered with both: the date is quoted, not the dateless sentence alone (the lead's kind
 * from blind testers: a when-question answered by a sentence without any date while its passage has one). A year alone in
 * the next sentence is not taken (in an encyclopedia it is as often another event's). Articles and questions written for
 * the test; English over Spanish through Apertium when it is installed.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.js';
import { apertiumAvailable, apertiumTranslator } from '../../src/answer/apertium.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';
import { checked } from '../support/checked.js';
import { firstQuote } from '../support/first-quote.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'fresa', title: 'Huelga en el campo de Lepe', date: '2026-11-19', language: 'es' }, [
    'Los recolectores de fresa de Lepe iniciaron una huelga indefinida para reclamar mejoras salariales.',
    'El paro arrancó el miércoles 18 de noviembre a las cinco de la mañana, con piquetes en las entradas de las fincas.',
    'Según el sindicato, la secundan unos 2.000 jornaleros.',
  ]),
  articleFromParagraphs({ id: 'museo', title: 'El museo de Cáceres vuelve a abrir', date: '2026-05-04', language: 'es' }, [
    'El Museo Provincial de Cáceres reabre al público tras dos años de obras en su claustro. Las puertas se abrirán de nuevo el próximo 12 de mayo, con entrada gratuita durante la primera semana.',
  ]),
  articleFromParagraphs({ id: 'library', title: 'Dunmore library reopens', date: '2026-02-10', language: 'en' }, [
    'Dunmore’s public library will welcome readers again after a long refurbishment of its reading rooms.',
    'The doors open at 9.30am on Monday 16 February, the council said.',
  ]),
]);
const ask = askOf(library);
const translate = apertiumAvailable() ? apertiumTranslator({ timeoutMs: 20_000 }) : undefined;

describe('a when-question dated by the next sentence', () => {
  it.each([
    ['¿Cuándo comenzó la huelga de los recolectores de Lepe?', '18 de noviembre'],
    ['¿Cuándo reabre el Museo Provincial de Cáceres?', '12 de mayo'],
    ['When will Dunmore’s public library welcome readers again?', '16 February'],
  ])('%s quotes the date', async (question, date) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain(date);
  });

  it.skipIf(translate === undefined)('an English question over the Spanish story quotes the date', async () => {
    const result = await answerQuestion({ index: library.index, articles: library.articles, question: checked('When did the strawberry pickers in Lepe start their strike?'), ...(translate && { translate }) });
    expect(firstQuote(result)).toContain('18 de noviembre');
  });
});
