/**
 * The parallel build (worker threads) gives exactly what the single-threaded build gives: the same
 * articles, passages, statements, actors and warnings, in the same order, on a folder holding every
 * kind of file a build meets (text, HTML, Markdown, duplicates by bytes, by id, by cleaned text and one article in two formats,
 * empty and binary files).
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLibraryData, type LibraryData } from '../../src/live/archive.js';
import { SEEDS_DIR } from '../support/seed-library.js';
import { referenceBuild } from '../support/reference-build.js';
import { savedPage, textCopy } from '../support/same-article-pages.js';

const ARTICLES = new URL('../fixtures/quotes/articles/', import.meta.url);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hemeroteca-parallel-'));
  await cp(SEEDS_DIR, dir, { recursive: true });
  for (const name of await readdir(ARTICLES)) {
    const text = await readFile(new URL(name, ARTICLES), 'utf8');
    const [header = '', ...body] = text.split('\n\n');
    const title = /^title:\s*(.*)$/m.exec(header)?.[1] ?? name;
    const paragraphs = body.filter((paragraph) => paragraph.trim());
    const stem = name.replace(/\.txt$/, '');
    await writeFile(path.join(dir, `${stem}.txt`), text);
    await writeFile(path.join(dir, `${stem}-page.html`), `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('')}</article></body></html>`);
    await writeFile(path.join(dir, `${stem}-notes.md`), `---\ntitle: ${title}\n---\n\n# ${title}\n\n${paragraphs.slice().reverse().join('\n\n')}\n`);
  }
  const first = (await readdir(ARTICLES))[0]!;
  const text = await readFile(new URL(first, ARTICLES), 'utf8');
  await writeFile(path.join(dir, 'same-bytes.txt'), text);
  await writeFile(path.join(dir, `${first.replace(/\.txt$/, '')}.md`), `# Otra cosa\n\nUn texto distinto con el mismo nombre de archivo, que no se indexa.\n`);
  await writeFile(path.join(dir, 'same-text-crlf.txt'), text.replace(/\n/g, '\r\n'));
  // The same article saved as a page that names its author: it is kept, and the text file it repeats is not.
  await writeFile(path.join(dir, 'same-article.html'), savedPage());
  await writeFile(path.join(dir, 'same-article-copy.txt'), textCopy());
  await writeFile(path.join(dir, 'empty.txt'), '');
  await writeFile(path.join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 255, 0, 0, 7, 8, 0]));
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The data as plain values: a built library keeps its article text compactly, read through getters (corpus/compact.ts). */
function comparable({ articles, passages, analyses, quotes, warnings }: LibraryData | Awaited<ReturnType<typeof referenceBuild>>): unknown {
  return JSON.parse(JSON.stringify({ articles, passages, analyses, quotes, warnings }));
}

describe('the parallel build', () => {
  it('gives the single-threaded build, item for item and in order, on two worker threads', async () => {
    const expected = await referenceBuild(dir);
    expect(expected.articles.length).toBeGreaterThan(20);
    expect(expected.quotes.statements.length).toBeGreaterThan(50);
    // (same-bytes.txt, which declares a date, is kept over the first story's page, which has its text and declares none.)
    expect(expected.warnings.map((warning) => warning.file).sort()).toEqual(expect.arrayContaining(['binary.txt', 'empty.txt', 'same-article-copy.txt', 'same-text-crlf.txt']));

    const inline = await buildLibraryData(dir, { threads: 1 });
    const parallel = await buildLibraryData(dir, { threads: 2, minFilesPerThread: 1 });
    expect(inline.threads).toBe(1);
    expect(parallel.threads).toBe(2);
    expect(comparable(inline.data)).toEqual(comparable(expected));
    expect(comparable(parallel.data)).toEqual(comparable(expected));
    expect(parallel.data.files).toEqual(inline.data.files);
    // Passages still read as slices of their article's text after crossing threads.
    const texts = new Map(parallel.data.articles.map((article) => [article.id, article.text]));
    for (const passage of parallel.data.passages) expect(passage.text).toBe(texts.get(passage.articleId)!.slice(passage.start, passage.end));
  }, 120_000);

  it('uses one thread per enough files: a small folder is built on the calling thread', async () => {
    const built = await buildLibraryData(dir, { threads: 8 });
    expect(built.threads).toBe(1);
  });
});
