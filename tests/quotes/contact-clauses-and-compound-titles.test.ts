/**
 * A name that opens a relative clause written without its pronoun ("One thing Pike won't do is…") is no part of a
 * quantified group, and the words of a compound corporate title ("Chief Executive Officer", "Chief Financial Officer")
 * are no part of the name after it; on sentences written for them (issue 16: speaker noun phrases with titles).
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'en') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Test', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('contact clauses after a quantified noun', () => {
  it('keeps the person in focus for the pronouns after "One thing Pike…"', () => {
    expect(found(['"We won the final," said Ana Pike, the club\'s coach.', 'One thing Pike is not feeling is regret, which she said would be pointless.', '"It was hard on all of us," she said.'])).toEqual([
      { kind: 'direct', text: 'We won the final', speaker: 'Ana Pike' },
      { kind: 'indirect', text: 'would be pointless', speaker: 'Ana Pike' },
      { kind: 'direct', text: 'It was hard on all of us', speaker: 'Ana Pike' },
    ]);
  });

  it('still reads a quantified group of people', () => {
    expect(found(['Several diplomats said the talks had failed.'])).toEqual([{ kind: 'indirect', text: 'the talks had failed', speaker: 'Several diplomats' }]);
  });
});

describe('compound corporate titles before a name', () => {
  it('leaves "Chief Executive Officer" and "Chief Financial Officer" out of the name', () => {
    expect(found(['Harbor Bank Chief Executive Officer Mark Dunn said the bank would open ten branches.'])).toEqual([
      { kind: 'indirect', text: 'the bank would open ten branches', speaker: 'Mark Dunn' },
    ]);
    expect(found(['“Margins held up,” said Chief Financial Officer Lena Ortiz.'])).toEqual([{ kind: 'direct', text: 'Margins held up', speaker: 'Lena Ortiz' }]);
  });
});
