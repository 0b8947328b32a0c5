/**
 * The bot in console mode on SIGTERM once its warm-up after the start has begun (src/warm-up.ts): it exits 0 at
 * once, logging no error, as at any other moment.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEntry, testEnv } from '../support/spawn-entry.js';

let workDir: string;
beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'hemeroteca-warm-up-signal-'));
});
afterAll(() => rm(workDir, { recursive: true, force: true }));

describe('console mode on SIGTERM during the warm-up', () => {
  it('exits 0 without an error', async () => {
    const entry = startEntry('src/main.ts', testEnv({ SEEDS_DIR: 'seeds', INDEX_DIR: path.join(workDir, 'index'), LOG_LEVEL: 'debug' }));
    // Standard input stays open: only the signal ends the session.
    try {
      await entry.waitForLog(/warming up/, 150_000);
      entry.kill('SIGTERM');
      const { code, stderr } = await entry.finished;
      expect(code).toBe(0);
      expect(stderr).toMatch(/shutting down/);
      expect(stderr).not.toMatch(/\berror\b/i);
    } finally {
      entry.kill('SIGKILL');
    }
  }, 180_000);
});
