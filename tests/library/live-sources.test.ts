/**
 * /sources of a running library, once shown, follows the seeds folder as a fresh start would list it:
 * newest first, undated last, articles of one date in seed order, with each article's passage count.
 * (An article changed while running moves after the others of its date, as it is read after them:
 * these files' names keep seed order and reading order alike.) A reply made while an update is under way
 * shows one version of the library: an article being removed is listed with its passages, or not at all.
 */
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { openLibrary, type Library } from '../../src/library.js';
import { recordingLogger } from '../support/recording-logger.js';
import { copySeedFolder } from '../support/seed-folder.js';
import { atSomeTurn, eventually, FIRST_UPDATE_MS } from '../support/eventually.js';
import { libraryCloser } from '../support/library-closer.js';

let dir: string;
let seedsDir: string;
let indexDir: string;
beforeEach(async () => {
  ({ dir, seedsDir, indexDir } = await copySeedFolder('hemeroteca-live-sources-'));
});
const libraries = libraryCloser();
afterEach(async () => {
  await libraries.closeAll();
  await rm(dir, { recursive: true, force: true });
});

/** A news page published on `date` (none: undated); `n` makes its names and numbers its own, `paragraphs` its length. */
function page(n: number, date: string | null, paragraphs = 2): string {
  const body = Array.from({ length: paragraphs }, (_, p) => `<p>El puerto de Arenal-${n} recibió ${n * 10 + p} barcos durante la semana ${p + 1}, según la autoridad portuaria de Arenal-${n}, que espera más tráfico el próximo mes.</p>`);
  return `<!doctype html><html lang="es"><head><title>Puerto de Arenal-${n}</title>${date ? `<meta property="article:published_time" content="${date}">` : ''}</head><body><article><h1>Puerto de Arenal-${n}</h1>${body.join('')}</article></body></html>`;
}

const rows = (library: Library) => library.sources().map(({ id, date, passages }) => `${id} ${date ?? '-'} ${passages}`);

/** /sources as a new start lists the folder now. */
async function fresh(): Promise<string[]> {
  const { log } = recordingLogger();
  return rows(await openLibrary(readConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: path.join(dir, `fresh-${Date.now()}`) }), log));
}

describe('/sources of a running library', () => {
  it('lists added, changed and removed articles in the order and with the counts a fresh start gives', async () => {
    for (const [name, date] of [['a', '2024-03-01'], ['b', '2024-03-05'], ['c', null]] as const) await writeFile(path.join(seedsDir, `${name}.html`), page(name.charCodeAt(0), date));
    const { log } = recordingLogger();
    const library = libraries.track(await openLibrary(readConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: indexDir }), log, { watch: true }));
    const before = library.sources().length;

    // Same date as one already listed (after it), newer than all, undated (last), and one changed to a date of its own and another length.
    await writeFile(path.join(seedsDir, 'd.html'), page(100, '2024-03-05'));
    await writeFile(path.join(seedsDir, 'e.html'), page(101, '2025-01-01'));
    await writeFile(path.join(seedsDir, 'f.html'), page(102, null));
    await writeFile(path.join(seedsDir, 'a.html'), page(103, '2024-02-01', 6));
    await eventually(() => library.sources().length === before + 3 && library.article('a')?.text.includes('Arenal-103') === true, 'the new and changed articles in /sources', FIRST_UPDATE_MS);
    expect(rows(library)).toEqual(await fresh());
    const a = library.sources().find(({ id }) => id === 'a')!;
    expect(a.passages).toBe(library.article('a')!.passages.length);

    await rm(path.join(seedsDir, 'b.html'));
    await writeFile(path.join(seedsDir, 'g.html'), page(104, '2024-02-01'));
    await eventually(() => !library.sources().some(({ id }) => id === 'b') && library.sources().some(({ id }) => id === 'g'), 'the removal and the addition in /sources');
    expect(rows(library)).toEqual(await fresh());
  }, 120_000);

  it('lists an article whose removal is under way with the passages it has, never with 0', async () => {
    // Over a thousand passages: the index removes them a thousand at a time, with a turn of the event loop between.
    const paragraphs = Array.from({ length: 2400 }, (_, n) => `La boya ${n} del faro de Arenal midió olas de ${n % 9} metros el día ${n}.`);
    await writeFile(path.join(seedsDir, 'boyas.txt'), `Boyas de Arenal\n\n${paragraphs.join('\n\n')}\n`);
    const { log } = recordingLogger();
    const library = libraries.track(await openLibrary(readConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: indexDir }), log, { watch: true }));
    const passages = library.article('boyas')!.passages.length;
    expect(passages).toBeGreaterThan(1000);
    const indexed = library.status.passages;

    await rm(path.join(seedsDir, 'boyas.txt'));
    // The index has dropped some of its passages; the list is made now, for the first time in this version.
    await atSomeTurn(() => library.status.passages < indexed, 'the removal under way in the index', FIRST_UPDATE_MS);
    const listed = library.sources().find(({ id }) => id === 'boyas');
    expect(listed?.passages).toBe(library.article('boyas')?.passages.length);
    if (listed) expect(listed.passages).toBe(passages);
    await eventually(() => library.article('boyas') === undefined, 'the removal applied');
  }, 120_000);
});
