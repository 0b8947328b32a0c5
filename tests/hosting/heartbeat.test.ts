import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HEARTBEAT_FILE, heartbeatProblem, startHeartbeat } from '../../src/heartbeat.js';
import { runEntry, testEnv } from '../support/spawn-entry.js';

const NOW = new Date('2026-01-10T12:00:00Z');
const beat = (secondsAgo: number, ready = true) => JSON.stringify({ at: new Date(NOW.getTime() - secondsAgo * 1000).toISOString(), pid: 1, ready });

describe('judging a heartbeat', () => {
  it('is healthy when written recently with the gateway ready', () => {
    expect(heartbeatProblem(beat(20), NOW)).toBeUndefined();
  });

  it('says the bot is stuck when the last beat is older than three intervals', () => {
    expect(heartbeatProblem(beat(46), NOW)).toMatch(/last heartbeat 46 s ago/);
  });

  it('says the bot is not connected when the gateway was not ready', () => {
    expect(heartbeatProblem(beat(1, false), NOW)).toMatch(/not connected to Discord/);
  });

  it('is not healthy without a file, or with one that holds something else', () => {
    expect(heartbeatProblem(undefined, NOW)).toMatch(/no heartbeat\.json yet/);
    expect(heartbeatProblem('{"at":', NOW)).toMatch(/not JSON/);
    expect(heartbeatProblem('{"at":"yesterday","pid":1,"ready":true}', NOW)).toMatch(/does not hold a heartbeat/);
  });
});

describe('the heartbeat file and the health check', () => {
  let indexDir: string;
  let stop: (() => void) | undefined;
  beforeEach(async () => {
    indexDir = await mkdtemp(path.join(os.tmpdir(), 'hemeroteca-heartbeat-'));
  });
  afterEach(async () => {
    stop?.();
    await rm(indexDir, { recursive: true, force: true });
  });

  const written = async () => {
    // The first beat is written as the heartbeat starts; its write is asynchronous.
    for (;;) {
      const text = await readFile(path.join(indexDir, HEARTBEAT_FILE), 'utf8').catch(() => undefined);
      if (text !== undefined) return text;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  it('writes a beat the check accepts, and a new one within a second when the gateway connects', async () => {
    let ready = false;
    stop = startHeartbeat(indexDir, () => ready);
    expect(heartbeatProblem(await written(), new Date())).toMatch(/not connected/);
    ready = true;
    await expect.poll(async () => heartbeatProblem(await written(), new Date()), { timeout: 3000 }).toBeUndefined();
  });

  it('exits 0 on a fresh beat and 1, saying why, without one (the Dockerfile HEALTHCHECK)', async () => {
    const env = testEnv({ INDEX_DIR: indexDir });
    const missing = await runEntry('src/healthcheck.ts', env);
    expect(missing).toMatchObject({ code: 1, stdout: 'no heartbeat.json yet: the bot has not connected to Discord\n' });
    stop = startHeartbeat(indexDir, () => true);
    await written();
    expect(await runEntry('src/healthcheck.ts', env)).toMatchObject({ code: 0, stdout: 'healthy\n' });
  });
});
