/**
 * A burst of 1,000 new seed files under a running library (opened with `watch: true`): all of them
 * are taken in, in steps, without a restart. Long on a loaded machine, so it runs with the hardening
 * suite.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { openLibrary } from '../../src/library.js';
import { recordingLogger } from '../support/recording-logger.js';
import { copySeedFolder } from '../support/seed-folder.js';
import { libraryCloser } from '../support/library-closer.js';

let dir: string;
let seedsDir: string;
beforeEach(async () => {
  ({ dir, seedsDir } = await copySeedFolder('hemeroteca-burst-'));
});
const libraries = libraryCloser();
afterEach(async () => {
  await libraries.closeAll();
  await rm(dir, { recursive: true, force: true });
});

/** A short news article; `n` makes its names, numbers and wording its own. */
function article(n: number): string {
  return [
    `La sonda Juno-${n} fotografió volcanes en la luna Ío-${n}`,
    `La agencia espacial confirmó el martes que la sonda Juno-${n} tomó ${n + 40} imágenes de los volcanes de Ío-${n} durante su paso número ${n + 7}.`,
    `«Vamos a estudiar cada uno de los volcanes de Ío-${n} con calma», dijo la científica Ana Torres${n}, responsable de la misión.`,
  ].join('\n\n');
}

describe('a burst of new seed files while the library runs', () => {
  it('takes in all 1,000, and answers from any of them', async () => {
    const { log } = recordingLogger();
    const library = libraries.track(await openLibrary(readConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: path.join(dir, 'index') }), log, { watch: true }));
    const before = library.status.articles;
    const burst = path.join(seedsDir, 'burst');
    await mkdir(burst);
    for (let n = 0; n < 1000; n++) await writeFile(path.join(burst, `juno-${n}.txt`), article(1000 + n));
    const deadline = Date.now() + 150_000;
    while (library.status.articles < before + 1000 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(library.status.articles).toBe(before + 1000);
    const answer = await library.ask('¿Cuántas imágenes tomó la sonda Juno-1500 de Ío-1500?');
    expect(answer.citations.map(({ articleId }) => articleId)).toContain('burst/juno-500');
  }, 200_000);
});
