/**
 * Console mode through its real entry (src/main.ts): an article dropped into the seeds folder while it
 * runs is answered from a few seconds later, without a restart.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEntry, testEnv } from '../support/spawn-entry.js';
import { SEEDS_DIR } from '../support/seed-library.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hemeroteca-console-live-'));
  await cp(SEEDS_DIR, path.join(dir, 'seeds'), { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('console mode with a changing seeds folder', () => {
  it('answers from an article added while it runs, and logs the addition', async () => {
    const running = startEntry('src/main.ts', testEnv({ SEEDS_DIR: path.join(dir, 'seeds'), INDEX_DIR: path.join(dir, 'index') }));
    await running.waitForLog(/built index/, 90_000);
    await writeFile(path.join(dir, 'seeds', 'atacama.txt'), [
      'El observatorio de Atacama registró 314 meteoritos en una noche',
      'El observatorio de Atacama registró 314 meteoritos en una sola noche de agosto, informó el martes la universidad que lo dirige.',
      'Los astrónomos atribuyen la lluvia de meteoritos al paso de la Tierra por los restos del cometa Swift-Tuttle.',
    ].join('\n\n'));
    await running.waitForLog(/seed file added.*atacama\.txt/, 20_000);
    running.stdin?.end('/ask ¿Cuántos meteoritos registró el observatorio de Atacama?\n');
    const { code, stdout } = await running.finished;
    expect(code).toBe(0);
    expect(stdout).toContain('314 meteoritos');
  }, 150_000);
});
