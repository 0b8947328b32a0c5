/**
 * /quote of a one-word name that another speaker's longer name holds (an organisation quoted by its one-word name in one
 * article, a body named after it in another): the look-up that asks where each of them spoke must not ask again without
 * end (at 100,000 articles, "¿Qué dijo el ministro…?" crashed on such a pair before this test).
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { buildQuoteData, createQuoteBook } from '../../src/quotes/index.js';

const article = (id: string, paragraphs: string[]) => articleFromParagraphs({ id, title: 'Nota', date: '2024-05-01', language: 'es' }, paragraphs);

describe('a one-word name another speaker shares', () => {
  it('answers with both, the one-word speaker first, in Spanish and English', () => {
    const pairs: Array<[string, string, string]> = [
      ['Greenpeace', '«La sequía empeorará este verano», advirtió Greenpeace.', 'La Fundación Amigos de Greenpeace dijo que el río se secará antes de agosto.'],
      ['Oxfam', '"Hunger is spreading," Oxfam said.', 'The Friends of Oxfam Society said the appeal would close in May.'],
    ];
    for (const [query, one, other] of pairs) {
      const book = createQuoteBook(buildQuoteData([article('a', [one]), article('b', [other])]));
      const found = book.lookup(query);
      expect(found.actor === query || found.candidates[0] === query).toBe(true);
    }
  });
});
