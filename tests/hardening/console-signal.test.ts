/**
 * Console mode on SIGTERM while a command is under way (here /ask waiting for an LLM summary that never comes,
 * then answering extractively at LLM_TIMEOUT_MS): the command under way is answered, the lines piped after
 * it are not, a warning on stderr says so, and the exit status is 0. It used to exit at once, its answer lost.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hang, startFakeOpenAI } from '../support/fakeOpenAI.js';
import { startEntry, testEnv } from '../support/spawn-entry.js';

let workDir: string;
beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'hemeroteca-console-signal-'));
});
afterAll(() => rm(workDir, { recursive: true, force: true }));

describe('console mode on SIGTERM while a command is under way', () => {
  it('answers that command, leaves the lines after it with a warning, and exits 0', async () => {
    const model = await startFakeOpenAI();
    model.script(hang);
    const entry = startEntry(
      'src/main.ts',
      testEnv({ LLM_PROVIDER: 'openai', LLM_BASE_URL: model.baseUrl, LLM_MODEL: 'fake-model', LLM_TIMEOUT_MS: '3000', SEEDS_DIR: 'seeds', INDEX_DIR: path.join(workDir, 'index') }),
    );
    // Standard input stays open: only the signal ends the session.
    entry.stdin?.write('/ask ¿Qué prometió Putin?\n/quote Zacarías Inexistente\n/quote Zacarías Inexistente\n');
    try {
      const deadline = Date.now() + 120_000;
      while (model.requests.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(model.requests.length).toBeGreaterThan(0);
      entry.kill('SIGTERM');
      const { code, stdout, stderr } = await entry.finished;
      expect(code).toBe(0);
      expect(stdout).toMatch(/\[1\]/);
      expect(stdout).not.toMatch(/Zacarías/);
      expect(stderr).toMatch(/the command under way was answered, the lines after it were not/);
    } finally {
      entry.kill('SIGKILL');
      await model.close();
    }
  }, 180_000);
});
