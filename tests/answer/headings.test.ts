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

describe('headings', () => {
  it('quotes the sentence that gives the dates, not a heading that asks the question', async () => {
    const result = await answerQuestion({ index: library.index, articles: library.articles, question: checked('¿En qué fechas serán las vacaciones escolares de invierno en Tordesal?') });
    expect(firstQuote(result)).toContain('del 18 al 29 de julio');
    expect(result.citations.map((citation) => citation.excerpt).join(' ')).not.toContain('¿en qué fechas');
  });
});
