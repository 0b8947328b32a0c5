import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSnapshot, saveSnapshot, snapshotKey, StoredArray, StoredBytes, type SnapshotReader } from '../../src/persist/snapshot.js';
import { POSTINGS_ON_DISK } from '../../src/persist/library-snapshot.js';
import type { Passage } from '../../src/corpus/types.js';
import { createPassageIndex, restorePassageIndex } from '../../src/search/store.js';
import { newsPassages } from './news-fixture.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hemeroteca-snapshot-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const key = snapshotKey({ fileHashes: ['a.txt:111', 'b.txt:222'], settings: { format: 1 } });

/** Reads every record of the named parts. */
const readParts = (...parts: string[]) => async (reader: SnapshotReader) => {
  const result: Record<string, unknown[]> = {};
  for (const part of parts) {
    result[part] = [];
    for await (const record of reader.records(part)) result[part].push(record);
  }
  return result;
};

/** The part files of the one snapshot in `dir`. */
async function partFiles(): Promise<string[]> {
  const generations = (await readdir(dir)).filter((name) => name.startsWith('snapshot-'));
  expect(generations).toHaveLength(1);
  const folder = path.join(dir, generations[0]!);
  return (await readdir(folder)).map((name) => path.join(folder, name));
}

const partFile = async (suffix: string) => (await partFiles()).find((file) => file.endsWith(suffix))!;

describe('snapshot key', () => {
  it('ignores file order but changes with content and settings', () => {
    expect(snapshotKey({ fileHashes: ['b.txt:222', 'a.txt:111'], settings: { format: 1 } })).toBe(key);
    expect(snapshotKey({ fileHashes: ['a.txt:111', 'b.txt:223'], settings: { format: 1 } })).not.toBe(key);
    expect(snapshotKey({ fileHashes: ['a.txt:111', 'b.txt:222'], settings: { format: 2 } })).not.toBe(key);
  });
});

describe('saving and loading snapshots', () => {
  it('reports a missing snapshot', async () => {
    expect(await loadSnapshot(dir, key, readParts())).toEqual({ status: 'missing' });
  });

  it('gives back every record in order, typed arrays included', async () => {
    const numbers = new Uint32Array([1, 2, 3, 4_000_000_000]);
    const halves = new Uint16Array([7, 65535]);
    const records = [{ text: 'Moscú “dijo”\nuna línea', numbers }, { nested: { halves, floats: new Float32Array([0.5, -2]) } }, 'plain', 42];
    await saveSnapshot(dir, key, { records, empty: [] });
    const loaded = await loadSnapshot(dir, key, readParts('records', 'empty'));
    expect(loaded).toEqual({ status: 'restored', payload: { records, empty: [] } });
    if (loaded.status !== 'restored') return;
    expect((loaded.payload['records']![0] as { numbers: unknown }).numbers).toBeInstanceOf(Uint32Array);
  });

  it('streams records longer than a read chunk, and many records', async () => {
    const long = 'ñ'.repeat(3_000_000);
    const many = Array.from({ length: 20_000 }, (_, i) => ({ i }));
    await saveSnapshot(dir, key, { long: [long], many });
    expect(await loadSnapshot(dir, key, readParts('long', 'many'))).toEqual({ status: 'restored', payload: { long: [long], many } });
  });

  it('checks and counts a deferred part at load, and parses it when asked, even after a later save removed its folder', async () => {
    const statements = [{ text: '«No hemos terminado», dijo Lagarde.', numbers: new Uint32Array([7, 8]) }, 'plain', { long: 'ñ'.repeat(3_000_000) }];
    await saveSnapshot(dir, key, { statements, empty: [] });
    const loaded = await loadSnapshot(dir, key, async (reader) => ({ statements: await reader.deferred('statements'), empty: await reader.deferred('empty') }));
    expect(loaded.status).toBe('restored');
    if (loaded.status !== 'restored') return;
    expect(loaded.payload.statements.count).toBe(3);
    expect(loaded.payload.empty.count).toBe(0);
    // The next snapshot removes the folder the deferred part was checked in.
    await saveSnapshot(dir, key, { statements: ['newer'], empty: [] });
    expect(await partFiles()).toHaveLength(2);
    expect(loaded.payload.statements.parse()).toEqual(statements);
    expect(loaded.payload.statements.parse()).toBe(loaded.payload.statements.parse());
    expect(loaded.payload.empty.parse()).toEqual([]);
  });

  it('leaves a part\'s byte arrays in its file when asked, reads them from there, and checks that file whole at load', async () => {
    const text = new Uint8Array(Buffer.from('«No hemos terminado», dijo Lagarde 🚀. '.repeat(50_000), 'utf8'));
    const spans = new Uint32Array([0, 11, 11, 4_000_000_000]);
    await saveSnapshot(dir, key, { articles: [{ text, spans }], other: [{ bytes: new Uint8Array([1, 2, 3]) }] });
    const loaded = await loadSnapshot(dir, key, readParts('articles', 'other'), { bytesOnDisk: ['articles'] });
    expect(loaded.status).toBe('restored');
    if (loaded.status !== 'restored') return;
    const [article] = loaded.payload['articles'] as [{ text: StoredBytes; spans: Uint32Array }];
    // Not an array of the process's: a reference into the file, read when wanted; other typed arrays and other parts as before.
    expect(article.text).toBeInstanceOf(StoredBytes);
    expect(article.text.byteLength).toBe(text.length);
    expect(article.spans).toEqual(spans);
    expect(article.spans).toBeInstanceOf(Uint32Array);
    expect((loaded.payload['other']![0] as { bytes: unknown }).bytes).toEqual(new Uint8Array([1, 2, 3]));
    // The next snapshot removes the folder the bytes are in; they are read all the same.
    await saveSnapshot(dir, key, { articles: ['newer'], other: [] });
    expect(article.text.read().equals(text)).toBe(true);
    expect(article.text.subarray(2, 20).read().toString('utf8')).toBe('No hemos terminado');

    await saveSnapshot(dir, key, { articles: [{ text, spans }] });
    const arrays = await partFile('.bin');
    const bytes = await readFile(arrays);
    bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 1;
    await writeFile(arrays, bytes);
    expect(await loadSnapshot(dir, key, readParts('articles'), { bytesOnDisk: ['articles'] })).toEqual({ status: 'corrupt', reason: expect.stringMatching(/checksum/) as string });
  });

  /** Over a read chunk (1 MiB) of each kind, so that the check reads more than one: a field's postings and offsets. */
  const postingsRecord = () => {
    const documents = Uint32Array.from({ length: 400_000 }, (_, n) => n * 3 + 1);
    const counts = Uint16Array.from({ length: 400_000 }, (_, n) => (n % 7) + 1);
    const offsets = new Uint32Array([0, 5, 400_000]);
    return { documents, counts, offsets, record: { fields: { text: { offsets, documents, counts } } } };
  };
  /** Whether two arrays hold the same numbers of the same type (toEqual takes seconds over 400,000 of them). */
  const sameNumbers = (read: ArrayLike<number>, expected: Uint32Array | Uint16Array) => read.constructor === expected.constructor && read.length === expected.length && expected.every((value, at) => read[at] === value);
  const loadPostingsOnDisk = () => loadSnapshot(dir, key, readParts('index'), { arraysOnDisk: { index: ['documents', 'counts'] } });

  it('leaves the arrays under the keys asked for in their file and reads any range of them, or all, from there', async () => {
    const { documents, counts, offsets, record } = postingsRecord();
    await saveSnapshot(dir, key, { index: [record] });
    const loaded = await loadPostingsOnDisk();
    if (loaded.status !== 'restored') throw new Error(`not restored: ${loaded.status}`);
    const [{ fields }] = loaded.payload['index'] as [{ fields: { text: { offsets: Uint32Array; documents: StoredArray; counts: StoredArray } } }];
    // Arrays under other keys are the process's own, as before.
    expect(fields.text.offsets).toEqual(offsets);
    expect(fields.text.documents).toBeInstanceOf(StoredArray);
    expect(fields.text.documents.length).toBe(documents.length);
    expect(fields.text.documents.read(5, 12)).toEqual(documents.subarray(5, 12));
    expect(fields.text.counts.read(399_990, 500_000)).toEqual(counts.subarray(399_990));
    expect(sameNumbers(fields.text.documents.read(0, documents.length), documents)).toBe(true);
    // Or all of them, read in the background.
    expect(sameNumbers(await fields.text.documents.readAll(), documents)).toBe(true);
    // Read all the same after the next save removed their folder.
    await saveSnapshot(dir, key, { index: [] });
    expect(fields.text.counts.read(0, 3)).toEqual(new Uint16Array([1, 2, 3]));
    expect(sameNumbers(await fields.text.counts.readAll(), counts)).toBe(true);
  });

  it('checks an array file whose arrays stay in it whole at load: a byte changed past the first read chunk, or the last, is named', async () => {
    for (const at of [(1 << 20) + 3, -2]) {
      await saveSnapshot(dir, key, { index: [postingsRecord().record] });
      const file = await partFile('index.bin');
      const bytes = await readFile(file);
      const position = at < 0 ? bytes.length + at : at;
      bytes[position] = bytes[position]! ^ 1;
      await writeFile(file, bytes);
      expect(await loadPostingsOnDisk(), `changed at ${position}`).toEqual({ status: 'corrupt', reason: expect.stringMatching(/index\.bin is altered \(checksum/) as string });
    }
  });

  it('checks files longer than one read chunk to their last byte: a byte changed past the first chunk, or in the last, is caught in every kind of part', async () => {
    // About 1.3 MB of each: read a chunk (1 MiB) at a time, the second a partial one.
    const numbers = Uint32Array.from({ length: 330_000 }, (_, n) => (n * 2_654_435_761) >>> 0);
    const text = new Uint8Array(Buffer.from('Las cifras del puerto, dijo la capitana, no cuadran. '.repeat(25_000), 'utf8'));
    const statements = Array.from({ length: 20_000 }, (_, n) => ({ speaker: `Oradora ${n}`, text: `Dijo la cifra ${n * 7} en el muelle.` }));
    const parts = () => ({ index: [{ numbers }], articles: [{ text }], statements });
    const load = () => loadSnapshot(dir, key, async (reader) => {
      const [index] = (await readParts('index', 'articles')(reader))['index'] as [{ numbers: Uint32Array }];
      return { index, statements: (await reader.deferred('statements')).parse() };
    }, { bytesOnDisk: ['articles'] });
    await saveSnapshot(dir, key, parts());
    const whole = await load();
    if (whole.status !== 'restored') throw new Error(`not restored: ${whole.status}`);
    expect(whole.payload.index.numbers).toEqual(numbers);
    expect(whole.payload.statements).toEqual(statements);
    for (const suffix of ['index.bin', 'articles.bin', 'statements.jsonl']) {
      for (const at of [(1 << 20) + 3, -2]) {
        await saveSnapshot(dir, key, parts());
        const file = await partFile(suffix);
        const bytes = await readFile(file);
        expect(bytes.length).toBeGreaterThan((1 << 20) + 100);
        const position = at < 0 ? bytes.length + at : at;
        // A digit or letter swapped for another keeps a JSON line readable: only the checksum can tell.
        bytes[position] = bytes[position]! ^ 1;
        await writeFile(file, bytes);
        expect(await load(), `${suffix} changed at ${position} of ${bytes.length}`).toEqual({ status: 'corrupt', reason: expect.stringMatching(/checksum/) as string });
      }
    }
  }, 120_000);

  it('checks array files on a worker thread from the size asked for: the same restore, and a damaged or shortened one, read whole or left in its file, still named', async () => {
    const numbers = Uint32Array.from({ length: 330_000 }, (_, n) => (n * 2_654_435_761) >>> 0);
    const text = new Uint8Array(Buffer.from('El alcalde dijo que el puente abre en mayo. '.repeat(30_000), 'utf8'));
    const parts = () => ({ index: [{ numbers }], articles: [{ text }] });
    const load = () => loadSnapshot(dir, key, readParts('index', 'articles'), { bytesOnDisk: ['articles'], checkOffThreadFrom: 1 << 20 });
    await saveSnapshot(dir, key, parts());
    const whole = await load();
    if (whole.status !== 'restored') throw new Error(`not restored: ${whole.status}`);
    const [index] = whole.payload['index'] as [{ numbers: Uint32Array }];
    const [articles] = whole.payload['articles'] as [{ text: StoredBytes }];
    expect(index.numbers).toEqual(numbers);
    expect(new Uint8Array(articles.text.read())).toEqual(text);
    for (const suffix of ['index.bin', 'articles.bin']) {
      for (const at of [(1 << 20) + 3, -2]) {
        await saveSnapshot(dir, key, parts());
        const file = await partFile(suffix);
        const bytes = await readFile(file);
        const position = at < 0 ? bytes.length + at : at;
        bytes[position] = bytes[position]! ^ 1;
        await writeFile(file, bytes);
        expect(await load(), `${suffix} changed at ${position}`).toEqual({ status: 'corrupt', reason: `snapshot file ${suffix} is altered (checksum mismatch)` });
      }
      await saveSnapshot(dir, key, parts());
      await truncate(await partFile(suffix), 1 << 20);
      expect(await load()).toEqual({ status: 'corrupt', reason: expect.stringMatching(new RegExp(`${suffix.replace('.', '\\.')} is truncated`)) as string });
    }
  }, 120_000);

  it('reads a part while its array file is still being checked, and names the damaged array file when its damage made the reader fail first', async () => {
    // Ends stored as numbers in the array file: a bit flipped in one makes them out of order, which this reader refuses.
    const ends = Uint32Array.from({ length: 300_000 }, (_, n) => n * 4);
    const reading = (checkOrder: boolean) => async (reader: SnapshotReader) => {
      const [{ ends: read }] = (await readParts('articles')(reader))['articles'] as [{ ends: Uint32Array }];
      if (checkOrder) for (let n = 1; n < read.length; n++) if (read[n]! < read[n - 1]!) throw new Error('the ends are out of order');
      return read;
    };
    for (const bytesOnDisk of [[], ['articles']]) {
      await saveSnapshot(dir, key, { articles: [{ ends }] });
      const whole = await loadSnapshot(dir, key, reading(true), { bytesOnDisk });
      expect(whole.status === 'restored' && whole.payload).toEqual(ends);
      const arrays = await partFile('.bin');
      const bytes = await readFile(arrays);
      bytes[403] = bytes[403]! ^ 0x40;
      await writeFile(arrays, bytes);
      expect(await loadSnapshot(dir, key, reading(true), { bytesOnDisk })).toEqual({ status: 'corrupt', reason: expect.stringMatching(/articles\.bin is altered \(checksum/) as string });
      expect(await loadSnapshot(dir, key, reading(false), { bytesOnDisk })).toEqual({ status: 'corrupt', reason: expect.stringMatching(/articles\.bin is altered \(checksum/) as string });
    }
  });

  it('counts a deferred part of a snapshot saved before its manifest kept the count', async () => {
    await saveSnapshot(dir, key, { statements: ['uno', 'dos', { tres: 3 }] });
    const manifestFile = path.join(dir, 'hemeroteca-snapshot.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as { parts: Record<string, { records: { count?: number } }> };
    expect(manifest.parts['statements']!.records.count).toBe(3);
    delete manifest.parts['statements']!.records.count;
    await writeFile(manifestFile, JSON.stringify(manifest));
    const loaded = await loadSnapshot(dir, key, (reader) => reader.deferred('statements'));
    if (loaded.status !== 'restored') throw new Error(`not restored: ${loaded.status}`);
    expect(loaded.payload.count).toBe(3);
    expect(loaded.payload.parse()).toEqual(['uno', 'dos', { tres: 3 }]);
  });

  it('refuses to parse a deferred part changed in place after it was checked', async () => {
    await saveSnapshot(dir, key, { statements: ['uno', 'dos'] });
    const loaded = await loadSnapshot(dir, key, (reader) => reader.deferred('statements'));
    if (loaded.status !== 'restored') throw new Error(`not restored: ${loaded.status}`);
    const file = await partFile('statements.jsonl');
    await writeFile(file, (await readFile(file, 'utf8')).replace('uno', 'UNO'));
    expect(() => loaded.payload.parse()).toThrow(/changed in place/);
  });

  it('reports a deferred part that is altered or ends mid-record as corrupt at load', async () => {
    await saveSnapshot(dir, key, { statements: ['uno', 'dos'] });
    const file = await partFile('statements.jsonl');
    await writeFile(file, (await readFile(file, 'utf8')).replace('uno', 'UNO'));
    expect(await loadSnapshot(dir, key, (reader) => reader.deferred('statements'))).toMatchObject({ status: 'corrupt', reason: expect.stringMatching(/altered/) });
    await saveSnapshot(dir, key, { statements: ['uno', 'dos'] });
    await truncate(await partFile('statements.jsonl'), 3);
    expect((await loadSnapshot(dir, key, (reader) => reader.deferred('statements'))).status).toBe('corrupt');
  });

  it('restores an index that answers exactly as the original', async () => {
    const index = await createPassageIndex(newsPassages);
    await saveSnapshot(dir, key, { index: [await index.toSnapshot()] });
    const loaded = await loadSnapshot(dir, key, async (reader) => {
      for await (const record of reader.records('index')) return restorePassageIndex(record, newsPassages);
      throw new Error('no index record');
    });
    expect(loaded.status).toBe('restored');
    if (loaded.status !== 'restored') return;
    for (const [question, language] of [['¿Cuándo visitará Putin Vietnam?', 'es'], ['satellites Putin', 'en']] as const) {
      expect(await loaded.payload.search(question, { limit: 5, language })).toEqual(await index.search(question, { limit: 5, language }));
    }
  });

  it('restores an index whose postings stay in the snapshot\'s file that answers, updates and saves exactly as the original', async () => {
    const questions = [['¿Cuándo visitará Putin Vietnam?', 'es'], ['satélites de Kourou', 'es'], ['satellites Putin', 'en'], ['elecciones municipales', 'es']] as const;
    const answersOf = async (index: Awaited<ReturnType<typeof createPassageIndex>>) => Promise.all(questions.map(([question, language]) => index.search(question, { limit: 5, language })));
    const restore = async (passages: Passage[]) => {
      const loaded = await loadSnapshot(dir, key, async (reader) => {
        for await (const record of reader.records('index')) return restorePassageIndex(record, passages);
        throw new Error('no index record');
      }, { arraysOnDisk: POSTINGS_ON_DISK });
      if (loaded.status !== 'restored') throw new Error(`not restored: ${loaded.status}`);
      return loaded.payload;
    };
    const original = await createPassageIndex(newsPassages);
    await saveSnapshot(dir, key, { index: [await original.toSnapshot()] });
    const restored = await restore(newsPassages);
    expect(await answersOf(restored)).toEqual(await answersOf(original));
    // Asked again, from the lists read the first time.
    expect(await answersOf(restored)).toEqual(await answersOf(original));

    // A live update changes some lists in place; a save then writes every list, read whole from the file.
    const change = { remove: newsPassages.filter((passage) => passage.articleId === 'satelites').map((passage) => passage.id), add: [{ ...newsPassages[0]!, id: 'nuevo#0', articleId: 'nuevo', text: 'Un nuevo satélite de observación despegó de Kourou con datos del clima.' }] };
    await original.update(change);
    await restored.update(change);
    expect(await answersOf(restored)).toEqual(await answersOf(original));
    const passages = [...newsPassages.filter((passage) => passage.articleId !== 'satelites'), ...change.add];
    await saveSnapshot(dir, key, { index: [await restored.toSnapshot(passages)] });
    expect(await answersOf(await restore(passages))).toEqual(await answersOf(original));
  });

  it('reads the postings left in the file whole in the background: questions asked meanwhile, after, and an update in between get the original\'s answers', async () => {
    const questions = [['¿Qué satélites despegaron de Kourou?', 'es'], ['Putin visit Hanoi', 'en'], ['¿Quién ganó las elecciones municipales?', 'es']] as const;
    const answersOf = async (index: Awaited<ReturnType<typeof createPassageIndex>>) => Promise.all(questions.map(([question, language]) => index.search(question, { limit: 5, language })));
    const original = await createPassageIndex(newsPassages);
    await saveSnapshot(dir, key, { index: [await original.toSnapshot()] });
    const loaded = await loadSnapshot(dir, key, async (reader) => {
      for await (const record of reader.records('index')) return restorePassageIndex(record, newsPassages);
      throw new Error('no index record');
    }, { arraysOnDisk: POSTINGS_ON_DISK });
    if (loaded.status !== 'restored') throw new Error(`not restored: ${loaded.status}`);
    const restored = loaded.payload;
    const reading = restored.readStoredPostings();
    // Asked while the lists are read: from the file, term by term.
    const meanwhile = answersOf(restored);
    await reading;
    expect(await meanwhile).toEqual(await answersOf(original));
    expect(await answersOf(restored)).toEqual(await answersOf(original));
    // Nothing left in the file: a second reading changes nothing.
    await restored.readStoredPostings();

    // An update begun before the reading ends: its lists moved out, the rest swapped in under them.
    const again = await loadSnapshot(dir, key, async (reader) => {
      for await (const record of reader.records('index')) return restorePassageIndex(record, newsPassages);
      throw new Error('no index record');
    }, { arraysOnDisk: POSTINGS_ON_DISK });
    if (again.status !== 'restored') throw new Error(`not restored: ${again.status}`);
    const change = { remove: newsPassages.filter((passage) => passage.articleId === 'satelites').map((passage) => passage.id), add: [{ ...newsPassages[0]!, id: 'otro#0', articleId: 'otro', text: 'El cohete con dos satélites europeos despegó de Kourou al amanecer.' }] };
    const read = again.payload.readStoredPostings();
    await Promise.all([again.payload.update(change), original.update(change)]);
    await read;
    expect(await answersOf(again.payload)).toEqual(await answersOf(original));
  });

  it('reports a snapshot saved under another key as stale', async () => {
    await saveSnapshot(dir, key, { n: [1] });
    expect(await loadSnapshot(dir, snapshotKey({ fileHashes: ['a.txt:999'], settings: { format: 1 } }), readParts('n'))).toEqual({ status: 'stale' });
  });

  it('reports a truncated record file or array file as corrupt', async () => {
    for (const suffix of ['.jsonl', '.bin']) {
      await saveSnapshot(dir, key, { index: [{ passages: newsPassages, numbers: new Uint32Array(1000) }] });
      const file = await partFile(suffix);
      await truncate(file, Math.floor((await readFile(file)).length * 0.7));
      const loaded = await loadSnapshot(dir, key, readParts('index'));
      expect(loaded.status).toBe('corrupt');
      if (loaded.status === 'corrupt') expect(loaded.reason).toMatch(/truncated/);
    }
  });

  it('reports an altered record file or array file as corrupt, even one the reader never asked for', async () => {
    await saveSnapshot(dir, key, { passages: newsPassages, numbers: [new Uint32Array([5, 6, 7])] });
    // Same length, so only the checksum can tell.
    const lines = await partFile('passages.jsonl');
    await writeFile(lines, (await readFile(lines, 'utf8')).replace('Putin', 'Putim'));
    const altered = await loadSnapshot(dir, key, readParts('passages'));
    expect(altered).toEqual({ status: 'corrupt', reason: expect.stringMatching(/checksum/) as string });

    await saveSnapshot(dir, key, { passages: newsPassages, numbers: [new Uint32Array([5, 6, 7])] });
    const arrays = await partFile('.bin');
    const bytes = await readFile(arrays);
    bytes[0] = bytes[0]! ^ 1;
    await writeFile(arrays, bytes);
    // The reader only asks for the passages; the altered numbers are checked all the same.
    expect((await loadSnapshot(dir, key, readParts('passages'))).status).toBe('corrupt');
  });

  it('reports a garbage manifest, or a manifest without its part files, as corrupt without throwing', async () => {
    await saveSnapshot(dir, key, { n: [1] });
    for (const file of await partFiles()) await rm(file);
    expect((await loadSnapshot(dir, key, readParts('n'))).status).toBe('corrupt');
    await writeFile(path.join(dir, 'hemeroteca-snapshot.json'), Buffer.from([0, 159, 146, 150, 10, 1, 2]));
    expect((await loadSnapshot(dir, key, readParts('n'))).status).toBe('corrupt');
  });

  it('reports a manifest naming a part file outside its folder as corrupt, without opening that file', async () => {
    await saveSnapshot(dir, key, { n: [1] });
    const outside = path.join(dir, 'outside.jsonl');
    await writeFile(outside, '1\n');
    const manifestFile = path.join(dir, 'hemeroteca-snapshot.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as { parts: { n: { records: { file: string } } } };
    for (const file of ['../outside.jsonl', outside, '..']) {
      manifest.parts.n.records.file = file;
      await writeFile(manifestFile, JSON.stringify(manifest));
      expect((await loadSnapshot(dir, key, readParts('n'))).status).toBe('corrupt');
    }
  });

  it('reports a reader that fails or asks for an unknown part as corrupt, without throwing', async () => {
    await saveSnapshot(dir, key, { n: [1] });
    const failing = await loadSnapshot(dir, key, async () => {
      throw new Error('not what I expected');
    });
    expect(failing).toEqual({ status: 'corrupt', reason: expect.stringContaining('not what I expected') as string });
    expect((await loadSnapshot(dir, key, readParts('other'))).status).toBe('corrupt');
  });

  it('replaces an older snapshot and leaves only the newest on disk', async () => {
    await writeFile(path.join(dir, 'index-snapshot.json'), 'a format-1 snapshot');
    await saveSnapshot(dir, key, { n: [1] });
    await saveSnapshot(dir, key, { n: [2] });
    expect(await loadSnapshot(dir, key, readParts('n'))).toEqual({ status: 'restored', payload: { n: [2] } });
    const names = await readdir(dir);
    expect(names.filter((name) => name.startsWith('snapshot-'))).toHaveLength(1);
    expect(names).not.toContain('index-snapshot.json');
  });

  it('keeps the previous snapshot when a save fails half way, and leaves nothing behind', async () => {
    await saveSnapshot(dir, key, { n: [1] });
    const before = (await readdir(dir)).sort();
    function* failing() {
      yield 2;
      throw new Error('disk full');
    }
    await expect(saveSnapshot(dir, key, { n: failing() })).rejects.toThrow('disk full');
    expect((await readdir(dir)).sort()).toEqual(before);
    expect(await loadSnapshot(dir, key, readParts('n'))).toEqual({ status: 'restored', payload: { n: [1] } });
  });
});
