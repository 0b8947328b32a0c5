/** A private copy of seeds/ beside an empty index folder, for tests that change the seeds or the snapshot. */
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
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
