/**
 * A running library keeps each update in its snapshot's journal instead of saving the whole snapshot
 * again: the snapshot's files are left as they are, a restart replays the journal (reading no seed
 * file again) to the state the running library had, a journal cut mid-record (a crash mid-append) is
 * left out from there and the files it changed are read again, and a journal grown past its limit is
 * folded into a new whole snapshot.
 */
import { readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { openLibrary, type Library } from '../../src/library.js';
import { JOURNAL_FILE } from '../../src/persist/journal.js';
import { recordingLogger } from '../support/recording-logger.js';
import { copySeedFolder } from '../support/seed-folder.js';
import { eventually, FIRST_UPDATE_MS } from '../support/eventually.js';
import { libraryCloser } from '../support/library-closer.js';

let dir: string;
let seedsDir: string;
let indexDir: string;
beforeEach(async () => {
  ({ dir, seedsDir, indexDir } = await copySeedFolder('hemeroteca-journal-'));
});
const libraries = libraryCloser();
afterEach(async () => {
  await libraries.closeAll();
  await rm(dir, { recursive: true, force: true });
});

async function open(watch: boolean, journalLimitBytes?: number) {
  const { log, logged } = recordingLogger();
  const library = libraries.track(await openLibrary(readConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: indexDir }), log, { watch, ...(journalLimitBytes !== undefined && { journalLimitBytes }) }));
  const journaled = () => logged.filter(({ message }) => message === 'journaled the seed changes').length;
  const reRead = () => logged.filter(({ message }) => message.startsWith('seed file ')).map(({ message, fields }) => `${message} ${String(fields['file'])}`);
  return { library, logged, journaled, reRead };
}

/** A short news article; `n` makes its names, numbers and wording its own. */
function article(n: number): string {
  return [
    `El faro de Punta Brava-${n} se apagó durante ${n + 20} horas`,
    `El faro de Punta Brava-${n} estuvo apagado ${n + 20} horas el domingo por una avería en su linterna, informó la autoridad portuaria.`,
    `«Los barcos de pesca de Punta Brava-${n} tuvieron que volver guiados por radio», dijo el capitán Rodrigo Salazar${n}, jefe del puerto.`,
  ].join('\n\n');
}
const question = (n: number) => `¿Cuántas horas estuvo apagado el faro de Punta Brava-${n}?`;
const replays = (opened: { logged: { message: string }[] }) => opened.logged.filter(({ message }) => message === 'replayed the snapshot journal').length;
const cites = async (library: Library, n: number, id: string) => (await library.ask(question(n))).citations.some(({ articleId }) => articleId === id);

/** The snapshot's generation folders and the bytes of each file in them (the journal aside). */
async function snapshotFiles(): Promise<Record<string, number>> {
  const sizes: Record<string, number> = {};
  for (const generation of (await readdir(indexDir)).filter((name) => name.startsWith('snapshot-'))) {
    for (const file of await readdir(path.join(indexDir, generation))) {
      if (file !== JOURNAL_FILE) sizes[`${generation}/${file}`] = (await stat(path.join(indexDir, generation, file))).size;
    }
  }
  return sizes;
}
const journalFile = async () => {
  const [generation] = (await readdir(indexDir)).filter((name) => name.startsWith('snapshot-'));
  return path.join(indexDir, generation!, JOURNAL_FILE);
};

describe('the snapshot journal of a running library', () => {
  it('keeps updates without saving the snapshot again, and a restart replays them to the same state, reading no file', async () => {
    await open(false);
    const saved = await snapshotFiles();
    const running = await open(true);
    const ids = () => running.library.sources().map(({ id }) => id);
    // An article added and changed, one added then removed, one added: five updates.
    await writeFile(path.join(seedsDir, 'faro-1.txt'), article(1));
    await eventually(() => running.journaled() === 1, 'the first update journaled');
    await writeFile(path.join(seedsDir, 'faro-1.txt'), article(11));
    await eventually(() => running.journaled() === 2, 'the change journaled');
    await writeFile(path.join(seedsDir, 'faro-2.txt'), article(2));
    await eventually(() => running.journaled() === 3, 'the second file journaled');
    await rm(path.join(seedsDir, 'faro-2.txt'));
    await eventually(() => running.journaled() === 4, 'the removal journaled');
    await writeFile(path.join(seedsDir, 'faro-3.txt'), article(3));
    await eventually(() => running.journaled() === 5, 'the third file journaled');
    expect(ids()).toContain('faro-3');
    // Answered while it kept the updates, and the snapshot's own files untouched.
    expect(await cites(running.library, 11, 'faro-1')).toBe(true);
    expect(await snapshotFiles()).toEqual(saved);

    const restarted = await open(false);
    expect(restarted.reRead()).toEqual([]);
    expect(restarted.logged.some(({ message, fields }) => message === 'replayed the snapshot journal' && fields['changes'] === 5)).toBe(true);
    expect(restarted.library.sources()).toEqual(running.library.sources());
    expect(restarted.library.article('faro-1')).toEqual(running.library.article('faro-1'));
    expect(restarted.library.article('faro-1')?.text).toContain('Punta Brava-11');
    expect(restarted.library.article('faro-2')).toBeUndefined();
    expect(await cites(restarted.library, 3, 'faro-3')).toBe(true);
    expect(await cites(restarted.library, 2, 'faro-2')).toBe(false);
    expect(restarted.library.quote('Rodrigo Salazar11').statements.map(({ articleId }) => articleId)).toEqual(['faro-1']);
    expect(restarted.library.statements('faro-3')).toEqual(running.library.statements('faro-3'));
    expect(restarted.library.status).toEqual(running.library.status);
  }, 120_000);

  it('leaves out a record cut mid-write, and reads the file it kept again', async () => {
    await open(false);
    const running = await open(true);
    await writeFile(path.join(seedsDir, 'faro-1.txt'), article(1));
    await eventually(() => running.journaled() === 1, 'the first file journaled');
    await writeFile(path.join(seedsDir, 'faro-2.txt'), article(2));
    await eventually(() => running.journaled() === 2, 'the second file journaled');
    // As a crash half-way through appending the second record leaves it.
    const journal = await journalFile();
    const lines = (await readFile(journal, 'utf8')).split('\n');
    await truncate(journal, Buffer.byteLength(`${lines[0]}\n`) + 40);

    const restarted = await open(false);
    expect(restarted.logged.some(({ message }) => message.startsWith('the snapshot journal ends in a damaged or unfinished record'))).toBe(true);
    expect(restarted.reRead()).toEqual(['seed file added faro-2.txt']);
    expect(await cites(restarted.library, 1, 'faro-1')).toBe(true);
    expect(await cites(restarted.library, 2, 'faro-2')).toBe(true);
  }, 120_000);

  it('folds a journal grown past its limit into a new whole snapshot, and journals the next update there', async () => {
    await open(false);
    const before = Object.keys(await snapshotFiles());
    const running = await open(true, 1);
    await writeFile(path.join(seedsDir, 'faro-1.txt'), article(1));
    await eventually(() => running.logged.some(({ message }) => message === 'saved the index snapshot'), 'a whole save after the journal outgrew its limit');
    const after = Object.keys(await snapshotFiles());
    expect(after.some((file) => before.includes(file))).toBe(false);
    await expect(stat(await journalFile())).rejects.toThrow();
    await writeFile(path.join(seedsDir, 'faro-2.txt'), article(2));
    await eventually(() => running.journaled() === 2, 'the next update journaled');
    // Into the new snapshot's journal: the old one went with its folder.
    expect(running.logged.filter(({ level }) => level === 'warn').map(({ message }) => message)).toEqual([]);

    // Stopped before the restart, as a restart is: that update outgrew the limit too, and its fold (a second later,
    // finished by the close if begun) could otherwise remove the folder the restart is reading, whose journal then
    // reads as empty: faro-2.txt read again.
    await running.library.close();
    const restarted = await open(false);
    expect(restarted.reRead()).toEqual([]);
    expect(await cites(restarted.library, 1, 'faro-1')).toBe(true);
    expect(await cites(restarted.library, 2, 'faro-2')).toBe(true);
  }, 120_000);

  it('folds at the next start a journal left past its limit (the process ended before folding it): a one-shot command before answering, so later starts replay nothing', async () => {
    await open(false);
    const running = await open(true);
    await writeFile(path.join(seedsDir, 'faro-1.txt'), article(1));
    await eventually(() => running.journaled() === 1, 'the file journaled');
    await rm(path.join(seedsDir, 'faro-1.txt'));
    await eventually(() => running.journaled() === 2, 'the removal journaled');
    await libraries.closeAll();

    const command = await open(false, 1);
    expect(replays(command)).toBe(1);
    const next = await open(false, 1);
    expect(replays(next)).toBe(0);
    expect(await cites(next.library, 1, 'faro-1')).toBe(false);
  }, 120_000);

  // Newcomer 25's item 11: a one-shot command beside the bot folded the bot's journal and removed its generation, so
  // the bot's next append failed ("could not journal the seed changes", ENOENT).
  it('leaves a running library\'s journal to it: a one-shot command beside it neither folds nor removes it', async () => {
    await open(false);
    const running = await open(true);
    await writeFile(path.join(seedsDir, 'faro-1.txt'), article(1));
    await eventually(() => running.journaled() === 1, 'the file journaled', FIRST_UPDATE_MS);

    // Its limit of 1 byte: the journal the bot keeps is past it.
    const command = await open(false, 1);
    expect(await cites(command.library, 1, 'faro-1')).toBe(true);
    await writeFile(path.join(seedsDir, 'faro-2.txt'), article(2));
    const failed = () => running.logged.filter(({ message }) => message.startsWith('could not journal'));
    await eventually(() => running.journaled() === 2 || failed().length > 0, 'the next change journaled');
    expect(failed()).toEqual([]);
    await libraries.closeAll();
    const next = await open(false);
    expect(next.reRead()).toEqual([]);
    expect(await cites(next.library, 2, 'faro-2')).toBe(true);
  }, 120_000);

  it('folds a journal left past its limit a moment after a watching start', async () => {
    await open(false);
    const running = await open(true);
    await writeFile(path.join(seedsDir, 'faro-2.txt'), article(2));
    await eventually(() => running.journaled() === 1, 'the file journaled');

    const watching = await open(true, 1);
    expect(replays(watching)).toBe(1);
    await eventually(() => watching.logged.some(({ message }) => message === 'saved the index snapshot'), 'the journal folded after the start');
    const next = await open(false, 1);
    expect(replays(next)).toBe(0);
    expect(await cites(next.library, 2, 'faro-2')).toBe(true);
  }, 120_000);
});
