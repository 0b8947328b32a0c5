/**
 * Two people each with a capitalised title joined as one subject ("Chancellor Karl Brenner and Foreign Minister Eva
 * Stauber said…"), the subject of a clause after ", and" as whom "he" refers to next, and a possessive inside a sentence
 * that no speaker phrase holds ("…embraced his wife Anna"); on sentences written for them (issue 16; newcomer 25's
 * item 7).
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'en') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Test', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('people with capitalised titles joined as one subject', () => {
  it('credits both, not the second alone', () => {
    expect(found(['Chancellor Karl Brenner and Foreign Minister Eva Stauber said that the troops would leave.'])).toEqual([
      { kind: 'indirect', text: 'the troops would leave', speaker: 'Karl Brenner and Eva Stauber' },
    ]);
    expect(found(['Sen. Karl Brenner and Mayor Eva Stauber said the bridge would reopen.'])).toEqual([
      { kind: 'indirect', text: 'the bridge would reopen', speaker: 'Karl Brenner and Eva Stauber' },
    ]);
  });
});

describe('whom "he" refers to after a sentence of two clauses', () => {
  const opening = 'Opposition leader Ivan Orlov was freed on bail on Friday.';
  const quotation = '"I am grateful to everyone who supported us," he said.';

  it('is the subject of the clause after ", and"', () => {
    expect(found([opening, 'Orlov and his co-accused Pavel Sokol were released, and Orlov embraced his wife.', quotation])).toEqual([
      { kind: 'direct', text: 'I am grateful to everyone who supported us', speaker: 'Ivan Orlov' },
    ]);
  });

  it('is never a name after a possessive in the sentence before', () => {
    expect(found([opening, 'Orlov embraced his wife Anna.', quotation])).toEqual([{ kind: 'direct', text: 'I am grateful to everyone who supported us', speaker: 'Ivan Orlov' }]);
  });
});
