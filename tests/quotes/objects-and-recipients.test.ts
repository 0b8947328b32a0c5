/** A verb of saying with a noun-phrase object and the recipient "to" gives it reports no clause (issue 16, precision). */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const statements = (paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Test', date: '2024-01-01', language: 'en' }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('an object and its recipient after an English verb of saying', () => {
  it('make no statement: what was reported is a thing, not a clause', () => {
    expect(
      statements([
        'The shop owner reported the incident to the police on Monday.',
        'A spokeswoman confirmed the arrest to reporters on Tuesday.',
        'Mayor Jane Roe explained the new plan to the residents at a meeting.',
        'The company reported the breach to regulators within a day.',
        'Ruiz said the road to the airport would close on Monday.',
      ]),
    ).toEqual([{ kind: 'indirect', text: 'the road to the airport would close on Monday', speaker: 'Ruiz' }]);
  });

  it('keep a clause whose subject has a "to" phrase, or whose verb takes an infinitive', () => {
    expect(statements(['Ruiz said the visit to Paris was cancelled.', 'Ruiz said the council wanted to meet on Friday.', 'Mayor Jane Roe reported the theft to the insurer last week.'])).toEqual([
      { kind: 'indirect', text: 'the visit to Paris was cancelled', speaker: 'Ruiz' },
      { kind: 'indirect', text: 'the council wanted to meet on Friday', speaker: 'Ruiz' },
    ]);
  });
});
