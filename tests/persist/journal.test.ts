/**
 * The snapshot's append-only journal: records come back in order after a reopen; a record cut short
 * (a crash mid-append) or damaged is left out with everything after it, and the first append cuts the
 * file back so that later records are read again; a process that only reads never changes it.
 */
import { appendFile, mkdtemp, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOURNAL_FILE, openJournal } from '../../src/persist/journal.js';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'hemeroteca-journal-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const asIs = (record: unknown) => record;
const reopen = () => openJournal<unknown, unknown>(folder, asIs);
const file = () => path.join(folder, JOURNAL_FILE);

describe('the snapshot journal', () => {
  it('gives back the records appended, in order, and none when there is no journal yet', async () => {
    const { journal, records } = await reopen();
    expect(records).toEqual([]);
    await journal.append({ n: 1, text: 'El consejo aprobó «la reforma»\nen julio' });
    await journal.append({ n: 2, text: 'ñandú' });
    expect(journal.bytes).toBe((await stat(file())).size);
    expect((await reopen()).records).toEqual([{ n: 1, text: 'El consejo aprobó «la reforma»\nen julio' }, { n: 2, text: 'ñandú' }]);
  });

  it('leaves out a record cut short, cuts the file back to the whole ones, and reads later records again', async () => {
    const { journal } = await reopen();
    await journal.append({ n: 1 });
    await journal.append({ n: 2, text: 'x'.repeat(100) });
    await truncate(file(), (await stat(file())).size - 20);
    const opened = await reopen();
    expect(opened.records).toEqual([{ n: 1 }]);
    expect(opened.cutBytes).toBeGreaterThan(0);
    await opened.journal.append({ n: 3 });
    expect((await reopen()).records).toEqual([{ n: 1 }, { n: 3 }]);
  });

  it('leaves out a damaged record and everything after it, and a record the reader refuses', async () => {
    const { journal } = await reopen();
    for (const n of [1, 2, 3]) await journal.append({ n });
    const lines = (await readFile(file(), 'utf8')).split('\n');
    await writeFile(file(), [lines[0], lines[1]!.replace('2', '7'), lines[2], ''].join('\n'));
    expect((await reopen()).records).toEqual([{ n: 1 }]);

    await appendFile(file(), 'not a record at all\n');
    const refusing = await openJournal<unknown, unknown>(folder, (record) => {
      if ((record as { n: number }).n === 1) throw new Error('not one of ours');
      return record;
    });
    expect(refusing.records).toEqual([]);
    await refusing.journal.append({ n: 4 });
    expect((await reopen()).records).toEqual([{ n: 4 }]);
  });

  it('is left as it is by a process that only reads it, while another is appending a record', async () => {
    const { journal } = await reopen();
    await journal.append({ n: 1 });
    await journal.append({ n: 2 });
    // The record {n: 2} half written, as a reader can see it while it is appended.
    const whole = await readFile(file());
    const half = whole.length - 6;
    await truncate(file(), half);
    const reading = await reopen();
    expect(reading.records).toEqual([{ n: 1 }]);
    expect((await stat(file())).size).toBe(half);
    await appendFile(file(), whole.subarray(half));
    expect((await reopen()).records).toEqual([{ n: 1 }, { n: 2 }]);
  });
});
