import { appendFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { openLibrary } from '../../src/library.js';
import { recordingLogger, type Logged } from '../support/recording-logger.js';
import { copySeedFolder } from '../support/seed-folder.js';

let dir: string;
let seedsDir: string;
let indexDir: string;
beforeEach(async () => {
  ({ dir, seedsDir, indexDir } = await copySeedFolder('hemeroteca-library-'));
  await writeFile(path.join(seedsDir, 'broken.txt'), Buffer.from([0, 1, 2, 0, 0, 255]));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function open() {
  const { log, logged } = recordingLogger();
  const library = await openLibrary(readConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: indexDir }), log);
  return { library, logged, messages: logged.map(({ message }) => message) };
}

const QUESTION = '¿Cuándo visitará Putin Vietnam?';

describe('restarting from the index snapshot', () => {
  it('restores a library that answers exactly as the one that was built, and repeats the build\'s warnings', async () => {
    const built = await open();
    expect(built.library.status.origin).toBe('built');
    expect(built.messages).toContain('built index');
    const restored = await open();
    expect(restored.library.status).toEqual({ ...built.library.status, origin: 'snapshot' });
    expect(restored.messages).toContain('restored index from snapshot');
    expect(restored.messages).not.toContain('built index');
    expect(restored.library.sources()).toEqual(built.library.sources());
    expect(await restored.library.ask(QUESTION)).toEqual(await built.library.ask(QUESTION));
    expect(restored.library.quote('Putin')).toEqual(built.library.quote('Putin'));
    expect(restored.library.actors()).toEqual(built.library.actors());
    // Every statement as found, each with its article's title and date (the snapshot keeps them once, with the article).
    for (const { id } of built.library.sources()) expect(restored.library.statements(id)).toEqual(built.library.statements(id));
    const brokenWarning = (logged: Logged[]) => logged.filter(({ level, fields }) => level === 'warn' && fields['file'] === 'broken.txt');
    expect(brokenWarning(built.logged)).toHaveLength(1);
    expect(brokenWarning(restored.logged)).toEqual(brokenWarning(built.logged));
  });

  it('keeps the indexed articles, with a warning, when the seeds folder is missing at a restart (an unmounted volume), and follows it when it is back', async () => {
    const built = await open();
    const away = path.join(dir, 'away');
    await rename(seedsDir, away);
    const restored = await open();
    expect(restored.library.sources()).toEqual(built.library.sources());
    expect(restored.logged).toContainEqual(expect.objectContaining({ level: 'warn', message: 'the seeds folder cannot be read; the articles indexed from it are kept until it can' }));
    // Back without one of its files: that one is removed, as any file deleted meanwhile.
    const [first] = built.library.sources();
    await rename(away, seedsDir);
    const seed = (await readdir(seedsDir)).find((name) => name.startsWith(first!.id))!;
    await rm(path.join(seedsDir, seed));
    expect((await open()).library.sources().map(({ id }) => id)).toEqual(built.library.sources().slice(1).map(({ id }) => id));
  });

  it('rebuilds, with a warning, when the snapshot is damaged, then restores the new one', async () => {
    const built = await open();
    const generation = (await readdir(indexDir)).find((name) => name.startsWith('snapshot-'))!;
    await appendFile(path.join(indexDir, generation, 'articles.jsonl'), '{}\n');
    const rebuilt = await open();
    expect(rebuilt.library.status.origin).toBe('built');
    expect(rebuilt.logged).toContainEqual(expect.objectContaining({ level: 'warn', message: 'index snapshot is damaged; rebuilding it' }));
    expect(await rebuilt.library.ask(QUESTION)).toEqual(await built.library.ask(QUESTION));
    expect((await open()).library.status.origin).toBe('snapshot');
  });

  it('re-reads only the seed files that changed, and answers as a library built from the folder as it is now', async () => {
    await open();
    const seeds = (await readdir(seedsDir)).filter((name) => name !== 'broken.txt').sort();
    await appendFile(path.join(seedsDir, seeds[0]!), '\nEl Kremlin confirmó además que Putin visitará Hanói con veinte ministros.\n');
    await rm(path.join(seedsDir, seeds[1]!));
    const reopened = await open();
    expect(reopened.library.status.origin).toBe('snapshot');
    const changes = reopened.logged.filter(({ message }) => message.startsWith('seed file '));
    expect(changes.map(({ message, fields }) => [message, fields['file']])).toEqual([
      ['seed file removed', seeds[1]],
      ['seed file changed', seeds[0]],
    ]);
    const { log } = recordingLogger();
    const fresh = await openLibrary(readConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: path.join(dir, 'fresh-index') }), log);
    expect(reopened.library.status).toEqual({ ...fresh.status, origin: 'snapshot' });
    expect(reopened.library.sources()).toEqual(fresh.sources());
    expect(await reopened.library.ask('¿Con cuántos ministros visitará Putin Hanói?')).toEqual(await fresh.ask('¿Con cuántos ministros visitará Putin Hanói?'));
    expect(reopened.library.quote('Putin')).toEqual(fresh.quote('Putin'));
    // The change was saved: the next start has nothing to re-read.
    const third = await open();
    expect(third.messages.filter((message) => message.startsWith('seed file '))).toEqual([]);
  });
});
