/**
 * A process reading the index (a one-shot `cli` command) while another folds its journal into new
 * snapshots one after another (a running bot): every load finds the generation it started on whole,
 * its journal included, however the two interleave; no generation is left behind once both are done.
 * A generation still held survives a save and goes at the first save after it is let go; a hold whose
 * process was killed keeps nothing.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSnapshot, saveSnapshot, snapshotKey, type SnapshotReader } from '../../src/persist/snapshot.js';
import { openJournal } from '../../src/persist/journal.js';
import { holdGeneration } from '../../src/persist/generation-holds.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hemeroteca-folds-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const key = snapshotKey({ settings: { format: 1 } });
const FOLDS = 25;

/** Generation n: several parts (each a file of its own to open), every record saying n, and typed arrays. */
function parts(n: number) {
  const part = (name: string) => Array.from({ length: 50 }, (_, at) => ({ n, name, at, numbers: new Uint32Array([n, at]) }));
  return { articles: part('articles'), statements: part('statements'), speakers: part('speakers'), index: part('index') };
}

/** Every record of every part, and the generation's journal, as one load reads them. */
async function readAll(reader: SnapshotReader) {
  const records: { n: number }[] = [];
  for (const name of ['articles', 'statements', 'speakers', 'index']) for await (const record of reader.records(name)) records.push(record as { n: number });
  const { records: journal } = await openJournal<unknown, unknown>(reader.folder, (record) => record);
  return { records, journal };
}

describe('a reader while the writer folds repeatedly', () => {
  it('always restores a whole generation with its journal, and the writer removes every older one', async () => {
    await saveSnapshot(dir, key, parts(0));
    let folded = 0;
    const writer = async () => {
      for (let n = 1; n <= FOLDS; n++) {
        const folder = await saveSnapshot(dir, key, parts(n));
        // The journal of the new generation: two changes, then the next fold replaces it.
        const { journal } = await openJournal<unknown, unknown>(folder, (record) => record);
        await journal.append({ n, change: 1 });
        await journal.append({ n, change: 2 });
        folded = n;
      }
    };
    const failures: string[] = [];
    let loads = 0;
    const reader = async () => {
      while (folded < FOLDS) {
        const loaded = await loadSnapshot(dir, key, readAll);
        loads++;
        if (loaded.status !== 'restored') {
          failures.push(loaded.status === 'corrupt' ? loaded.reason : loaded.status);
          continue;
        }
        const { records, journal } = loaded.payload;
        const n = records[0]!.n;
        // Whole: 4 parts of 50 records, all of one generation; its journal empty (not begun yet) or its own changes, in order.
        if (records.length !== 200 || records.some((record) => record.n !== n)) failures.push(`generation ${n} read mixed or short`);
        if (!journal.every((record, at) => JSON.stringify(record) === JSON.stringify({ n, change: at + 1 }))) failures.push(`generation ${n}'s journal read ${JSON.stringify(journal)}`);
      }
    };
    await Promise.all([writer(), reader(), reader()]);
    expect(failures).toEqual([]);
    expect(loads).toBeGreaterThan(2);
    expect((await readdir(dir)).filter((name) => name.startsWith('snapshot-'))).toHaveLength(1);
  }, 60_000);
});

const generations = async () => (await readdir(dir)).filter((name) => name.startsWith('snapshot-')).sort();
const only = async () => {
  const names = await generations();
  expect(names).toHaveLength(1);
  return names[0]!;
};

/** Holds `generation` from a process of its own that is then killed, without letting go. */
async function holdFromProcessThatEnds(generation: string): Promise<void> {
  const module = new URL('../../src/persist/generation-holds.ts', import.meta.url).href;
  const code = `const { holdGeneration } = await import(${JSON.stringify(module)}); await holdGeneration(${JSON.stringify(dir)}, ${JSON.stringify(generation)}); process.kill(process.pid, 'SIGKILL');`;
  await new Promise<void>((resolve, reject) => execFile(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], (error) => (error && error.signal !== 'SIGKILL' ? reject(error) : resolve())));
}

describe('holds on a generation', () => {
  it('keep it through a save while held, and not once let go or left by a process that ended', async () => {
    await saveSnapshot(dir, key, parts(1));
    const first = await only();
    const release = await holdGeneration(dir, first);
    await saveSnapshot(dir, key, parts(2));
    expect(await generations()).toHaveLength(2);
    await release();
    await saveSnapshot(dir, key, parts(3));
    const third = await only();

    await holdFromProcessThatEnds(third);
    expect((await readdir(dir)).some((name) => name.startsWith('hold.'))).toBe(true);
    await saveSnapshot(dir, key, parts(4));
    await only();
    expect((await readdir(dir)).some((name) => name.startsWith('hold.'))).toBe(false);
  }, 60_000);
});
