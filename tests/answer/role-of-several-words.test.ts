/**
 * A statement question naming a role by several words ("What did the housing minister say?") asks for the holder of that
 * role, not for whoever the role's last word alone finds in the quote book ("minister": another country's minister). The
 * question's adjacent content words are looked up together before one by one (blind newcomer 27's D16). Articles and
 * questions written for the test; the quote book is a stand-in that finds speakers as the real one does by role.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion, type SpeakerStatements } from '../../src/answer/ask.js';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { checked } from '../support/checked.js';
import { libraryOf } from '../support/seed-library.js';

const canal = articleFromParagraphs({ id: 'canal', title: 'Lock keepers strike on the Merwede canal', date: '2027-06-01', language: 'en' }, [
  'Lock keepers on the Merwede canal stopped work on Tuesday over staffing plans.',
  'Transport Minister Joost Verhoef urged both sides to return to talks. "A long stoppage would hurt every business on the canal," he told parliament.',
]);
const rents = articleFromParagraphs({ id: 'rents', title: 'Parliament passes rent law', date: '2027-06-02', language: 'en' }, [
  'Parliament passed the rent law on Thursday by 80 votes to 70.',
  'Housing Minister Carla Benn defended the law. "Tenants will finally know what they pay every month," she told reporters.',
]);
const library = await libraryOf([canal, rents]);

// The quote book: the whole role finds its holder; "minister" alone, the one speaker it was taken for.
const book: Record<string, SpeakerStatements> = {
  'housing minister': { forms: ['Carla Benn', 'Housing Minister'], statements: extractStatements(rents) },
  minister: { forms: ['Joost Verhoef', 'Transport Minister'], statements: extractStatements(canal) },
};
const statementsBy = (name: string) => book[name.toLowerCase()];

describe('a statement question naming a role by several words', () => {
  it('quotes the holder of the whole role, not whoever its last word names', async () => {
    const result = await answerQuestion({ index: library.index, articles: library.articles, question: checked('What did the housing minister say?'), statementsBy });
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.articleId).toBe('rents');
    expect(result.answer).toContain('Tenants will finally know');
  });

  it('takes the words the speaker was found by for the speaker, not for a topic the statement must speak of', async () => {
    const byName = (name: string) => (name.toLowerCase() === 'housing minister' ? { forms: ['Carla Benn'], statements: extractStatements(rents) } : statementsBy(name));
    const result = await answerQuestion({ index: library.index, articles: library.articles, question: checked('What did the housing minister say?'), statementsBy: byName });
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('Tenants will finally know');
  });
});
