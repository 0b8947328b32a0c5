/**
 * A short run of `npm run stress`'s LLM faults (tests/support/stress/llm-faults.ts): the bot, with
 * LLM_PROVIDER=openai and a 4 s LLM_TIMEOUT_MS (a retry after an HTTP 500 must fit in it on a busy 2-core
 * machine; 1.5 s did not at a load of 30), against a fake OpenAI-compatible server that hangs,
 * fails, sends malformed JSON, streams without end or cites passages it was not given. Each time, in
 * Spanish and in English, the user gets the extractive answer with its citations within the timeout.
 */
import { describe, expect, it } from 'vitest';
import { llmFaults } from '../support/stress/llm-faults.js';

describe('a failing LLM', () => {
  it('never costs the user the extractive answer, and a model that recovers is used again', async () => {
    const reports = await llmFaults({ trials: 2, timeoutMs: 4000 });
    expect(reports.map(({ fault, problems }) => [fault, problems])).toEqual(reports.map(({ fault }) => [fault, []]));
    expect(reports.every((report) => report.ok === report.trials)).toBe(true);
    expect(reports.find((report) => report.expected === 'llm')?.ok).toBe(2);
  }, 120_000);
});
