/**
 * A short run of `npm run stress`'s load (tests/support/stress/load.ts) through the real bot process: a burst of
 * concurrent /ask interactions from distinct users, every one acknowledged within Discord's 3 seconds and
 * answered; then a few hundred sequential interactions of every kind, every one answered. (Times and
 * memory are reported by `npm run stress`, not asserted here.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditProblems } from '../support/stress/audit.js';
import { startBotRun, type BotRun } from '../support/stress/bot-harness.js';
import { askBurst, soak } from '../support/stress/load.js';
import { SEED_ACTORS, SEED_QUESTIONS } from '../support/stress/seed-questions.js';

let run: BotRun;
beforeAll(async () => {
  run = await startBotRun();
});
afterAll(() => run.close());

describe('load', () => {
  it('100 concurrent /ask interactions: all acknowledged within 3 s, all answered', async () => {
    const report = await askBurst(run, { count: 100, questions: SEED_QUESTIONS });
    expect(report.failures).toEqual([]);
    expect(report.acknowledgedInTime).toBe(100);
    expect(report.answered).toBe(100);
    expect(auditProblems(report.audit)).toEqual([]);
  }, 60_000);

  it('200 sequential interactions of every kind: all answered, the bot still running', async () => {
    const report = await soak(run, { interactions: 200, warmUp: 20, sampleEvery: 50, questions: SEED_QUESTIONS, actors: SEED_ACTORS });
    expect(report.failures).toEqual([]);
    expect(report.answered).toBe(200);
    expect(Object.keys(report.byKind).sort()).toEqual(['ask', 'autocomplete', 'button', 'quote', 'sources']);
    expect(auditProblems(report.audit)).toEqual([]);
    expect(run.alive()).toBe(true);
    expect(run.escapedErrors()).toEqual([]);
  }, 90_000);
});
