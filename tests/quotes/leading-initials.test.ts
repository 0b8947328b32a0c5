/**
 * A first initial before a given name and a surname ("T. Mark Dunn", "L. Paul Brenner") is the name's first word, as a
 * middle initial is; on sentences written for it (issue 16: speaker noun phrases).
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'en') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Test', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('a first initial opening a name', () => {
  it('credits the report before ", T. Mark Dunn, an analyst…, wrote"', () => {
    expect(found(['Freight volumes fell in May, T. Mark Dunn, an analyst at Vega Capital, wrote in a note this week.'])).toEqual([
      { kind: 'indirect', text: 'Freight volumes fell in May', speaker: 'T. Mark Dunn' },
    ]);
  });

  it('names the whole speaker after "said"', () => {
    expect(found(['“We lost the vote,” said L. Paul Brenner.'])).toEqual([{ kind: 'direct', text: 'We lost the vote', speaker: 'L. Paul Brenner' }]);
  });
});
