/**
 * Console mode whose reader goes away (`npm start < questions.txt | head -1`): the output pipe closes after the first
 * reply, and the session ends quietly with exit status 0, as at the end of input, instead of an uncaught EPIPE logged
 * at every later reply.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEntry, testEnv } from '../support/spawn-entry.js';

let workDir: string;
beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'hemeroteca-console-closed-'));
});
afterAll(() => rm(workDir, { recursive: true, force: true }));

describe('console mode when its output is closed', () => {
  it('stops at the closed pipe and exits 0 without an uncaught error', async () => {
    const entry = startEntry('src/main.ts', testEnv({ SEEDS_DIR: 'seeds', INDEX_DIR: path.join(workDir, 'index') }));
    try {
      // The first reply arrives, then the reader closes its end; the lines after it find no one to write to.
      entry.stdout?.once('data', () => entry.stdout?.destroy());
      entry.stdin?.end(`${'/sources\n'.repeat(200)}`);
      const { code, stderr } = await entry.finished;
      expect(code).toBe(0);
      expect(stderr).not.toMatch(/uncaught|EPIPE/iu);
    } finally {
      entry.kill('SIGKILL');
    }
  }, 120_000);
});
