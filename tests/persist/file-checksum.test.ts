import { closeSync, openSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checksumOf, checksumWorker, FileEndedEarly } from '../../src/persist/file-checksum.js';

let dir: string;
const opened: number[] = [];
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hemeroteca-checksum-'));
});
afterEach(async () => {
  for (const fd of opened.splice(0)) closeSync(fd);
  await rm(dir, { recursive: true, force: true });
});

/** A file of `bytes` (a pattern no chunk repeats), opened for reading: its descriptor and its bytes. */
async function openedFile(name: string, bytes: number): Promise<{ fd: number; content: Buffer }> {
  const content = Buffer.alloc(bytes);
  for (let at = 0; at < bytes; at++) content[at] = (at * 2_654_435_761) >>> 24;
  const file = path.join(dir, name);
  await writeFile(file, content);
  const fd = openSync(file, 'r');
  opened.push(fd);
  return { fd, content };
}

describe('checksums on a worker thread', () => {
  it('gives zlib\'s CRC-32 of each file asked for, files of several read chunks asked at once and an empty one among them', async () => {
    const files = await Promise.all([openedFile('articles.bin', (5 << 19) + 7), openedFile('index.bin', 3 << 20), openedFile('empty.bin', 0), openedFile('small.bin', 11)]);
    const worker = checksumWorker();
    try {
      const sums = await Promise.all(files.map(({ fd, content }) => worker.checksum(fd, content.length)));
      expect(sums).toEqual(files.map(({ content }) => zlib.crc32(content)));
      // The first bytes of a file only, when fewer are asked for.
      expect(await worker.checksum(files[0]!.fd, 1000)).toBe(zlib.crc32(files[0]!.content.subarray(0, 1000)));
    } finally {
      worker.close();
    }
  });

  it('rejects with FileEndedEarly for a file shorter than asked, as this thread\'s checksum does', async () => {
    const { fd, content } = await openedFile('cut.bin', (1 << 20) + 5);
    const worker = checksumWorker();
    try {
      await expect(worker.checksum(fd, content.length + 1)).rejects.toBeInstanceOf(FileEndedEarly);
      await expect(checksumOf(fd, content.length + 1)).rejects.toBeInstanceOf(FileEndedEarly);
      // The worker goes on with the next file.
      expect(await worker.checksum(fd, content.length)).toBe(zlib.crc32(content));
    } finally {
      worker.close();
    }
  });

  it('takes on this thread the checksums it had not given when closed, and any asked for after', async () => {
    const files = await Promise.all([openedFile('a.bin', 2 << 20), openedFile('b.bin', (1 << 20) + 1)]);
    const worker = checksumWorker();
    const pending = files.map(({ fd, content }) => worker.checksum(fd, content.length));
    worker.close();
    const later = worker.checksum(files[1]!.fd, files[1]!.content.length);
    expect(await Promise.all([...pending, later])).toEqual([...files, files[1]!].map(({ content }) => zlib.crc32(content)));
  });
});
