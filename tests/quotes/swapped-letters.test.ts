/**
 * An unknown /quote query with two neighbouring letters swapped ("Marhs", "Ptuin") is one edit from the name meant, as
 * search engines count it (Lucene's FuzzyQuery, Elasticsearch's fuzzy_transpositions), so it finds or offers that name.
 */
import { describe, expect, it } from 'vitest';
import { buildQuoteData, createQuoteBook } from '../../src/quotes/index.js';
import { editsApart } from '../../src/quotes/edits.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

describe('a query with swapped letters', () => {
  const book = createQuoteBook(buildQuoteData([
    articleFromParagraphs({ id: 'a', title: 'Vaccine', date: '2024-01-01', language: 'en' }, ['Dr. Helen Marsh said the vaccine was safe.', 'Sen. Robert Kline said the bill would pass.']),
    articleFromParagraphs({ id: 'b', title: 'Guerra', date: '2024-01-02', language: 'es' }, ['Vladimir Putin dijo que la guerra seguirá.']),
  ]));

  it('finds the speaker whose name it misspells', () => {
    expect(book.lookup('Marhs')).toMatchObject({ actor: 'Helen Marsh' });
    expect(book.lookup('Klien')).toMatchObject({ actor: 'Robert Kline' });
    expect(book.lookup('Vladimri Putin')).toMatchObject({ actor: 'Vladimir Putin' });
  });

  it('still finds nobody for a name nobody in the archive is close to, and says who is quoted most', () => {
    const unknown = book.lookup('Zapatero');
    expect(unknown.actor).toBeNull();
    expect(unknown.mostQuoted).toContain('Vladimir Putin');
  });

  it('counts a swap as one edit, and any other change as Levenshtein does', () => {
    expect(editsApart('marhs', 'marsh', 1)).toBe(1);
    expect(editsApart('kleen', 'kline', 2)).toBe(2);
    expect(editsApart('putin', 'putin', 2)).toBe(0);
    expect(editsApart('abcdef', 'uvwxyz', 1)).toBe(6);
  });
});
