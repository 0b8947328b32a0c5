/**
 * An English question over a Spanish story counting a unit ("How many hectares…?") is answered by
 * the sentence giving that figure ("ha calcinado ya 2.300 hectáreas"): the translation's words are the question's own
 * words in the passages' language, so "2.300 hectáreas" is the count asked, not a measure beside some other count (the
 * lead's kind from blind testers: the passage holds the asked figure, yet the question is refused or another sentence
 * is quoted). Articles and questions written for the test; skipped without Apertium.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.js';
import { apertiumAvailable, apertiumTranslator } from '../../src/answer/apertium.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { checked } from '../support/checked.js';
import { firstQuote } from '../support/first-quote.js';
import { libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'monte', title: 'El incendio de Tábara sigue activo', date: '2026-08-20', language: 'es' }, [
    'El incendio forestal declarado el lunes en Tábara ha calcinado ya 2.300 hectáreas de monte. Más de 300 efectivos y 14 medios aéreos trabajan en su extinción, según la Junta.',
  ]),
]);
const translate = apertiumAvailable() ? apertiumTranslator({ timeoutMs: 20_000 }) : undefined;

describe('an English count of a unit over a Spanish story', () => {
  it.skipIf(translate === undefined).each([
    ['How many hectares has the Tábara fire burned?', '2.300 hectáreas'],
    ['How many hectares of woodland have burned in Tábara?', '2.300 hectáreas'],
  ])('%s quotes the figure', async (question, figure) => {
    const result = await answerQuestion({ index: library.index, articles: library.articles, question: checked(question), ...(translate && { translate }) });
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain(figure);
  });
});
