import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSnapshot, saveSnapshot, snapshotKey } from '../../src/search/snapshot.js';
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
const onlyFile = async () => path.join(dir, (await readdir(dir))[0]!);

describe('snapshot key', () => {
  it('ignores file order but changes with content and settings', () => {
    expect(snapshotKey({ fileHashes: ['b.txt:222', 'a.txt:111'], settings: { format: 1 } })).toBe(key);
    expect(snapshotKey({ fileHashes: ['a.txt:111', 'b.txt:223'], settings: { format: 1 } })).not.toBe(key);
    expect(snapshotKey({ fileHashes: ['a.txt:111', 'b.txt:222'], settings: { format: 2 } })).not.toBe(key);
  });
});

describe('saving and loading snapshots', () => {
  it('reports a missing snapshot', async () => {
    expect(await loadSnapshot(dir, key)).toEqual({ status: 'missing' });
  });

  it('restores an index that answers exactly as the original', async () => {
    const index = await createPassageIndex(newsPassages);
    await saveSnapshot(dir, key, { passages: newsPassages, index: await index.toSnapshot() });
    const loaded = await loadSnapshot<{ passages: typeof newsPassages; index: unknown }>(dir, key);
    expect(loaded.status).toBe('restored');
    if (loaded.status !== 'restored') return;
    const restored = await restorePassageIndex(loaded.payload.index, loaded.payload.passages);
    const question = '¿Cuándo visitará Putin Vietnam?';
    expect(await restored.search(question, { limit: 5, language: 'es' })).toEqual(await index.search(question, { limit: 5, language: 'es' }));
    expect(await readdir(dir)).toHaveLength(1);
  });

  it('reports a snapshot saved under another key as stale', async () => {
    await saveSnapshot(dir, key, { n: 1 });
    expect(await loadSnapshot(dir, snapshotKey({ fileHashes: ['a.txt:999'], settings: { format: 1 } }))).toEqual({ status: 'stale' });
  });

  it('reports a truncated snapshot as corrupt', async () => {
    await saveSnapshot(dir, key, { passages: newsPassages });
    const file = await onlyFile();
    const content = await readFile(file, 'utf8');
    await writeFile(file, content.slice(0, Math.floor(content.length * 0.7)));
    const loaded = await loadSnapshot(dir, key);
    expect(loaded.status).toBe('corrupt');
  });

  it('reports an altered snapshot as corrupt', async () => {
    await saveSnapshot(dir, key, { passages: newsPassages });
    const file = await onlyFile();
    await writeFile(file, (await readFile(file, 'utf8')).replace('Putin', 'Pútin'));
    expect((await loadSnapshot(dir, key)).status).toBe('corrupt');
  });

  it('reports garbage as corrupt without throwing', async () => {
    await saveSnapshot(dir, key, { n: 1 });
    await writeFile(await onlyFile(), Buffer.from([0, 159, 146, 150, 10, 1, 2]));
    expect((await loadSnapshot(dir, key)).status).toBe('corrupt');
  });

  it('replaces an older snapshot', async () => {
    await saveSnapshot(dir, key, { n: 1 });
    await saveSnapshot(dir, key, { n: 2 });
    expect(await loadSnapshot(dir, key)).toEqual({ status: 'restored', payload: { n: 2 } });
  });
});
