import { appendFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { openLibrary, type Library } from '../../src/library.js';
import { recordingLogger } from '../support/recording-logger.js';
import { copySeedFolder } from '../support/seed-folder.js';

let dir: string;
let seedsDir: string;
let indexDir: string;
beforeEach(async () => {
  ({ dir, seedsDir, indexDir } = await copySeedFolder('hemeroteca-saved-book-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function open(index = indexDir) {
  const { log, logged } = recordingLogger();
  const library = await openLibrary(readConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: index, TRANSLATOR: 'none' }), log);
  return { library, logged };
}

const NOT_USED = 'the snapshot\'s quote book cannot be used; it is made again when first wanted';

/** What a user can ask of the quote book: the most quoted speakers by name, surname and a typo of it, and what they said by /ask. */
async function quoteAnswers(library: Library): Promise<unknown[]> {
  const names = library.actors().slice(0, 6).map(({ name }) => name);
  const surnames = names.map((name) => name.split(' ').at(-1)!);
  const typos = surnames.filter((surname) => surname.length > 5).map((surname) => surname.slice(0, -2) + surname.at(-1));
  const answers: unknown[] = [];
  // Asked first, as a restart's first question would be: the book is made for it.
  answers.push(await library.ask(`¿Qué dijo ${surnames[0]} sobre el acuerdo?`));
  for (const query of [...names, ...surnames, ...typos, 'el presidente', 'portavoz']) answers.push(library.quote(query));
  answers.push(library.actors(), library.suggestActors(surnames[0]!.slice(0, 3), 25));
  for (const { id } of library.sources()) answers.push(library.statements(id));
  return answers;
}

async function generationFolder(): Promise<string> {
  const generation = (await readdir(indexDir)).find((name) => name.startsWith('snapshot-'))!;
  return path.join(indexDir, generation);
}

describe('the quote book saved with the snapshot', () => {
  it('is restored at a restart, which answers /quote, /ask about what someone said and statements as the built library', async () => {
    const built = await open();
    const expected = await quoteAnswers(built.library);
    expect(await readdir(await generationFolder())).toContain('book.jsonl');
    const restored = await open();
    expect(restored.library.status.origin).toBe('snapshot');
    expect(await quoteAnswers(restored.library)).toEqual(expected);
    expect(restored.logged.map(({ message }) => message)).not.toContain(NOT_USED);
  });

  it('when damaged, is made again with a note, and the rest of the snapshot is still restored', async () => {
    const built = await open();
    const expected = await quoteAnswers(built.library);
    await appendFile(path.join(await generationFolder(), 'book.jsonl'), '{}\n');
    const restored = await open();
    expect(restored.library.status.origin).toBe('snapshot');
    expect(restored.logged).toContainEqual(expect.objectContaining({ level: 'warn', message: NOT_USED }));
    expect(await quoteAnswers(restored.library)).toEqual(expected);
  });

  /** The book part's records changed by `alter`, with a manifest that vouches for the new bytes. */
  async function alterBookRecords(alter: (text: string) => string): Promise<void> {
    const file = path.join(await generationFolder(), 'book.jsonl');
    const altered = alter(await readFile(file, 'utf8'));
    await writeFile(file, altered);
    const manifestFile = path.join(indexDir, 'hemeroteca-snapshot.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as { parts: Record<string, { records: { bytes: number; crc32: number } }> };
    const bytes = Buffer.from(altered, 'utf8');
    manifest.parts['book']!.records = { ...manifest.parts['book']!.records, bytes: bytes.length, crc32: zlib.crc32(bytes) };
    await writeFile(manifestFile, JSON.stringify(manifest));
  }

  it('when whole but made for other quote data, is made again with a note', async () => {
    const built = await open();
    const expected = await quoteAnswers(built.library);
    // A book whose tables count one actor more than the snapshot holds.
    await alterBookRecords((text) => text.replace(/"actors":(\d+)/, (_, count: string) => `"actors":${Number(count) + 1}`));
    const restored = await open();
    expect(restored.library.status.origin).toBe('snapshot');
    expect(await quoteAnswers(restored.library)).toEqual(expected);
    expect(restored.logged).toContainEqual(expect.objectContaining({ level: 'warn', message: NOT_USED, fields: { reason: 'the saved quote book was made for other quote data' } }));
  });

  it('when of an older layout (a snapshot saved before its shelves were), is made again with a note naming that, and nothing else is lost', async () => {
    const built = await open();
    const expected = await quoteAnswers(built.library);
    const sources = built.library.sources();
    // Stop 55's book began with the same tables without a layout number.
    await alterBookRecords((text) => text.replace(/"layout":\d+,/, ''));
    const restored = await open();
    expect(restored.library.status.origin).toBe('snapshot');
    expect(restored.library.sources()).toEqual(sources);
    expect(await quoteAnswers(restored.library)).toEqual(expected);
    expect(restored.logged.filter(({ message }) => message === NOT_USED)).toEqual([expect.objectContaining({ level: 'warn', fields: { reason: 'the saved quote book is of an older layout' } })]);
  });

  it('follows the seeds folder: after files changed and were saved, a restart answers as a library built from the folder as it is now', async () => {
    await open();
    const seeds = (await readdir(seedsDir)).sort();
    await appendFile(path.join(seedsDir, seeds[0]!), '\nEl Kremlin confirmó además que Putin visitará Hanói con veinte ministros.\n');
    await rm(path.join(seedsDir, seeds[1]!));
    // This start applies the change and saves the snapshot again, book included; the next one restores that book.
    await open();
    const restored = await open();
    const fresh = await open(path.join(dir, 'fresh-index'));
    expect(restored.logged.map(({ message }) => message).filter((message) => message.startsWith('seed file '))).toEqual([]);
    expect(await quoteAnswers(restored.library)).toEqual(await quoteAnswers(fresh.library));
  });
});
