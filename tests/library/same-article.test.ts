/**
 * One article in two seed files (B5: a page saved as .html and its text copy; a copy of an article since
 * edited): /sources lists it once, at the build and as files come, change and go while the library runs.
 */
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { openLibrary, type Library } from '../../src/library.js';
import { eventually } from '../support/eventually.js';
import { libraryCloser } from '../support/library-closer.js';
import { recordingLogger } from '../support/recording-logger.js';
import { SAME_STORY, savedPage, textCopy } from '../support/same-article-pages.js';

const libraries = libraryCloser();
let dir: string;
let seedsDir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hemeroteca-same-'));
  seedsDir = path.join(dir, 'seeds');
  await mkdir(seedsDir);
});
afterEach(async () => {
  // A watching library may still be saving its snapshot: it is closed before its folder is removed.
  await libraries.closeAll();
  await rm(dir, { recursive: true, force: true });
});

async function open(watch: boolean) {
  const { log, logged } = recordingLogger();
  const library = libraries.track(await openLibrary(readConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: path.join(dir, 'index'), TRANSLATOR: 'none' }), log, { watch }));
  const warned = (file: string) => logged.filter(({ level, fields }) => level === 'warn' && fields['file'] === file).map(({ message }) => message);
  return { library, warned };
}

const ids = (library: Library) => library.sources().map(({ id }) => id);
const write = (name: string, content: string) => writeFile(path.join(seedsDir, name), content);

describe('one article in two seed files', () => {
  it('indexes the saved page once beside its text copy at a build, and logs which file was kept', async () => {
    await write('mercado.html', savedPage());
    await write('mercado-copia.txt', textCopy());
    const { library, warned } = await open(false);
    expect(ids(library)).toEqual(['mercado']);
    expect(library.sources()[0]).toMatchObject({ author: 'Ana Ruiz', outlet: 'Diario del Sur', date: '2024-05-02' });
    expect(warned('mercado-copia.txt')).toEqual(['skipped: same article as mercado.html, which is kept (it declares more of author, date and outlet)']);
  });

  it.each([false, true])('keeps the original of identical copies at a build from scratch, the file whose name the copies extend, whichever is older (watching: %s)', async (watch) => {
    const copies = ['nota-copia.txt', 'nota - copia.txt', 'nota (1).txt'];
    for (const [at, name] of [...copies, 'nota.txt'].entries()) {
      await write(name, textCopy());
      // The copies are older: the choice is by name, not by the files' times.
      await utimes(path.join(seedsDir, name), 1_700_000_000 + at, 1_700_000_000 + at);
    }
    const { library, warned } = await open(watch);
    expect(ids(library)).toEqual(['nota']);
    for (const copy of copies) expect(warned(copy), copy).toEqual(['skipped: same file as nota.txt']);
  });

  it('while running, lets a saved page added later replace its text copy, and brings the copy back when the page goes', async () => {
    await write('mercado-copia.txt', textCopy());
    const { library, warned } = await open(true);
    expect(ids(library)).toEqual(['mercado-copia']);
    await write('mercado.html', savedPage());
    await eventually(() => ids(library).join() === 'mercado', 'the page in place of its copy');
    await eventually(() => warned('mercado-copia.txt').some((message) => message.startsWith('skipped: same article as mercado.html')), 'the copy logged as left out');
    // A later copy of what is held is left out.
    await write('mercado-otra-copia.txt', textCopy());
    await eventually(() => warned('mercado-otra-copia.txt').length > 0, 'the second copy logged as left out');
    expect(ids(library)).toEqual(['mercado']);
    await rm(path.join(seedsDir, 'mercado.html'));
    await eventually(() => ids(library).length === 1 && ids(library)[0] !== 'mercado', 'a copy back once the page is gone');
  });

  it.each([
    ['orig.txt', 'copia.txt'],
    ['nota.txt', 'nota-copia.txt'],
  ])('while running, keeps the edited original %s over %s, a copy of its earlier text, when neither declares more', async (original, copy) => {
    await write(original, textCopy());
    await write(copy, textCopy());
    const { library, warned } = await open(true);
    const id = (file: string) => file.replace('.txt', '');
    expect(ids(library)).toHaveLength(1);
    // One of the two was skipped as the same bytes; the original is then edited: one number changes.
    const edited = textCopy(SAME_STORY.map((text) => text.replace('ocho meses', 'nueve meses')));
    await write(original, edited);
    const later = new Date(Date.now() + 60_000);
    await utimes(path.join(seedsDir, original), later, later);
    // The original may hold the id already (it is read first): the edit is what is waited for.
    await eventually(() => ids(library).join() === id(original) && library.article(id(original))?.text.includes('nueve meses') === true, 'the edited original alone');
    await eventually(() => warned(copy).some((message) => message.startsWith(`skipped: same article as ${original}, which is kept (a newer file)`)), 'the copy logged as left out');
  });

  it('keeps a corrected version, a newer file with a figure changed in its headline and text, over the original that declares more, with its credit', async () => {
    const title = (fare: string) => `El billete de autobús sube a ${fare} euros desde enero`;
    const story = (fare: string) => [
      `El billete sencillo de autobús pasará de 1,20 a ${fare} euros a partir del 1 de enero, según aprobó este martes el consejo de la empresa municipal de transportes.`,
      ...SAME_STORY,
    ];
    const page = `<!doctype html><html lang="es"><head><title>${title('1,40')}</title><meta property="og:site_name" content="Diario del Sur"><meta name="author" content="Ana Ruiz">` +
      `<meta property="article:published_time" content="2024-05-02T09:00:00+02:00"></head><body><article><h1>${title('1,40')}</h1>${story('1,40').map((text) => `<p>${text}</p>`).join('')}</article></body></html>`;
    await write('billete.html', page);
    await write('billete-corregido.txt', [title('1,35'), ...story('1,35')].join('\n\n'));
    await utimes(path.join(seedsDir, 'billete.html'), 1_700_000_000, 1_700_000_000);
    await utimes(path.join(seedsDir, 'billete-corregido.txt'), 1_700_000_100, 1_700_000_100);
    const { library, warned } = await open(false);
    expect(ids(library)).toEqual(['billete-corregido']);
    expect(library.article('billete-corregido')?.text).toContain('de 1,20 a 1,35 euros');
    // The correction was saved without its byline: the original's credit is the same story's.
    expect(library.sources()[0]).toMatchObject({ author: 'Ana Ruiz', outlet: 'Diario del Sur', date: '2024-05-02' });
    expect(warned('billete.html')).toEqual(['skipped: an earlier version of billete-corregido.txt, which is kept (a newer file, figures changed: 1,40 → 1,35)']);
    // While running, a correction saved later takes the place of the version held.
    await write('billete-corregido-2.txt', [title('1,30'), ...story('1,30')].join('\n\n'));
    const running = await open(true);
    await write('billete-corregido-3.txt', [title('1,25'), ...story('1,25')].join('\n\n'));
    await utimes(path.join(seedsDir, 'billete-corregido-3.txt'), new Date(Date.now() + 60_000), new Date(Date.now() + 60_000));
    await eventually(() => ids(running.library).join() === 'billete-corregido-3', 'the later correction alone');
    expect(running.library.article('billete-corregido-3')?.text).toContain('de 1,20 a 1,25 euros');
  });
});
