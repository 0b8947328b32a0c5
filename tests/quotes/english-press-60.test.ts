/**
 * English press writing of stop 60's kinds (issue 16), each on sentences of our own: the constructions of real English
 * news pages that left a quotation with no speaker or with the wrong one.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { extractStatements } from '../../src/quotes/extract.js';

const pairs = (paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'a', title: 'Story', date: '2024-05-01', language: 'en' }, paragraphs)).map((statement) => [statement.text, statement.speaker]);

describe('an indefinite speaker whose article "a" stands before a capitalised word', () => {
  it('"…," a Vermont Democrat said / said a Maine Republican, who… / a Utah Democrat observed', () => {
    const found = pairs([
      'The mayor unveiled her budget on Monday.',
      '“The numbers simply do not add up,” a Vermont Democrat said.',
      '“We will be back here in April,” said a Maine Republican, who asked not to be named.',
      '“Nobody reads these plans,” a Utah Democrat observed. “They just count the pages.”',
    ]);
    expect(found).toContainEqual(['The numbers simply do not add up', 'Vermont Democrat']);
    expect(found).toContainEqual(['We will be back here in April', 'Maine Republican']);
    expect(found).toContainEqual(['Nobody reads these plans', 'Utah Democrat']);
    expect(found).toContainEqual(['They just count the pages.', 'Utah Democrat']);
  });
  it('an apposition with an indefinite article describes the name before it: "Rita Olsen, a Republican, said", "…, an Idaho Democrat, said"', () => {
    expect(pairs(['Senator Rita Olsen, a Republican, called the levy “a tax on every farm in the valley.”'])).toEqual([['a tax on every farm in the valley.', 'Rita Olsen']]);
    expect(pairs(['“We are finished with this bill,” Ana Ruiz, an Idaho Democrat, said.'])).toEqual([['We are finished with this bill', 'Ana Ruiz']]);
  });
});
