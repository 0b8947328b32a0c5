/**
 * A short run of `npm run stress`'s Discord faults (tests/support/stress/discord-faults.ts), injected by the fake
 * Discord into the real bot process's traffic: gateway closes of every kind, 429s and 5xx on the
 * acknowledgement and the answer's edit, held-up requests, and interactions during shutdown. The user
 * always gets the answer or a clear message, the bot goes on answering, and nothing hangs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditMessages, auditProblems } from '../support/stress/audit.js';
import { startBotRun, type BotRun } from '../support/stress/bot-harness.js';
import { gatewayFaults, restFaults, shutdownDuringSummary, shutdownFaults, type FaultOutcome } from '../support/stress/discord-faults.js';
import { hang, startFakeOpenAI } from '../support/fakeOpenAI.js';
import { shutdownUnderLoad } from '../support/stress/shutdown-load.js';

let run: BotRun;
beforeAll(async () => {
  run = await startBotRun();
  // The bot's own start allowance (startBotRun's) and a margin: a loaded machine can take a minute to index.
}, 180_000);
afterAll(() => run.close());

const failed = (outcomes: FaultOutcome[]) => outcomes.filter((outcome) => !outcome.ok).map(({ fault, seen }) => `${fault}: ${seen}`);

describe('Discord faults', () => {
  it('the gateway closing, in each of Discord’s ways: the bot reconnects and answers, even what was sent meanwhile', async () => {
    const outcomes = await gatewayFaults(run, 1);
    expect(failed(outcomes)).toEqual([]);
    expect(outcomes.length).toBe(6);
  }, 60_000);

  it('rate limits, server errors and slow requests: the answer still arrives, or a clear message', async () => {
    const outcomes = await restFaults(run);
    expect(failed(outcomes)).toEqual([]);
    expect(outcomes.find((outcome) => outcome.fault.startsWith('500 on the answer’s edit through every retry'))?.seen).toBe('error message with an error id');
    expect(run.alive()).toBe(true);
    expect(run.escapedErrors()).toEqual([]);
  }, 90_000);

  it('never asked Discord to parse mentions through all of it', () => {
    const refusedOnPurpose = /callback 404\/10062 Unknown interaction/;
    expect(auditProblems(auditMessages(run.discord)).filter((problem) => !refusedOnPurpose.test(problem))).toEqual([]);
  });

  it('an interaction during shutdown: told to come back, the one under way answered, exit 0', async () => {
    expect(failed(await shutdownFaults({}))).toEqual([]);
  }, 60_000);

  it('SIGTERM while an LLM that never replies is summarising: the extractive answer at once, exit 0 within the drain', async () => {
    const llm = await startFakeOpenAI();
    llm.script(hang);
    try {
      expect(failed(await shutdownDuringSummary(llm))).toEqual([]);
    } finally {
      await llm.close();
    }
  }, 180_000);

  it('SIGTERM under load, twice: every acknowledged /ask answered or told the bot is restarting, exit 0, nothing left running', async () => {
    const report = await shutdownUnderLoad({ rounds: 2, burst: 16, late: 6 });
    expect(report.failures).toEqual([]);
    expect(report.lost).toBe(0);
    expect(report.exitsWithZero).toBe(2);
    expect(report.leftRunning).toBe(0);
    expect(report.answered).toBeGreaterThanOrEqual(16);
    // A late /ask is told the bot is restarting, or answered when the busy bot reads it before the signal: both are
    // right, and which comes first depends on the machine's load (the notice itself is held by the shutdown test above).
    expect(report.answered + report.restartNotices + report.errors).toBe(report.acknowledged);
  }, 180_000);

  it('`npm start` (build, then the compiled bot) and SIGTERM to npm’s own pid, as `docker stop` sends it: the same, and no bot left running', async () => {
    expect(failed(await shutdownFaults({ npmStart: true, startTimeoutMs: 300_000 }))).toEqual([]);
  }, 400_000);
});
