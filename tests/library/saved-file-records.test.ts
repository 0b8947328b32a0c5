import { mkdir, mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { openLibrary } from '../../src/library.js';
import { recordingLogger } from '../support/recording-logger.js';

// The snapshot's `files` part: what a restart compares with the seeds folder to re-read only the files that changed.
const HARBOUR = 'El puerto de Valdemora abrió ayer su nueva terminal de contenedores.\n\nLa obra costó 40 millones de euros y duró tres años, según la autoridad portuaria.\n';
const FERRY = '# Nuevo ferry a Tabarca\n\nUn ferry eléctrico unirá Tabarca con la costa desde el lunes, con seis viajes diarios en verano.\n';

let dir: string;
let seedsDir: string;
let indexDir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hemeroteca-file-records-'));
  seedsDir = path.join(dir, 'seeds');
  indexDir = path.join(dir, 'index');
  await mkdir(seedsDir);
  await writeFile(path.join(seedsDir, 'puerto.txt'), HARBOUR);
  // The same text with other bytes under another name: skipped as the same article, and read again if the first goes.
  await writeFile(path.join(seedsDir, 'puerto-copia.txt'), `${HARBOUR}\n\n`);
  await writeFile(path.join(seedsDir, 'ferry.md'), FERRY);
  // An empty file gives no article.
  await writeFile(path.join(seedsDir, 'vacia.txt'), '');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function open() {
  const { log, logged } = recordingLogger();
  const library = await openLibrary(readConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: indexDir, TRANSLATOR: 'none' }), log);
  const restored = logged.find(({ message }) => message === 'restored index from snapshot');
  return { library, changedFiles: restored?.fields['changedFiles'] };
}

async function filesPart(): Promise<{ file: string; lines: unknown[] }> {
  const generation = (await readdir(indexDir)).find((name) => name.startsWith('snapshot-'))!;
  const file = path.join(indexDir, generation, 'files.jsonl');
  const lines = (await readFile(file, 'utf8')).split('\n').filter(Boolean).map((line) => JSON.parse(line) as unknown);
  return { file, lines };
}

/** The files part rewritten as `records`, one a line, with a manifest that vouches for the new bytes. */
async function rewriteFilesPart(records: unknown[]): Promise<void> {
  const { file } = await filesPart();
  const bytes = Buffer.from(records.map((record) => `${JSON.stringify(record)}\n`).join(''), 'utf8');
  await writeFile(file, bytes);
  const manifestFile = path.join(indexDir, 'hemeroteca-snapshot.json');
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as { parts: Record<string, { records: { bytes: number; crc32: number; count: number } }> };
  manifest.parts['files']!.records = { ...manifest.parts['files']!.records, bytes: bytes.length, crc32: zlib.crc32(bytes), count: records.length };
  await writeFile(manifestFile, JSON.stringify(manifest));
}

const sourceIds = (library: Awaited<ReturnType<typeof open>>['library']) => library.sources().map(({ id }) => id).sort();

describe('the seed files a snapshot knows', () => {
  it('are saved as columns and restored as they were: nothing re-read at a restart, a copy read once its original goes', async () => {
    const built = await open();
    expect(sourceIds(built.library)).toEqual(['ferry', 'puerto']);
    const { lines } = await filesPart();
    // One record for the four files, each field a column.
    expect(lines).toEqual([expect.objectContaining({ file: ['ferry.md', 'puerto.txt', 'puerto-copia.txt', 'vacia.txt'], sameAs: [[2, 'puerto.txt']] })]);
    const restored = await open();
    expect(restored.library.status.origin).toBe('snapshot');
    expect(restored.changedFiles).toBe(0);
    expect(sourceIds(restored.library)).toEqual(['ferry', 'puerto']);
    await unlink(path.join(seedsDir, 'puerto.txt'));
    const after = await open();
    expect(after.changedFiles).toBe(1);
    expect(sourceIds(after.library)).toEqual(['ferry', 'puerto-copia']);
  });

  it('are restored from a snapshot of one record per file (an index saved before the columns)', async () => {
    await open();
    const [block] = (await filesPart()).lines as [{ file: string[]; size: number[]; mtimeMs: number[]; hash: (string | null)[]; articleId: (string | null)[]; sameAs: [number, string][] }];
    const sameAs = new Map(block.sameAs);
    await rewriteFilesPart(block.file.map((file, n) => ({ file, size: block.size[n], mtimeMs: block.mtimeMs[n], hash: block.hash[n], articleId: block.articleId[n], ...(sameAs.has(n) && { sameAs: sameAs.get(n) }) })));
    const restored = await open();
    expect(restored.library.status.origin).toBe('snapshot');
    expect(restored.changedFiles).toBe(0);
    expect(sourceIds(restored.library)).toEqual(['ferry', 'puerto']);
    await unlink(path.join(seedsDir, 'puerto.txt'));
    const after = await open();
    expect(sourceIds(after.library)).toEqual(['ferry', 'puerto-copia']);
  });
});
