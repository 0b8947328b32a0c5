/**
 * A reported clause runs past an abbreviation's full stop inside its sentence (newcomer 20's D6): an abbreviated month
 * before its day ("on Feb. 9"), a title before a name ("Dr. Soto"), a number's abbreviation ("No. 5"). The sentence
 * splitter already told those dots from a full stop; the clause reader ended at any dot but a dotted acronym's.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const reported = (paragraph: string) =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Test', date: '2024-01-01', language: 'en' }, ['The festival opened on Monday with a film about a family of fishermen in the north.', paragraph]))
    .filter((statement) => statement.kind === 'indirect')
    .map(({ text, speaker }) => ({ text, speaker }));

describe('an abbreviation inside a reported clause', () => {
  it('keeps the day after an abbreviated month, and a name after an abbreviated title', () => {
    expect(reported('The director Ana Ruiz said that no-one could predict what might happen at the awards on Feb. 9 in the capital.')).toEqual([
      { text: 'no-one could predict what might happen at the awards on Feb. 9 in the capital', speaker: 'Ana Ruiz' },
    ]);
    expect(reported('The producer Luis Gil said that Dr. Soto would attend the ceremony with the whole cast of the film.')).toEqual([
      { text: 'Dr. Soto would attend the ceremony with the whole cast of the film', speaker: 'Luis Gil' },
    ]);
    expect(reported('The organiser Eva Prieto said that the film would be shown in room No. 5 until the end of the month.')).toEqual([
      { text: 'the film would be shown in room No. 5 until the end of the month', speaker: 'Eva Prieto' },
    ]);
  });
});
