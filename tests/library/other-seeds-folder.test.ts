/**
 * An index opened with a seeds folder that lacks most of its files (SEEDS_DIR changed, or left empty and so
 * `seeds`) follows the folder it is given, and says so in one warning before the articles leave the index.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { openLibrary } from '../../src/library.js';
import { recordingLogger } from '../support/recording-logger.js';
import { libraryCloser } from '../support/library-closer.js';

const WARNING = /^most of the indexed files are not in the seeds folder/;

/** A short article of its own words: `n` names its town and numbers. */
const article = (n: number) => `El puente de Villanueva${n} reabre\n\nEl ayuntamiento de Villanueva${n} reabrió el lunes el puente tras ${n + 3} meses de obras, que costaron ${n + 10} millones de euros.`;

let dir: string;
let folderA: string;
let folderB: string;
let indexDir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hemeroteca-other-folder-'));
  [folderA, folderB, indexDir] = ['a', 'b', 'index'].map((name) => path.join(dir, name)) as [string, string, string];
  await mkdir(folderA);
  for (const n of [1, 2, 3, 4]) await writeFile(path.join(folderA, `puente-${n}.txt`), article(n));
});
const libraries = libraryCloser();
afterEach(async () => {
  await libraries.closeAll();
  await rm(dir, { recursive: true, force: true });
});

async function open(seedsDir: string, watch = false) {
  const { log, logged } = recordingLogger();
  const library = libraries.track(await openLibrary(readConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: indexDir }), log, { watch }));
  return { library, warnings: logged.filter(({ level, message }) => level === 'warn' && WARNING.test(message)) };
}

describe('an index opened with another seeds folder', () => {
  it('follows the folder it is given, with one warning naming it, whether watching or not', async () => {
    for (const watch of [false, true]) {
      await rm(indexDir, { recursive: true, force: true });
      await open(folderA);
      await rm(folderB, { recursive: true, force: true });
      await mkdir(folderB);
      await cp(path.join(folderA, 'puente-1.txt'), path.join(folderB, 'puente-1.txt'));
      const { library, warnings } = await open(folderB, watch);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]?.fields).toMatchObject({ seedsDir: folderB, gone: 3, indexed: 4 });
      if (!watch) expect(library.sources().map(({ id }) => id)).toEqual(['puente-1']);
    }
  });

  it('says nothing when only a few files were deleted while it was stopped', async () => {
    await open(folderA);
    await rm(path.join(folderA, 'puente-4.txt'));
    const { library, warnings } = await open(folderA);
    expect(warnings).toEqual([]);
    expect(library.sources().map(({ id }) => id).sort()).toEqual(['puente-1', 'puente-2', 'puente-3']);
  });
});
