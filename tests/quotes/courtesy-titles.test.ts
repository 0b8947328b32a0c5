/**
 * A courtesy title capitalised at a sentence's start ("Don Ernesto Paredes aseguró…", "Sir Keir Starmer said…") is a word
 * of address, not part of the speaker's name: the statement goes to the name the rest of the article uses (newcomer 30
 * saw "Doña Herminia …" as a speaker beside "Herminia …"). A given name that is spelt like one ("Don King") stays.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const speakers = (language: string, paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: `courtesy-${language}`, title: 'Test', date: '2026-12-01', language }, paragraphs)).map(({ speaker }) => speaker);

describe('courtesy titles opening a sentence', () => {
  it('leaves "Don", "Doña", "Sir", "Mrs" out of a speaker named by two words or more', () => {
    expect(speakers('es', ['Don Ernesto Paredes aseguró que la feria ha salvado a muchas queserías del valle.'])).toEqual(['Ernesto Paredes']);
    expect(speakers('es', ['Doña Herminia Rojas Vidal contó que vende quesos curados desde 1975.'])).toEqual(['Herminia Rojas Vidal']);
    expect(speakers('en', ['Sir Keir Starmer said the plan would be published in the spring.'])).toEqual(['Keir Starmer']);
    expect(speakers('en', ['Mrs Ada Lovell said the library would reopen on Monday.'])).toEqual(['Ada Lovell']);
  });

  it('keeps a one-word name after a word spelt like a title: the given name "Don"', () => {
    expect(speakers('en', ['Don King said the fight would take place in Kinshasa.'])).toEqual(['Don King']);
  });
});
