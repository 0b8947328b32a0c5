/**
 * Console mode through its real entry (src/main.ts): an article dropped into the seeds folder while it
 * runs is answered from a few seconds later, without a restart; piped commands are answered over the
 * articles added while it was stopped.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runEntry, startEntry, testEnv } from '../support/spawn-entry.js';
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

  it('answers piped commands over a file added while it was stopped, once that file is read', async () => {
    const seeds = path.join(dir, 'own-seeds');
    const env = testEnv({ SEEDS_DIR: seeds, INDEX_DIR: path.join(dir, 'own-index') });
    await mkdir(seeds);
    await writeFile(path.join(seeds, 'mercado.txt'), [
      'Albarda abre un mercado cubierto con cuarenta puestos',
      'El nuevo mercado cubierto de Albarda abrió el lunes con cuarenta puestos de fruta, pescado y pan, según el ayuntamiento.',
    ].join('\n\n'));
    const built = await runEntry('src/main.ts', env);
    expect(built.code).toBe(0);
    await writeFile(path.join(seeds, 'meteorito.txt'), [
      'Hallan en el desierto de Tarapacá un meteorito de 37 kilos',
      'Un grupo de geólogos halló en el desierto de Tarapacá un meteorito que pesa 37 kilos, el mayor encontrado en la región este año.',
    ].join('\n\n'));
    const { code, stdout, stderr } = await runEntry('src/main.ts', env, '/ask ¿Cuántos kilos pesa el meteorito hallado en Tarapacá?\n');
    expect(code).toBe(0);
    expect(stderr).toMatch(/seed file added.*meteorito\.txt/);
    expect(stdout).toContain('37 kilos');
  }, 150_000);
});
