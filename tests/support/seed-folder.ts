/** Seed folders for tests: a private copy of seeds/ beside an empty index folder, or a library opened on files a test writes. */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { readConfig } from '../../src/config.js';
import { openLibrary, type Library } from '../../src/library.js';
import { recordingLogger } from './recording-logger.js';
import { SEEDS_DIR } from './seed-library.js';

export interface SeedFolderCopy {
  /** The temporary folder holding both; remove it when done. */
  dir: string;
  /** `dir/seeds`, a copy of the project's seeds. */
  seedsDir: string;
  /** `dir/index`, not created yet. */
  indexDir: string;
}

/** Copies seeds/ into a new temporary folder whose name starts with `prefix`. */
export async function copySeedFolder(prefix: string): Promise<SeedFolderCopy> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  const seedsDir = path.join(dir, 'seeds');
  await cp(SEEDS_DIR, seedsDir, { recursive: true });
  return { dir, seedsDir, indexDir: path.join(dir, 'index') };
}

/**
 * A Library opened on a new temporary seeds folder holding `files` (name → content), without a translator
 * unless `settings` (environment variables, as .env names them) choose one.
 */
export async function libraryOfSeedFiles(prefix: string, files: Record<string, string>, settings: Record<string, string> = {}): Promise<{ library: Library; dir: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  await mkdir(path.join(dir, 'seeds'));
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, 'seeds', name), content);
  const config = readConfig({ SEEDS_DIR: path.join(dir, 'seeds'), INDEX_DIR: path.join(dir, 'index'), TRANSLATOR: 'none', ...settings });
  return { library: await openLibrary(config, recordingLogger().log), dir };
}

/**
 * For a test file: a Library opened on `files` (as libraryOfSeedFiles) before its tests, handed to
 * `use`, and its folder removed after them.
 */
export function withSeedFiles(prefix: string, files: Record<string, string>, use: (library: Library) => void, settings: Record<string, string> = {}): void {
  let dir: string | undefined;
  beforeAll(async () => {
    const opened = await libraryOfSeedFiles(prefix, files, settings);
    dir = opened.dir;
    use(opened.library);
  });
  afterAll(async () => {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });
}
