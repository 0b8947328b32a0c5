/**
 * A whole look at the seeds folder lists it in the folders' own order (no sort of every path at a restart), and the
 * diff puts the files it finds new in the order seed files are read (by article id, then path): an update reads a
 * burst of new files in batches in that order, so the original of a copy still keeps the article's id.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diffSeeds, scanSeedFolder, type SeedFileState } from '../../src/live/seed-scan.js';

const state = (file: string, size = 10, mtimeMs = 1_000): SeedFileState => ({ file, size, mtimeMs });
const scanOf = (states: SeedFileState[]) => new Map(states.map((each) => [each.file, each]));

describe('the diff of what is known and a look at the folder', () => {
  it('gives the new files in reading order whatever order the look found them in, after the known files that changed', () => {
    const known = [state('2025/cierre.txt'), state('2025/pleno.md'), state('portada.txt')];
    const scan = scanOf([state('nota-copia.txt'), state('portada.txt'), state('2025/pleno.md', 12), state('nota.txt'), state('2024/feria.html')]);
    const diff = diffSeeds(known, scan);
    expect(diff.changed.map(({ file }) => file)).toEqual(['2025/pleno.md', '2024/feria.html', 'nota.txt', 'nota-copia.txt']);
    expect(diff.removed).toEqual(['2025/cierre.txt']);
  });

  it('finds nothing when every file is as known, and keeps a file in a folder the look could not list', () => {
    const known = [state('a.txt'), state('b/c.txt'), state('d.md', 5, 2_000)];
    expect(diffSeeds(known, scanOf([state('d.md', 5, 2_000), state('a.txt')]), ['b'])).toEqual({ changed: [], removed: [] });
    expect(diffSeeds(known, scanOf([state('d.md', 5, 2_000), state('a.txt'), state('b/c.txt')]))).toEqual({ changed: [], removed: [] });
  });

  it('takes the known files as any iterable, read once', () => {
    function* known() {
      yield state('a.txt');
      yield state('b.txt');
    }
    expect(diffSeeds(known(), scanOf([state('c.txt'), state('a.txt')]))).toEqual({ changed: [state('c.txt')], removed: ['b.txt'] });
  });
});

describe('a whole look at the folder then the diff', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'hemeroteca-diff-order-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('gives a burst of new files in reading order, the original before its copies', async () => {
    const names = ['nota (1).txt', 'zeta.txt', 'nota - copia.txt', 'alfa.md', 'nota.txt', 'nota-copia.txt'];
    for (const name of names) await writeFile(path.join(dir, name), `Artículo ${name}.\n`);
    const { scan } = await scanSeedFolder(dir);
    expect([...scan.keys()].sort()).toEqual([...names].sort());
    expect(diffSeeds([], scan).changed.map(({ file }) => file)).toEqual(['alfa.md', 'nota.txt', 'nota (1).txt', 'nota - copia.txt', 'nota-copia.txt', 'zeta.txt']);
  });
});
