/**
 * /quote by the other names an article gives its speakers (issue 16, point 4): acronyms that keep a proper name's
 * article, a medium named with its kind after it, and descriptions set after a person's name.
 */
import { describe, expect, it } from 'vitest';
import { buildQuoteData, createQuoteBook } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const bookOf = (language: string, paragraphs: string[]) =>
  createQuoteBook(buildQuoteData([articleFromParagraphs({ id: 'a', title: 'Nota', date: '2024-05-01', language }, paragraphs)]));

describe('acronyms that keep the article of a proper name', () => {
  it('finds "Unión de Agricultores de La Rioja" by "UALR" and "U.A.L.R."', () => {
    const book = bookOf('es', ['La Unión de Agricultores de La Rioja advirtió que la cosecha de uva caerá un 20 %.']);
    for (const query of ['UALR', 'U.A.L.R.']) expect(book.lookup(query)).toMatchObject({ actor: 'Unión de Agricultores de La Rioja', resolvedBy: 'acronym' });
  });
});

describe('a medium named with its kind after it', () => {
  const book = bookOf('en', [
    'The port will reopen on Monday, according to the Baltic Wire.',
    'Anna Berg said the ferries would run again.',
  ]);

  it('finds "the Baltic Wire news agency" as the Baltic Wire', () => {
    expect(book.lookup('the Baltic Wire news agency').actor).toBe('Baltic Wire');
    expect(book.lookup('Baltic Wire agency').actor).toBe('Baltic Wire');
  });

  it('never takes a person followed by a role for that person (a spokesman is someone else)', () => {
    expect(book.lookup('Anna Berg spokesman').actor).toBeNull();
    expect(book.lookup('Anna Berg spokesman').statements).toEqual([]);
  });
});
