/**
 * A library opened with `watch: true` follows the seeds folder while it runs: files added, changed,
 * renamed and removed show in /sources, /ask and /quote within seconds, each change is logged, and
 * the state is saved so that the next start has nothing to re-read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { appendFile, mkdir, rename, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { openLibrary, type Library } from '../../src/library.js';
import { recordingLogger } from '../support/recording-logger.js';
import { copySeedFolder } from '../support/seed-folder.js';
import { eventually, FIRST_UPDATE_MS, LIVE_TEST_MS } from '../support/eventually.js';
import { DEBOUNCE_MS, STABLE_MS } from '../../src/live/watch.js';
import { libraryCloser } from '../support/library-closer.js';

let dir: string;
let seedsDir: string;
let indexDir: string;
beforeEach(async () => {
  ({ dir, seedsDir, indexDir } = await copySeedFolder('hemeroteca-live-'));
});
const libraries = libraryCloser();
afterEach(async () => {
  await libraries.closeAll();
  await rm(dir, { recursive: true, force: true });
});

async function openWatching(options: { lookAtOnce?: boolean } = {}) {
  const { log, logged } = recordingLogger();
  const library = libraries.track(await openLibrary(readConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: indexDir }), log, { watch: true, ...options }));
  return { library, logged };
}

/** A short news article; `n` makes its names, numbers and wording its own. */
function article(n: number, topic = 'volcanes'): string {
  return [
    `La sonda Juno-${n} fotografió ${topic} en la luna Ío-${n}`,
    `La agencia espacial confirmó el martes que la sonda Juno-${n} tomó ${n + 40} imágenes de los ${topic} de Ío-${n} durante su paso número ${n + 7}.`,
    `«Vamos a estudiar cada uno de los ${topic} de Ío-${n} con calma», dijo la científica Ana Torres${n}, responsable de la misión.`,
    `Las imágenes llegarán a la Tierra en ${n + 3} semanas, según el centro de control de la misión.`,
  ].join('\n\n');
}

const actors = (library: Library) => library.actors().map(({ name }) => name);
const ids = (library: Library) => library.sources().map(({ id }) => id);
const citedArticles = async (library: Library, question: string) => (await library.ask(question)).citations.map(({ articleId }) => articleId);

describe('a running library follows its seeds folder', { timeout: LIVE_TEST_MS }, () => {
  it('applies an added, changed, renamed and deleted file, logs each, and saves the result', async () => {
    const { library, logged } = await openWatching();
    const before = library.status;
    const file = path.join(seedsDir, 'juno.txt');

    await writeFile(file, article(1));
    await eventually(() => ids(library).includes('juno'), 'the added file in /sources', FIRST_UPDATE_MS);
    expect(await citedArticles(library, '¿Cuántas imágenes tomó la sonda Juno-1 de Ío-1?')).toContain('juno');
    expect(library.quote('Ana Torres1').statements.map(({ articleId }) => articleId)).toContain('juno');
    expect(actors(library)).toContain('Ana Torres1');
    expect(library.status.articles).toBe(before.articles + 1);

    await writeFile(file, article(2, 'géiseres'));
    await eventually(() => library.article('juno')?.text.includes('géiseres') === true, 'the changed text in the article');
    expect(await citedArticles(library, '¿Cuántas imágenes tomó la sonda Juno-2 de los géiseres de Ío-2?')).toContain('juno');
    expect(actors(library)).toContain('Ana Torres2');
    expect(actors(library)).not.toContain('Ana Torres1');
    expect(library.status.articles).toBe(before.articles + 1);

    await rename(file, path.join(seedsDir, 'juno-renombrado.txt'));
    await eventually(() => ids(library).includes('juno-renombrado') && !ids(library).includes('juno'), 'the renamed file under its new id only');

    await rm(path.join(seedsDir, 'juno-renombrado.txt'));
    await eventually(() => !ids(library).includes('juno-renombrado'), 'the deleted file gone from /sources');
    expect(library.status).toEqual(before);
    expect(await citedArticles(library, '¿Qué fotografió la sonda Juno-2 en Ío-2? géiseres')).not.toContain('juno-renombrado');
    expect(actors(library).filter((name) => name.startsWith('Ana Torres'))).toEqual([]);

    const changes = logged.filter(({ message }) => message.startsWith('seed file ')).map(({ message, fields }) => `${message} ${String(fields['file'])}`);
    expect(changes).toEqual(['seed file added juno.txt', 'seed file changed juno.txt', 'seed file removed juno.txt', 'seed file added juno-renombrado.txt', 'seed file removed juno-renombrado.txt']);

    // The state was saved: a new start restores it and re-reads nothing.
    await eventually(async () => {
      const { log, logged: reopened } = recordingLogger();
      const restarted = await openLibrary(readConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: indexDir }), log);
      return restarted.status.origin === 'snapshot' && !reopened.some(({ message }) => message.startsWith('seed file '));
    }, 'a saved snapshot with nothing left to re-read');
  });

  it('applies files added, changed and removed while it was stopped, a moment after a watching restart', async () => {
    const open = () => openLibrary(readConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: indexDir }), recordingLogger().log);
    await writeFile(path.join(seedsDir, 'juno.txt'), article(1));
    await writeFile(path.join(seedsDir, 'io.txt'), article(2));
    await open();
    // While the bot is stopped:
    await writeFile(path.join(seedsDir, 'juno.txt'), article(3, 'géiseres'));
    await rm(path.join(seedsDir, 'io.txt'));
    await writeFile(path.join(seedsDir, 'europa.txt'), article(4));
    const { library, logged } = await openWatching();
    expect(library.status.origin).toBe('snapshot');
    await eventually(() => library.article('juno')?.text.includes('géiseres') === true && ids(library).includes('europa') && !ids(library).includes('io'), 'the changes made while stopped', FIRST_UPDATE_MS);
    expect(await citedArticles(library, '¿Cuántas imágenes tomó la sonda Juno-4 de Ío-4?')).toContain('europa');
    await eventually(() => logged.some(({ message }) => message === 'journaled the seed changes'), 'the changes saved');
  });

  it('follows folders: a file written into a folder made while running, and the folder removed', async () => {
    const { library } = await openWatching();
    const folder = path.join(seedsDir, 'nuevas', '2026');
    await mkdir(folder, { recursive: true });
    // Written after the folder appears, as a copy job does: a watcher on the parent alone would not see it.
    await new Promise((resolve) => setTimeout(resolve, 400));
    await writeFile(path.join(folder, 'juno.txt'), article(4));
    await eventually(() => ids(library).includes('nuevas/2026/juno'), 'the file in the new folder in /sources', FIRST_UPDATE_MS);
    await writeFile(path.join(folder, 'juno.txt'), article(5, 'géiseres'));
    await eventually(() => library.article('nuevas/2026/juno')?.text.includes('Juno-5') === true, 'the change to the file in the new folder');
    await rm(path.join(seedsDir, 'nuevas'), { recursive: true });
    await eventually(() => !ids(library).includes('nuevas/2026/juno'), 'the removed folder\'s file gone from /sources');
  });

  it('follows the seeds folder itself replaced by another, or removed and made again, keeping its articles while it is gone', async () => {
    const { library, logged } = await openWatching();
    const before = ids(library);
    // Swapped for a new folder in one rename, as a deployment or sync tool replaces it.
    const incoming = path.join(dir, 'incoming');
    await mkdir(incoming);
    await writeFile(path.join(incoming, 'juno.txt'), article(6));
    await rename(seedsDir, path.join(dir, 'old-seeds'));
    await rename(incoming, seedsDir);
    await eventually(() => ids(library).join() === 'juno', 'only the new folder\'s article in /sources', FIRST_UPDATE_MS);
    await writeFile(path.join(seedsDir, 'juno-2.txt'), article(7, 'géiseres'));
    await eventually(() => ids(library).includes('juno-2'), 'a file added to the new folder in /sources');
    // Removed, then made again with a file in it.
    // Gone (an unmounted volume looks the same): the archive is not emptied, and the log says why.
    await rm(seedsDir, { recursive: true });
    await eventually(() => logged.some(({ message }) => message.startsWith('the seeds folder is gone')), 'a warning that the folder is gone');
    // Something that must not happen: checked after the scans of the next two polls (every 2 s) had their chance.
    await new Promise((resolve) => setTimeout(resolve, 4500));
    expect(ids(library)).toEqual(['juno', 'juno-2']);
    await rename(path.join(dir, 'old-seeds'), seedsDir);
    await eventually(() => ids(library).join() === before.join(), 'the articles of the folder made again');
  });

  it('never cites, from its first answer on, an article whose file was deleted while it was stopped (a retraction)', async () => {
    await writeFile(path.join(seedsDir, 'juno.txt'), article(1));
    await writeFile(path.join(seedsDir, 'io.txt'), article(2));
    await openLibrary(readConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: indexDir }), recordingLogger().log);
    await rm(path.join(seedsDir, 'io.txt'));
    const { library } = await openWatching();
    // Asked at once, as piped console input or a first interaction is: no waiting for the watcher's first scan.
    expect(ids(library)).toContain('juno');
    expect(ids(library)).not.toContain('io');
    expect(await citedArticles(library, '¿Cuántas imágenes tomó la sonda Juno-2 de Ío-2?')).not.toContain('io');
    expect(library.quote('Ana Torres2').statements.map(({ articleId }) => articleId)).not.toContain('io');
  });

  it('never cites an article whose file was deleted while it was stopped when its first look starts beside the load (piped console input), whose listing the check reads', async () => {
    await mkdir(path.join(seedsDir, 'sondas'));
    await writeFile(path.join(seedsDir, 'juno.txt'), article(1));
    await writeFile(path.join(seedsDir, 'sondas', 'io.txt'), article(2));
    await writeFile(path.join(seedsDir, 'europa.txt'), article(3));
    await openLibrary(readConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: indexDir }), recordingLogger().log);
    await rm(path.join(seedsDir, 'sondas', 'io.txt'));
    await rm(path.join(seedsDir, 'europa.txt'));
    const { library } = await openWatching({ lookAtOnce: true });
    // Asked before the catch-up, as the watcher holds a removal back for one look (a rename's two halves).
    const kept = (listed: string[]) => ['juno', 'sondas/io', 'europa'].filter((id) => listed.includes(id));
    expect(kept(ids(library))).toEqual(['juno']);
    expect(await citedArticles(library, '¿Cuántas imágenes tomó la sonda Juno-2 de Ío-2?')).not.toContain('sondas/io');
    await library.caughtUp();
    expect(kept(ids(library))).toEqual(['juno']);
  });

  it('keeps its articles when the seeds folder is found empty at once (an unmounted volume\'s mount point), running and at a start, and still removes files deleted one by one', async () => {
    const { library, logged } = await openWatching();
    const before = ids(library);
    expect(before.length).toBeGreaterThan(0);
    // The volume unmounted: an empty folder at the same path.
    await rename(seedsDir, path.join(dir, 'volume'));
    await mkdir(seedsDir);
    await eventually(() => logged.some(({ message }) => message.startsWith('the seeds folder is empty')), 'a warning that the folder is empty');
    // Something that must not happen: checked after the scans of the next two polls (every 2 s) had their chance.
    await new Promise((resolve) => setTimeout(resolve, 4500));
    expect(ids(library)).toEqual(before);
    expect(logged.filter(({ message }) => message.startsWith('seed file removed'))).toEqual([]);
    // A start on the empty folder serves the saved articles, and says why.
    const { log, logged: atStart } = recordingLogger();
    const restarted = await openLibrary(readConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: indexDir }), log);
    expect(restarted.sources().map(({ id }) => id)).toEqual(before);
    expect(atStart.some(({ message }) => message.startsWith('the seeds folder is empty'))).toBe(true);
    // Mounted again: the files are there, nothing to re-read; then deleted one by one, the last one too.
    await rm(seedsDir, { recursive: true });
    await rename(path.join(dir, 'volume'), seedsDir);
    await eventually(() => logged.some(({ message }) => message === 'the seeds folder has seed files again'), 'the folder seen with its files again');
    for (const id of before) {
      await rm(path.join(seedsDir, `${id}.txt`));
      await eventually(() => !ids(library).includes(id), `the deleted ${id}.txt gone from /sources`);
    }
    expect(ids(library)).toEqual([]);
    expect(logged.filter(({ message }) => message.startsWith('the archive has no articles now'))).toHaveLength(1);
  });

  it('gives an id back to the file it kept out when the file holding it is deleted ("nota.txt" beside "nota.html")', async () => {
    const { library } = await openWatching();
    const paragraphs = article(4, 'géiseres').split('\n\n');
    const html = `<!doctype html><html lang="es"><head><title>${paragraphs[0]}</title></head><body><article><h1>${paragraphs[0]}</h1>${paragraphs.slice(1).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const texts = { 'nota.txt': article(3, 'cráteres'), 'nota.html': html };
    await Promise.all(Object.entries(texts).map(([name, text]) => writeFile(path.join(seedsDir, name), text)));
    await eventually(() => ids(library).includes('nota'), 'one of the two files as article "nota"', FIRST_UPDATE_MS);
    const kept = library.article('nota')!.text.includes('cráteres') ? 'nota.txt' : 'nota.html';
    const other = kept === 'nota.txt' ? 'nota.html' : 'nota.txt';
    const otherTopic = other === 'nota.txt' ? 'cráteres' : 'géiseres';

    await rm(path.join(seedsDir, kept));
    await eventually(() => library.article('nota')?.text.includes(otherTopic) === true, `${other} as article "nota" once ${kept} is deleted`);
    const n = otherTopic === 'cráteres' ? 3 : 4;
    expect(await citedArticles(library, `¿Cuántas imágenes tomó la sonda Juno-${n} de los ${otherTopic} de Ío-${n}?`)).toContain('nota');
    const keptTopic = otherTopic === 'cráteres' ? 'géiseres' : 'cráteres';
    expect(library.article('nota')!.text).not.toContain(keptTopic);
  });

  it('logs how many passages a deleted file took out of the index', async () => {
    const { library, logged } = await openWatching();
    await writeFile(path.join(seedsDir, 'juno.txt'), article(1));
    await eventually(() => ids(library).includes('juno'), 'the added file in /sources', FIRST_UPDATE_MS);
    const added = logged.find(({ message, fields }) => message === 'seed file added' && fields['file'] === 'juno.txt');
    expect(added?.fields['passages']).toBeGreaterThan(0);
    await rm(path.join(seedsDir, 'juno.txt'));
    await eventually(() => logged.some(({ message, fields }) => message === 'seed file removed' && fields['file'] === 'juno.txt'), 'the removal logged');
    const removed = logged.find(({ message, fields }) => message === 'seed file removed' && fields['file'] === 'juno.txt');
    expect(removed?.fields).toEqual({ file: 'juno.txt', article: 'juno', passages: added?.fields['passages'] });
  });

  it('says which article left the index when its file is overwritten by one that gives none (binary bytes)', async () => {
    const { library, logged } = await openWatching();
    await writeFile(path.join(seedsDir, 'juno.txt'), article(1));
    await eventually(() => ids(library).includes('juno'), 'the added file in /sources', FIRST_UPDATE_MS);
    await writeFile(path.join(seedsDir, 'juno.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131) % 256)));
    await eventually(() => !ids(library).includes('juno'), 'the article gone from /sources');
    expect(logged.filter(({ fields }) => fields['file'] === 'juno.txt').map(({ level, message, fields }) => [level, message, fields['article']])).toEqual([
      ['info', 'seed file added', 'juno'],
      ['warn', 'seed file changed: its article left the index', 'juno'],
      ['warn', 'skipped: the file is binary, not text', undefined],
    ]);
  });

  it('does not repeat, at a start, the warning of a file kept out when the file that kept it out was deleted while stopped', async () => {
    const open = () => {
      const { log, logged } = recordingLogger();
      return openLibrary(readConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: indexDir }), log).then((library) => ({ library, logged }));
    };
    await writeFile(path.join(seedsDir, 'nota.html'), `<!doctype html><html lang="es"><head><title>Juno</title></head><body><article>${article(8).split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`);
    await writeFile(path.join(seedsDir, 'nota.txt'), article(9, 'cráteres'));
    const first = await open();
    expect(first.logged.some(({ message }) => message.includes('already gives the id "nota"'))).toBe(true);
    // While stopped, the file that gave the id is deleted: the other one takes it at the next start, with no stale warning.
    await rm(path.join(seedsDir, 'nota.html'));
    const { library, logged } = await open();
    expect(library.article('nota')?.text).toContain('cráteres');
    expect(logged.filter(({ message }) => message.includes('already gives the id'))).toEqual([]);
  });

  it('keeps, in a build from scratch, the older of two files giving one id, as a running bot kept it ("nota.md" added beside "nota.txt")', async () => {
    await writeFile(path.join(seedsDir, 'nota.txt'), article(5, 'cráteres'));
    await writeFile(path.join(seedsDir, 'nota.md'), article(6, 'géiseres'));
    // nota.txt was there a day before nota.md was added beside it; by path alone "nota.md" comes first.
    const dayAgo = new Date(Date.now() - 86_400_000);
    await utimes(path.join(seedsDir, 'nota.txt'), dayAgo, dayAgo);
    const { log, logged } = recordingLogger();
    const library = await openLibrary(readConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: indexDir }), log);
    expect(library.article('nota')?.text).toContain('cráteres');
    expect(logged.some(({ message }) => message.includes('nota.txt already gives the id "nota"'))).toBe(true);
  });

  it('indexes a copy kept out as the same file once the original is corrected, while running or at the next start', async () => {
    const open = () => openLibrary(readConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: indexDir }), recordingLogger().log);
    for (const name of ['articulo.txt', 'copia.txt']) await writeFile(path.join(seedsDir, name), article(6, 'cráteres'));
    expect(ids(await open())).not.toContain('copia');
    // Corrected while the bot is stopped: the next start indexes the copy.
    await writeFile(path.join(seedsDir, 'articulo.txt'), article(7, 'géiseres'));
    const restarted = await open();
    expect(restarted.status.origin).toBe('snapshot');
    expect(restarted.article('copia')?.text).toContain('cráteres');
    expect(restarted.article('articulo')?.text).toContain('géiseres');

    // Copied again, then corrected while the bot runs.
    await writeFile(path.join(seedsDir, 'copia-2.txt'), article(7, 'géiseres'));
    const { library } = await openWatching();
    expect(ids(library)).not.toContain('copia-2');
    await writeFile(path.join(seedsDir, 'articulo.txt'), article(8, 'volcanes'));
    await eventually(() => library.article('copia-2')?.text.includes('géiseres') === true, 'the second copy indexed once the original differs from it', FIRST_UPDATE_MS);
  });

  it('records a built article under the file it came from, not an earlier file of its id that gave no article', async () => {
    // "nota.html" (a page with no story) comes first in path order; "nota.txt" gives the article "nota".
    await writeFile(path.join(seedsDir, 'nota.html'), '<!doctype html><html><head><title>Menú</title></head><body><nav><a href="/">Inicio</a></nav></body></html>');
    await writeFile(path.join(seedsDir, 'nota.txt'), article(5));
    const { library } = await openWatching();
    expect(ids(library)).toContain('nota');
    await rm(path.join(seedsDir, 'nota.txt'));
    await eventually(() => !ids(library).includes('nota'), 'the article of the deleted nota.txt gone', FIRST_UPDATE_MS);
  });

  it('waits until a file being written stands still before reading it', async () => {
    const { library, logged } = await openWatching();
    const file = path.join(seedsDir, 'a-medias.txt');
    const [title, ...paragraphs] = article(3).split('\n\n');
    await writeFile(file, `${title}\n\n`);
    for (const paragraph of paragraphs) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      await appendFile(file, `${paragraph}\n\n`);
    }
    await eventually(() => ids(library).includes('a-medias'), 'the finished file in /sources', FIRST_UPDATE_MS);
    expect(library.article('a-medias')?.text).toContain('centro de control');
    expect(logged.filter(({ message, fields }) => message.startsWith('seed file ') && fields['file'] === 'a-medias.txt')).toHaveLength(1);
  });

  it('says, beside a refusal, that files are still being read, until they are', async () => {
    const { library } = await openWatching();
    const file = path.join(seedsDir, 'a-medias.txt');
    const question = '¿Cuántas imágenes tomó la sonda Juno-4 de Ío-4?';
    // Written to again and again, each time dated an hour ahead: looked at between writes (DEBOUNCE_MS), never standing still for STABLE_MS, so never read.
    let writes = 0;
    const write = async () => {
      await writeFile(file, `${article(4)}${'\n'.repeat(++writes)}`);
      const ahead = new Date(Date.now() + 3_600_000);
      await utimes(file, ahead, ahead);
    };
    await write();
    const writing = setInterval(() => void write(), (DEBOUNCE_MS + STABLE_MS) / 2);
    try {
      await eventually(async () => (await library.ask(question)).notice !== undefined, 'a notice beside the refusal');
      const waiting = await library.ask(question);
      expect(waiting.refused).toBe(true);
      expect(waiting.notice).toContain('un archivo nuevo o cambiado');
    } finally {
      clearInterval(writing);
    }
    await eventually(() => ids(library).includes('a-medias'), 'the file read once it stands still');
    const answered = await library.ask(question);
    expect(answered.refused).toBe(false);
    expect(answered.notice).toBeUndefined();
  });

  /** Renames `from` to `to` (seed file names) and returns the moments (ms after the rename) at which /sources showed neither article. */
  async function momentsMissingInRename(library: Library, from: string, to: string): Promise<number[]> {
    const [fromId, toId] = [from, to].map((file) => path.basename(file, '.txt'));
    await rename(path.join(seedsDir, from), path.join(seedsDir, to));
    const missing: number[] = [];
    const started = Date.now();
    while (!(ids(library).includes(toId!) && !ids(library).includes(fromId!)) && Date.now() - started < 30_000) {
      if (!ids(library).some((id) => id === fromId || id === toId)) missing.push(Date.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(ids(library)).toContain(toId);
    expect(ids(library)).not.toContain(fromId);
    return missing;
  }

  it('shows a renamed file\'s article under one name or the other at every moment of the rename', async () => {
    const { library } = await openWatching();
    await writeFile(path.join(seedsDir, 'luna.txt'), article(7));
    await eventually(() => ids(library).includes('luna'), 'the added file in /sources', FIRST_UPDATE_MS);
    expect(await momentsMissingInRename(library, 'luna.txt', 'luna-nueva.txt')).toEqual([]);
  });

  it('keeps a renamed file\'s article while its new name is not yet known to stand still (a modification time ahead of the clock)', async () => {
    const { library } = await openWatching();
    const file = path.join(seedsDir, 'luna.txt');
    await writeFile(file, article(7));
    // Dated ahead, a file counts as standing still only once two looks STABLE_MS apart find it unchanged; the new name starts that wait afresh.
    const ahead = new Date(Date.now() + 3_600_000);
    await utimes(file, ahead, ahead);
    await eventually(() => ids(library).includes('luna'), 'the added file in /sources', FIRST_UPDATE_MS);
    expect(await momentsMissingInRename(library, 'luna.txt', 'luna-nueva.txt')).toEqual([]);
  });

  it('once closed, applies no change, and leaves the folder to the next start', async () => {
    const { library, logged } = await openWatching();
    await writeFile(path.join(seedsDir, 'antes.txt'), article(5));
    await eventually(() => ids(library).includes('antes'), 'the file added before closing in /sources', FIRST_UPDATE_MS);
    await library.close();
    await writeFile(path.join(seedsDir, 'despues.txt'), article(6));
    // Longer than the watcher's quiet time and the time a new file must stand still.
    await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS + STABLE_MS + 1500));
    expect(ids(library)).not.toContain('despues');
    expect(logged.filter(({ fields }) => fields['file'] === 'despues.txt')).toEqual([]);
    const { log } = recordingLogger();
    const restarted = await openLibrary(readConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: indexDir }), log);
    expect(ids(restarted)).toEqual(expect.arrayContaining(['antes', 'despues']));
  });

  it.skipIf(!existsSync('/proc/self/status'))('once closed, or opened without watching, keeps no thread for updates that will not come', async () => {
    // The worker kept between updates holds the readers' modules: about 90 MB each, left behind by every library closed.
    const threads = () => Number(/^Threads:\s+(\d+)/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]);
    const before = threads();
    const { library } = await openWatching();
    await writeFile(path.join(seedsDir, 'juno.txt'), article(1));
    await eventually(() => ids(library).includes('juno'), 'the added file in /sources', FIRST_UPDATE_MS);
    await library.close();
    await eventually(() => threads() <= before, 'the closed library\'s threads gone');
    // A start without watching reads the file added since with the same reader, and needs it no more.
    await writeFile(path.join(seedsDir, 'io.txt'), article(2));
    const restarted = await openLibrary(readConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: indexDir }), recordingLogger().log);
    expect(ids(restarted)).toContain('io');
    await eventually(() => threads() <= before, 'no thread left by a start without watching');
  });

  it('logs a file that gives no article by its warning only, never as added', async () => {
    const { logged } = await openWatching();
    await writeFile(path.join(seedsDir, 'vacio.txt'), '');
    await eventually(() => logged.some(({ level, fields }) => level === 'warn' && fields['file'] === 'vacio.txt'), 'a warning for the empty file');
    expect(logged.filter(({ message, fields }) => message.startsWith('seed file ') && fields['file'] === 'vacio.txt')).toEqual([]);
    // Its removal is logged without an article to name ("article=null" read as if one had been lost).
    await rm(path.join(seedsDir, 'vacio.txt'));
    await eventually(() => logged.some(({ message, fields }) => message === 'seed file removed' && fields['file'] === 'vacio.txt'), 'the removal logged');
    expect(logged.filter(({ message, fields }) => message === 'seed file removed' && fields['file'] === 'vacio.txt').map(({ fields }) => Object.keys(fields))).toEqual([['file']]);
  });
});
