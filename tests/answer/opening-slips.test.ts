/**
 * Slips in an English question's opening interrogative or auxiliary ("whn wil the ferry sail") are read as the word
 * meant (issue 15): the archive's Spanish words cannot repair them, and without them the question asks for no kind
 * of answer.
 */
import { describe, expect, it } from 'vitest';
import { withOpeningSlipsRead } from '../../src/answer/opening-slips.js';
import { checkQuestion } from '../../src/answer/question.js';

describe('an English question’s opening words typed with a slip', () => {
  it('are read as the interrogative and the auxiliary meant, in the case typed; nothing else is', () => {
    expect(withOpeningSlipsRead('whn wil the ferry sail to Menorca')).toBe('when will the ferry sail to Menorca');
    expect(withOpeningSlipsRead('Wat did the mayor promise?')).toBe('What did the mayor promise?');
    expect(withOpeningSlipsRead('Whre does the ferry stop?')).toBe('Where does the ferry stop?');
    expect(withOpeningSlipsRead('dose the port close in winter?')).toBe('does the port close in winter?');
    // Correct words, the measure word after "how", later words and a word between two openers stay as typed.
    expect(withOpeningSlipsRead('How many ferries sail?')).toBe('How many ferries sail?');
    expect(withOpeningSlipsRead('were did the ferry sail?')).toBe('were did the ferry sail?');
    expect(withOpeningSlipsRead('The mayor wil sail')).toBe('The mayor wil sail');
    expect(withOpeningSlipsRead('his ferry sails?')).toBe('his ferry sails?');
  });

  it('make the checked question ask for the kind of answer its interrogative asks for', () => {
    const checked = checkQuestion('whn wil the ferry sail to Menorca');
    expect(checked).toMatchObject({ ok: true, language: 'en', asked: 'when will the ferry sail to Menorca', expects: 'date' });
  });
});
