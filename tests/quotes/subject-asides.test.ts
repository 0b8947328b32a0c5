/**
 * An aside between a subject and its verb of saying (issue 16, stop 48; newcomer 25's item 8): a gerund or an adverb set
 * off by commas ("A statement from X, citing investigators, said…", "The councillor, visibly tired, said…") is stepped
 * over like a prepositional one, whatever the subject: a document's maker, a role, a name.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language: string) =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Test', date: '2024-01-01', language }, paragraphs)).map(({ text, speaker }) => ({ text, speaker }));

describe('a gerund or adverb aside after the subject', () => {
  it('keeps the statement of a document whose maker is named', () => {
    expect(found(['A notice from the Harbour Board, quoting inspectors, said that two cranes had failed.'], 'en')).toEqual([
      { text: 'two cranes had failed', speaker: 'Harbour Board' },
    ]);
  });

  it('keeps the statement of a role referring back to someone named', () => {
    expect(found(['Councillor Edna Pryce toured the dock on Monday.', 'The councillor, visibly tired, said that the cranes would be replaced.'], 'en')).toContainEqual({
      text: 'the cranes would be replaced', speaker: 'Edna Pryce',
    });
  });
});
