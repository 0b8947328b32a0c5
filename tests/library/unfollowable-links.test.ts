/**
 * A seed that is a link the bot cannot follow (its target is gone, or it loops) is named in the log with the
 * reason, at a build and while running, as the corpus reader names it; the other articles are served.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { openLibrary } from '../../src/library.js';
import { recordingLogger, type Logged } from '../support/recording-logger.js';
import { eventually, FIRST_UPDATE_MS } from '../support/eventually.js';
import { libraryCloser } from '../support/library-closer.js';

let dir: string;
let seedsDir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hemeroteca-links-'));
  seedsDir = path.join(dir, 'seeds');
  await mkdir(seedsDir);
  await writeFile(path.join(seedsDir, 'faro.txt'), 'El faro de Arenal\n\nEl faro de Arenal volvió a encenderse el lunes tras dos años de obras, según el ayuntamiento.\n');
});
const libraries = libraryCloser();
afterEach(async () => {
  await libraries.closeAll();
  await rm(dir, { recursive: true, force: true });
});

const warningsAbout = (logged: Logged[], file: string) => logged.filter((entry) => entry.level === 'warn' && entry.fields['file'] === file).map(({ message }) => message);
const open = (log: ReturnType<typeof recordingLogger>['log'], watch: boolean) => openLibrary(readConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: path.join(dir, 'index'), TRANSLATOR: 'none' }), log, { watch });

describe('links that cannot be followed', () => {
  it('are each named with the reason at a build, beside the articles served', async () => {
    await symlink(path.join(dir, 'borrado.txt'), path.join(seedsDir, 'roto.txt'));
    await symlink('bucle.txt', path.join(seedsDir, 'bucle.txt'));
    const { log, logged } = recordingLogger();
    const library = libraries.track(await open(log, false));
    expect(library.sources().map(({ id }) => id)).toEqual(['faro']);
    expect(warningsAbout(logged, 'roto.txt')).toEqual(['skipped: the file could not be read (it does not exist, or is a broken link)']);
    expect(warningsAbout(logged, 'bucle.txt')).toEqual(['skipped: the file could not be read (too many symbolic links)']);
  });

  it('is named when one is added while running', async () => {
    const { log, logged } = recordingLogger();
    const library = libraries.track(await open(log, true));
    await symlink(path.join(dir, 'borrado.txt'), path.join(seedsDir, 'roto.txt'));
    await eventually(() => warningsAbout(logged, 'roto.txt').length > 0, 'a warning about the broken link', FIRST_UPDATE_MS);
    expect(warningsAbout(logged, 'roto.txt')).toEqual(['skipped: the file could not be read (it does not exist, or is a broken link)']);
    expect(library.sources().map(({ id }) => id)).toEqual(['faro']);
  }, 120_000);
});
