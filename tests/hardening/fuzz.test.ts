/**
 * A short run of `npm run stress`'s fuzzing (tests/support/stress/fuzz.ts): generated hostile input through every
 * command of the real bot process and the fake Discord, and through the console mode's handlers. Nothing
 * may crash or escape a handler, every reply must be one Discord accepts, and no message may ping anyone
 * or turn user text into a link or mention.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { openLibrary } from '../../src/library.js';
import { silentLogger } from '../../src/log.js';
import { auditMessages, auditProblems } from '../support/stress/audit.js';
import { startBotRun, type BotRun } from '../support/stress/bot-harness.js';
import { fuzzConsole, fuzzDiscord, type FuzzReport } from '../support/stress/fuzz.js';
import { hostileSeeds } from '../support/stress/hostile-html.js';
import { SEED_ANCHORS } from '../support/stress/seed-questions.js';
import { SEEDS_DIR } from '../support/seed-library.js';

const RUNS = 50;
const SEED = 20240618;

let run: BotRun;
beforeAll(async () => {
  run = await startBotRun();
});
afterAll(() => run.close());

function expectNoFailure(reports: FuzzReport[]): void {
  for (const report of reports) {
    expect(report.counterexample, report.target).toBeUndefined();
    expect(report.inputs, report.target).toBe(RUNS);
  }
}

describe('fuzzed input', () => {
  it(`through the running bot and the fake Discord: ${RUNS} inputs per command, every one answered within Discord's rules`, async () => {
    expectNoFailure(await fuzzDiscord(run, { runs: RUNS, seed: SEED, anchors: SEED_ANCHORS }));
    expect(auditProblems(auditMessages(run.discord))).toEqual([]);
    expect(run.alive()).toBe(true);
    expect(run.escapedErrors()).toEqual([]);
  }, 120_000);

  it(`through the console mode's command handlers: ${RUNS} inputs per command, never an internal error`, async () => {
    const library = await openLibrary(readConfig({ SEEDS_DIR, INDEX_DIR: run.indexDir }), silentLogger);
    expectNoFailure(await fuzzConsole(library, { runs: RUNS, seed: SEED, anchors: SEED_ANCHORS }));
  }, 60_000);
});

describe('hostile HTML seed files', () => {
  it('never stop the index: each is skipped with one warning or read, and the good article is still indexed', () => {
    const report = hostileSeeds({ runs: 25, seed: SEED });
    expect(report.crashes).toEqual([]);
    expect(report.goodArticleLost).toBe(0);
    expect(report.read + report.skipped).toBe(25);
  }, 120_000);
});
