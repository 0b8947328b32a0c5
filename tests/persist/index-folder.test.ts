/**
 * An INDEX_DIR that cannot be made (README: the bot answers without saving, and warns): under a folder that can
 * hold no new child, as anything under /proc, Node's own recursive mkdir never returned and spun a thread (a
 * newcomer's D6: `cli sources` hung, ignoring SIGTERM); a path through a regular file fails at once.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { openLibrary } from '../../src/library.js';
import { makeFolder } from '../../src/persist/folder.js';
import { recordingLogger } from '../support/recording-logger.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hemeroteca-index-folder-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('makeFolder', () => {
  it('makes a folder and its missing parents, and accepts one that is there', async () => {
    const deep = path.join(dir, 'a', 'b', 'c');
    await makeFolder(deep);
    await makeFolder(deep);
    expect((await stat(deep)).isDirectory()).toBe(true);
  });

  it('fails with ENOTDIR when the path or a parent is a file', async () => {
    await writeFile(path.join(dir, 'file'), 'x');
    await expect(makeFolder(path.join(dir, 'file'))).rejects.toMatchObject({ code: 'ENOTDIR' });
    await expect(makeFolder(path.join(dir, 'file', 'index'))).rejects.toMatchObject({ code: 'ENOTDIR' });
  });

  it.skipIf(!existsSync('/proc/self'))('fails with ENOENT under /proc instead of trying for ever', async () => {
    await expect(makeFolder('/proc/hemeroteca-no-such/index')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('a library whose INDEX_DIR cannot be made', () => {
  it.skipIf(!existsSync('/proc/self'))('answers from the articles and warns that the snapshot could not be saved', async () => {
    const seedsDir = path.join(dir, 'seeds');
    await mkdir(seedsDir);
    await writeFile(path.join(seedsDir, 'puente.txt'), 'El puente de Arganda abrirá en mayo\n\nLa alcaldesa Marta Gil dijo que el puente abrirá en mayo, tras dos años de obras.\n');
    const { log, logged } = recordingLogger();
    const library = await openLibrary(readConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: '/proc/hemeroteca-no-such/index', TRANSLATOR: 'none' }), log);
    expect(library.sources().map(({ id }) => id)).toEqual(['puente']);
    expect(logged.some(({ level, message }) => level === 'warn' && message === 'could not save the index snapshot')).toBe(true);
  });
});
