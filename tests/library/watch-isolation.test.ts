/**
 * The seeds watcher on its own. One seed file that cannot be applied (its content trips a bug) never
 * holds back the others: the watcher applies the rest, logs the file by name once, and tries it again
 * only when it changes. Once running, it looks only where file events point: the files and folders they
 * name, not every file of the archive (a stat each: about a second at 100,000 files, for every change).
 */
import { appendFile, mkdir, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEBOUNCE_MS, watchSeeds, type SeedWatcher } from '../../src/live/watch.js';
import { statSeedFile, type SeedDiff, type SeedFileState } from '../../src/live/seed-scan.js';
import { MAX_FILE_BYTES } from '../../src/corpus/seed-list.js';
import { recordingLogger } from '../support/recording-logger.js';
import { eventually } from '../support/eventually.js';

let dir: string;
let watcher: SeedWatcher | undefined;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hemeroteca-watch-'));
});
afterEach(async () => {
  watcher?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** A watcher over `dir` standing in for a library: it records each diff and knows what it applied. */
function watchRecording(known: Map<string, SeedFileState>) {
  const diffs: SeedDiff[] = [];
  const apply = async (diff: SeedDiff) => {
    diffs.push(diff);
    for (const state of diff.changed) known.set(state.file, state);
    for (const file of diff.removed) known.delete(file);
  };
  watcher = watchSeeds({ dir, known: () => known.values(), apply, log: recordingLogger().log });
  return diffs;
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

describe('the seeds watcher while running', () => {
  it('looks only at the paths file events name, not at every file it knows', async () => {
    for (const name of ['a.txt', 'b.txt']) await writeFile(path.join(dir, name), `Artículo ${name}`);
    const known = new Map(['a.txt', 'b.txt'].map((file) => [file, statSeedFile(dir, file)!]));
    const diffs = watchRecording(known);
    // The first look scans the whole folder (what changed while stopped): a file added now is applied by it or by the
    // look its event starts, so once it is applied that whole scan is over (a fixed wait for it came short under load).
    await writeFile(path.join(dir, 'c.txt'), 'Artículo c');
    await eventually(() => known.has('c.txt'), 'the first new file applied');
    // What the library knows of b.txt no longer matches the disk, though no event says so: only a look
    // at every file would see it.
    known.set('b.txt', { file: 'b.txt', size: 1, mtimeMs: 1 });
    await writeFile(path.join(dir, 'd.txt'), 'Artículo d');
    await eventually(() => known.has('d.txt'), 'the second new file applied');
    await rm(path.join(dir, 'a.txt'));
    await eventually(() => !known.has('a.txt'), 'the removed file applied');
    expect(diffs.flatMap((diff) => [...diff.changed.map((state) => state.file), ...diff.removed])).toEqual(['c.txt', 'd.txt', 'a.txt']);
  }, 60_000);

  it('applies a new file while another file in the folder is written to without pause', async () => {
    const known = new Map<string, SeedFileState>();
    watchRecording(known);
    // A file appended to four times per quiet time (a log, a slow copy): its events never leave the folder quiet.
    const busy = path.join(dir, 'registro.txt');
    await writeFile(busy, 'Registro\n');
    let lines = 0;
    const writing = setInterval(() => void appendFile(busy, `línea ${++lines}\n`), DEBOUNCE_MS / 4);
    try {
      await writeFile(path.join(dir, 'nota.txt'), 'Artículo nota');
      await eventually(() => known.has('nota.txt'), 'the new file applied while the other is still written to');
    } finally {
      clearInterval(writing);
    }
  }, 60_000);

  it('lists a folder an event names, and drops what it knew under a folder removed', async () => {
    const known = new Map<string, SeedFileState>();
    const diffs = watchRecording(known);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await mkdir(path.join(dir, 'nuevas', '2026'), { recursive: true });
    await writeFile(path.join(dir, 'nuevas', '2026', 'uno.txt'), 'Artículo uno');
    await writeFile(path.join(dir, 'nuevas', 'dos.md'), 'Artículo dos');
    await eventually(() => known.has('nuevas/2026/uno.txt') && known.has('nuevas/dos.md'), 'the new folder\'s files applied');
    await rm(path.join(dir, 'nuevas'), { recursive: true });
    await eventually(() => known.size === 0, 'the removed folder\'s files gone');
    expect(diffs.flatMap((diff) => diff.removed).sort()).toEqual(['nuevas/2026/uno.txt', 'nuevas/dos.md']);
  }, 60_000);

  it('applies a removal while an update is still reading a slow file, and drops that file if it went meanwhile', async () => {
    await writeFile(path.join(dir, 'viejo.txt'), 'Artículo viejo');
    const known = new Map([['viejo.txt', statSeedFile(dir, 'viejo.txt')!]]);
    const removed: string[] = [];
    const added: string[] = [];
    const reading: string[] = [];
    let finishReading: () => void = () => undefined;
    const read = new Promise<void>((resolve) => (finishReading = resolve));
    // Stands in for the library: an update that reads files takes until the test lets it end.
    const apply = async (diff: SeedDiff) => {
      reading.push(...diff.changed.map((state) => state.file));
      if (diff.changed.length > 0) await read;
      for (const state of diff.changed) {
        added.push(state.file);
        known.set(state.file, state);
      }
      for (const file of diff.removed) {
        removed.push(file);
        known.delete(file);
      }
    };
    watcher = watchSeeds({ dir, known: () => known.values(), apply, log: recordingLogger().log });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await writeFile(path.join(dir, 'enorme.txt'), 'Artículo enorme');
    // Its update must be under way before the deletions (a fixed wait failed when the look came late on a loaded machine).
    await eventually(() => reading.includes('enorme.txt'), 'the new file being read');
    await rm(path.join(dir, 'viejo.txt'));
    await rm(path.join(dir, 'enorme.txt'));
    await eventually(() => removed.includes('viejo.txt'), 'the removal applied while the other file is read');
    expect(known.has('enorme.txt')).toBe(false);
    finishReading();
    // It was deleted while read: the look after its update finds it gone.
    await eventually(() => removed.includes('enorme.txt'), 'the file deleted while read dropped');
    expect(added).toEqual(['enorme.txt']);
    expect(removed).toEqual(['viejo.txt', 'enorme.txt']);
    expect(known.size).toBe(0);
  }, 60_000);

  it('applies a file over the size limit at once, while an update is still reading a slow file', async () => {
    const known = new Map<string, SeedFileState>();
    const applied: string[] = [];
    let finishReading: () => void = () => undefined;
    const read = new Promise<void>((resolve) => (finishReading = resolve));
    // Stands in for the library: an update reading a file within the limit takes until the test lets it end; one over
    // the limit is skipped unread, as the library skips it.
    const apply = async (diff: SeedDiff) => {
      if (diff.changed.some((state) => state.size <= MAX_FILE_BYTES)) await read;
      for (const state of diff.changed) {
        applied.push(state.file);
        known.set(state.file, state);
      }
    };
    watcher = watchSeeds({ dir, known: () => known.values(), apply, log: recordingLogger().log });
    await writeFile(path.join(dir, 'pagina-lenta.html'), '<p>Una página que tarda en leerse.</p>');
    await eventually(() => watcher?.pending() === 1, 'the slow page being read');
    const huge = await open(path.join(dir, 'descomunal.txt'), 'w');
    await huge.truncate(MAX_FILE_BYTES + 1); // sparse: no 20 MB written
    await huge.close();
    await eventually(() => applied.includes('descomunal.txt'), 'the file over the limit applied while the other is read');
    expect(applied).toEqual(['descomunal.txt']);
    finishReading();
    await eventually(() => applied.includes('pagina-lenta.html'), 'the slow page applied once read');
  }, 60_000);

  it('counts the files found new or changed until their update is applied', async () => {
    const known = new Map<string, SeedFileState>();
    let finishReading: () => void = () => undefined;
    const read = new Promise<void>((resolve) => (finishReading = resolve));
    // Stands in for the library: the update reading the files takes until the test lets it end.
    const apply = async (diff: SeedDiff) => {
      if (diff.changed.length > 0) await read;
      for (const state of diff.changed) known.set(state.file, state);
    };
    watcher = watchSeeds({ dir, known: () => known.values(), apply, log: recordingLogger().log });
    expect(watcher.pending()).toBe(0);
    await writeFile(path.join(dir, 'uno.txt'), 'Artículo uno');
    await writeFile(path.join(dir, 'dos.txt'), 'Artículo dos');
    await eventually(() => watcher?.pending() === 2, 'both files counted while read');
    finishReading();
    await eventually(() => known.size === 2, 'both files applied');
    await eventually(() => watcher?.pending() === 0, 'nothing counted once applied');
  }, 60_000);
});
