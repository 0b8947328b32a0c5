/**
 * The container's health check against the real bot process (src/main.ts with the fake Discord): the bot
 * writes its heartbeat once connected. (What the check says of a stale beat or a lost gateway is tested in
 * heartbeat.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEntry, testEnv } from '../support/spawn-entry.js';
import { startBotRun, type BotRun } from '../support/stress/bot-harness.js';

let run: BotRun;
beforeAll(async () => {
  run = await startBotRun();
});
afterAll(() => run.close());

describe('health check of a running bot', () => {
  const check = () => runEntry('src/healthcheck.ts', testEnv({ INDEX_DIR: run.indexDir }));

  it('is healthy within a second or so of the bot connecting to Discord', async () => {
    // The heartbeat looks at the gateway every second; the check itself is a process of its own.
    await expect.poll(check, { timeout: 5000, interval: 100 }).toMatchObject({ code: 0, stdout: 'healthy\n' });
  });
});
