/**
 * Two files that give one id ("nota.txt" and "nota.md") and arrive in the same update (moved back into
 * the seeds folder together) are settled as a build settles them: the older file keeps the id, whatever
 * their names' order, and the other is skipped with a warning naming the one kept.
 */
import { rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applySeedChanges, buildLibraryData } from '../../src/live/archive.js';
import { seedReader } from '../../src/live/seed-reader.js';
import { diffSeeds, scanSeedFolder } from '../../src/live/seed-scan.js';
import { copySeedFolder } from '../support/seed-folder.js';

let dir: string;
let seedsDir: string;
beforeEach(async () => {
  ({ dir, seedsDir } = await copySeedFolder('hemeroteca-same-id-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const article = (topic: string) =>
  [`La sonda Juno fotografió ${topic} en Ío`, `La agencia espacial confirmó el martes que la sonda Juno tomó 41 imágenes de los ${topic} de Ío.`].join('\n\n');

describe('an update with two new files giving one id', () => {
  it('keeps the older file, as a build does, though its name sorts second', async () => {
    const { data, index } = await buildLibraryData(seedsDir, { threads: 1 });
    await writeFile(path.join(seedsDir, 'nota.txt'), article('cráteres'));
    await writeFile(path.join(seedsDir, 'nota.md'), article('géiseres'));
    const dayAgo = new Date(Date.now() - 86_400_000);
    await utimes(path.join(seedsDir, 'nota.txt'), dayAgo, dayAgo);
    const { scan } = await scanSeedFolder(seedsDir);
    const diff = diffSeeds(data.files, scan);
    expect(diff.changed.map(({ file }) => file).sort()).toEqual(['nota.md', 'nota.txt']);

    const update = await applySeedChanges(data, seedsDir, diff, seedReader({ threads: 1 }), index);
    expect(update.data.articles.find(({ id }) => id === 'nota')?.text).toContain('cráteres');
    expect(update.data.warnings).toContainEqual({ file: 'nota.md', message: 'skipped: nota.txt already gives the id "nota"; rename one of the two files' });
    expect(update.applied.filter(({ file }) => file.startsWith('nota.'))).toEqual(
      expect.arrayContaining([
        { file: 'nota.txt', change: 'added', article: 'nota' },
        { file: 'nota.md', change: 'added', article: null },
      ]),
    );
  }, 120_000);
});
