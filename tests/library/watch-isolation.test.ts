/**
 * One seed file that cannot be applied (its content trips a bug) never holds back the others: the
 * watcher applies the rest, logs the file by name once, and tries it again only when it changes.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchSeeds, type SeedWatcher } from '../../src/live/watch.js';
import type { SeedDiff, SeedFileState } from '../../src/live/seed-scan.js';
import { recordingLogger } from '../support/recording-logger.js';

let dir: string;
let watcher: SeedWatcher | undefined;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hemeroteca-watch-'));
});
afterEach(async () => {
  watcher?.stop();
  await rm(dir, { recursive: true, force: true });
});

async function eventually(check: () => boolean, what: string, withinMs = 20_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`not within ${withinMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the seeds watcher', () => {
  it('applies the other files when one cannot be applied, names it once, and retries it only once it changes', async () => {
    const known = new Map<string, SeedFileState>();
    const attempts: string[][] = [];
    // Stands in for the library: any diff holding a file whose content says "boom" fails, as a bug would.
    const apply = async (diff: SeedDiff) => {
      attempts.push(diff.changed.map((state) => state.file));
      for (const state of diff.changed) {
        if ((await readFile(path.join(dir, state.file), 'utf8')).includes('boom')) throw new Error('a bug this content triggers');
      }
      for (const state of diff.changed) known.set(state.file, state);
      for (const file of diff.removed) known.delete(file);
    };
    const { log, logged } = recordingLogger();
    await writeFile(path.join(dir, 'bad.txt'), 'boom');
    for (const name of ['a.txt', 'b.txt']) await writeFile(path.join(dir, name), `Artículo ${name}`);
    watcher = watchSeeds({ dir, known: () => known.values(), apply, log });

    await eventually(() => known.has('a.txt') && known.has('b.txt'), 'the good files applied');
    const failures = () => logged.filter((entry) => entry.level === 'error' && entry.fields.file === 'bad.txt');
    await eventually(() => failures().length === 1, 'the bad file logged by name');

    // Nothing changes: the bad file is not tried again, however often the folder is scanned.
    const tried = attempts.length;
    await writeFile(path.join(dir, 'c.txt'), 'Artículo c');
    await eventually(() => known.has('c.txt'), 'a later file applied');
    expect(attempts.slice(tried).flat()).not.toContain('bad.txt');
    expect(failures()).toHaveLength(1);

    // Fixed: applied at the next scan.
    await writeFile(path.join(dir, 'bad.txt'), 'Artículo arreglado');
    await eventually(() => known.has('bad.txt'), 'the fixed file applied');
  }, 60_000);
});
