/**
 * Beside an answer, another story is cited only when it shares what the question is about: a name the question asks
 * about (or, for a question naming nothing, as much of it as the answer holds), not one common word. "When did Bloomberg
 * last debate?" cited a Cuban party plenum's "Otro debate se centrará…" (newcomer 20's D4). Articles written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'alcaldia', title: 'Tomás Ruiz faces his first mayoral debate in a decade', date: '2025-05-06', language: 'en' }, [
    'Ruiz will face the other candidates for mayor of Port Ellis on television on Thursday.',
    'Ruiz has led the polls since March, helped by his record as head of the port authority.',
    '“It is a big risk for Ruiz to debate,” said his former adviser Ana Gil. “His last debate was in 2015, against the then mayor.”',
    'Ruiz spent the weekend visiting markets in the old town with his family.',
    'His campaign says Ruiz will publish his tax returns before the vote.',
  ]),
  articleFromParagraphs({ id: 'pleno', title: 'Party plenum opens', date: '2025-05-06', language: 'en' }, [
    'Another debate will focus on the new rules for small businesses.',
    'The last debate, on the budget, will close the plenum.',
  ]),
]);
const ask = askOf(library);

describe('citations besides the answer', () => {
  it('leave out another story sharing only a common word with the question', async () => {
    const result = await ask('When did Tomás Ruiz last debate?');
    expect(result.refused).toBe(false);
    expect(result.citations.map((citation) => citation.articleId)).not.toContain('pleno');
  });

  it('keep the answer\u2019s own story\u2019s other passages', async () => {
    const result = await ask('When did Tomás Ruiz last debate?');
    expect(result.citations.filter((citation) => citation.articleId === 'alcaldia').length).toBeGreaterThan(0);
  });
});
