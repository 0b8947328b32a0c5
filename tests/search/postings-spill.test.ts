/**
 * A new index's pending postings set aside in a scratch file until they are folded in (search/postings.ts, a build's
 * memory): the field folds to exactly the postings it holds without one, whether the file takes every full chunk, fails
 * part way (the rest held in memory) or the fold is followed by more documents; the file is closed once they are folded.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentFrequency, emptyField, hasTerm, insertDocument, removeDocument, saveField, type Field, type PairSpill } from '../../src/search/postings.js';
import { scratchFile } from '../../src/persist/scratch-file.js';
import { createRandom } from '../support/random.js';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'hemeroteca-postings-spill-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A scratch file that records its writes and closing, and fails every write after `writesBeforeFailing`. */
function recordedSpill(writesBeforeFailing = Infinity) {
  const file = scratchFile(folder, '.test-postings-');
  const record = { written: 0, reads: 0, closed: false };
  const spill: PairSpill = {
    write(bytes, position) {
      if (record.written >= writesBeforeFailing) throw new Error('ENOSPC: no space left on device');
      file.write(bytes, position);
      record.written++;
    },
    read(target, position) {
      record.reads++;
      file.read(target, position);
    },
    close() {
      record.closed = true;
      file.close();
    },
  };
  return { spill, record };
}

const DOCUMENTS = 16_000;

/** DOCUMENTS documents of 1 to 30 terms drawn from a long tail of 5,000 (one count of 70, past the packed pairs' 63): about 250,000 pairs, four chunks. */
function fill(field: Field, seed: number): void {
  const random = createRandom(seed);
  for (let id = 0; id < DOCUMENTS; id++) {
    const tokens = Array.from({ length: 1 + random.int(30) }, () => `t${random.longTail(5_000)}`);
    if (id === 7) tokens.push(...Array.from({ length: 70 }, () => 'repeated'));
    insertDocument(field, id, tokens, id + 1);
  }
}

/** The two fields' saved forms are the same (their arrays compared as bytes: an element-wise comparison takes minutes under load). */
function expectSameSaved(field: Field, reference: Field): void {
  const [a, b] = [saveField(field), saveField(reference)];
  const bytes = (array: ArrayBufferView) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  for (const key of ['lengths', 'offsets', 'documents', 'counts'] as const) expect(bytes(a[key]).equals(bytes(b[key])), key).toBe(true);
  expect(a.counts.constructor).toBe(b.counts.constructor);
  expect(a.averageLength).toBe(b.averageLength);
  expect(a.terms).toEqual(b.terms);
}

describe('pending postings in a scratch file', () => {
  it('folds to the same postings as in memory, reading each spilled chunk back once per pass, and closes the file', async () => {
    const inMemory = emptyField();
    fill(inMemory, 5);
    const { spill, record } = recordedSpill();
    const spilled = emptyField(spill);
    fill(spilled, 5);
    // Every full chunk went to the file; nothing is left in the folder.
    expect(record.written).toBeGreaterThanOrEqual(3);
    expect(await readdir(folder)).toEqual([]);
    expectSameSaved(spilled, inMemory);
    expect(record.reads).toBeLessThanOrEqual(3 * record.written);
    expect(record.closed).toBe(true);
    expect(documentFrequency(spilled, 'repeated')).toBe(1);
    expect(hasTerm(spilled, 7, 'repeated')).toBe(true);
  }, 120_000);

  it('keeps the chunks it could not write in memory, and a removal folds them as it would in memory', () => {
    const inMemory = emptyField();
    fill(inMemory, 9);
    const { spill, record } = recordedSpill(2);
    const spilled = emptyField(spill);
    fill(spilled, 9);
    expect(record.written).toBe(2);
    // A removal folds the pending documents first (a build whose later file replaced an article).
    expect(removeDocument(spilled, 11, DOCUMENTS)).toBe(true);
    expect(removeDocument(inMemory, 11, DOCUMENTS)).toBe(true);
    expectSameSaved(spilled, inMemory);
    expect(record.closed).toBe(true);
  }, 120_000);

  it('holds the documents inserted after the first fold in memory, the file closed', () => {
    const { spill, record } = recordedSpill();
    const spilled = emptyField(spill);
    const inMemory = emptyField();
    for (const field of [spilled, inMemory]) {
      fill(field, 3);
      saveField(field);
      insertDocument(field, DOCUMENTS, ['t1', 'new'], DOCUMENTS + 1);
    }
    const writes = record.written;
    expectSameSaved(spilled, inMemory);
    expect(record.written).toBe(writes);
    expect(hasTerm(spilled, DOCUMENTS, 'new')).toBe(true);
  }, 120_000);
});
