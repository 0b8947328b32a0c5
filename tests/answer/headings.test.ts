/**
 * Headings are not answers (B6 of the sixth newcomer): a subheading that asks the reader's question ("Año Escolar 2022:
 * ¿en qué fechas serán las vacaciones?") or the headline repeated in the text shares the question's words and answers
 * nothing; the sentence that gives the dates is quoted. An article written for the test.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { checked } from '../support/checked.js';
import { firstQuote } from '../support/first-quote.js';
import { libraryOf } from '../support/seed-library.js';

const TITLE = '¿Cuándo serán las vacaciones escolares de invierno en Tordesal?';
const library = await libraryOf([
  articleFromParagraphs({ id: 'vacaciones', title: TITLE, date: '2022-03-01', language: 'es' }, [
    TITLE,
    'La consejería de Educación publicó el calendario del curso escolar.',
    'Vacaciones de invierno 2022: ¿en qué fechas serán las vacaciones escolares de Tordesal?',
    'Las vacaciones de invierno serán del 18 al 29 de julio, según el calendario.',
  ]),
]);

// A page of one line with no title of its own: the line is its title and all its text (newcomer 12, D13).
const ONE_LINE = 'La ministra Carolina Tohá anunció un plan de seguridad para Temuco.';
const oneLine = await libraryOf([articleFromParagraphs({ id: 'una-linea', title: ONE_LINE, date: null, language: 'es' }, [ONE_LINE])]);

describe('headings', () => {
  it('quotes the sentence that gives the dates, not a heading that asks the question', async () => {
    const result = await answerQuestion({ index: library.index, articles: library.articles, question: checked('¿En qué fechas serán las vacaciones escolares de invierno en Tordesal?') });
    expect(firstQuote(result)).toContain('del 18 al 29 de julio');
    expect(result.citations.map((citation) => citation.excerpt).join(' ')).not.toContain('¿en qué fechas');
  });

  it('answers from a one-line article whose title is that line: the headline is all it says, not a repeat', async () => {
    const result = await answerQuestion({ index: oneLine.index, articles: oneLine.articles, question: checked('¿Qué plan anunció Carolina Tohá?') });
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('un plan de seguridad para Temuco');
  });
});
