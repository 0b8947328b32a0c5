/**
 * A total the selection sets aside as no answer (a lead whose count another voice reports, "…, health officials said",
 * when the question asks what the county confirmed) must not outdo the story's increment: the count question is then
 * answered with the increment, as before the total-over-increment rule, never refused (blind newcomer 31's measles
 * story, stop 54's rescore). Articles and questions written for the test.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.js';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { checked } from '../support/checked.js';
import { libraryOf } from '../support/seed-library.js';

const flu = articleFromParagraphs({ id: 'flu', title: 'Flu cases climb to 41 in Tolmere County as clinics extend hours', date: '2026-02-16', language: 'en' }, [
  'TOLMERE — The number of confirmed flu cases in Tolmere County rose to 41 on Tuesday, the highest in a decade, health officials said.',
  'Nine new cases were reported over the weekend, all linked to a nursing home in Ardley. Thirty of the 41 patients are over 65.',
  'Tolmere County confirmed that its clinics would stay open until 9 p.m. this week.',
]);
const library = await libraryOf([flu]);

describe('a total set aside as no answer beside an increment', () => {
  it('answers the count question instead of refusing it', async () => {
    const statements = extractStatements(flu);
    const statementsBy = (name: string) => (/tolmere/iu.test(name) ? { forms: ['Tolmere County'], statements: statements.filter((statement) => statement.speaker === 'Tolmere County') } : undefined);
    const result = await answerQuestion({ index: library.index, articles: library.articles, question: checked('How many flu cases has Tolmere County confirmed?'), statementsBy, statementsIn: () => statements });
    expect(result.refused).toBe(false);
  });
});
