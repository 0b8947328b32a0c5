/**
 * Who asks a quoted question (issue 16, stop 48; newcomer 25's item 8): the asker between the question and "asked" may be
 * a described name ("user Ivan") or a role with its article ("the minister"), not only capitalised words or a pronoun.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Test', date: '2024-01-01', language: 'en' }, paragraphs)).map(({ text, speaker }) => ({ text, speaker }));

describe('the asker of a quoted question', () => {
  it('credits a name a lower-case noun describes ("user Ivan asked")', () => {
    expect(found(['"The harbour master should step down. Who checked the cranes?" commenter Tobias asked.'])).toEqual([
      { text: 'The harbour master should step down. Who checked the cranes?', speaker: 'Tobias' },
    ]);
  });

  it('credits a role with its article ("the councillor asked")', () => {
    expect(found(['Councillor Edna Pryce toured the dock on Monday.', '"Why was nobody told?" the councillor asked.'])).toContainEqual({
      text: 'Why was nobody told?', speaker: 'Edna Pryce',
    });
  });
});
