/**
 * What changed in the seeds folder since the library last read it, told from each file's path, size
 * and modification time alone (a stat per file: about 0.5 s at 100,000 files, against 1.7 s to read
 * and hash them all). Files that look changed are then read and their content hash confirms it.
 */
import { lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnWorker } from '../worker-pool.js';
import { listSeedFiles, listSeedPaths, SEED_FORMATS, sortSeedPaths } from '../corpus/seed-list.js';
import type { CorpusWarning } from '../corpus/types.js';

/** What the library knows of one seed file it has read. */
export interface SeedFileState {
  /** Path relative to the seeds folder, with `/` separators. */
  file: string;
  size: number;
  mtimeMs: number;
}

const STATS_PER_TURN = 2000;
/**
 * From this many files, a whole look stats them on a worker thread (`statSeedFilesOffThread`): this thread goes on
 * answering meanwhile, and a start's first look no longer keeps it busy for a second at 100,000 files. Below it, a
 * worker's start (tens of milliseconds) costs more than the stats.
 */
export const STATS_OFF_THREAD_FROM = 5000;
const STAT_WORKER = new URL(`./stat-worker${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url);

/**
 * One stat-only look at the folder: every seed file's state by path (files that vanish while listed are
 * left out), in the folders' own order (diffSeeds puts the new ones in reading order), with the warnings of listing the folder (a missing seeds folder, a subfolder that cannot
 * be listed), the folders listed (absolute paths), those that could not be listed (relative, "." for
 * the seeds folder itself): what was in them is unknown, not removed; and the saved pages' resource
 * folders left out (relative paths). `entering` is called with each folder (absolute) before it is listed, and
 * `listed` with the listing (unsorted) once it is taken, before the stats.
 */
export async function scanSeedFolder(dir: string, { offThreadFrom = STATS_OFF_THREAD_FROM, entering, listed }: { offThreadFrom?: number; entering?: (folder: string) => void; listed?: (listing: SeedListing) => void } = {}): Promise<{ scan: Map<string, SeedFileState>; warnings: CorpusWarning[]; folders: string[]; unlisted: string[]; resources: string[]; hidden: string[] }> {
  // Unsorted: the order matters only for the files a diff finds new, which diffSeeds sorts (the whole listing's sort was 0.15 s at 100,000 files).
  const listing = await listSeedFiles(dir, { ordered: false, entering });
  listed?.(listing);
  const { paths, warnings, folders, resources, hidden } = listing;
  const unlisted = unlistedFolders(warnings);
  const scan = new Map<string, SeedFileState>();
  const files = path.sep === '/' ? paths : paths.map((relative) => relative.split(path.sep).join('/'));
  const states = files.length >= offThreadFrom ? await statSeedFilesOffThread(dir, files).catch(() => undefined) : undefined;
  if (states) {
    for (const state of states) if (state) scan.set(state.file, state);
    return { scan, warnings, folders, unlisted, resources, hidden };
  }
  for (const [at, relative] of paths.entries()) {
    // A stat takes 5-10 µs: the watcher's scans let a question through every STATS_PER_TURN of them.
    if (at % STATS_PER_TURN === STATS_PER_TURN - 1) await new Promise((resolve) => setImmediate(resolve));
    const state = statSeedFile(dir, relative.split(path.sep).join('/'));
    if (state) scan.set(state.file, state);
  }
  return { scan, warnings, folders, unlisted, resources, hidden };
}

/**
 * Each of `files`' state (relative paths, `/` separators; undefined for a file gone since it was listed), stat'ed on a
 * worker thread of its own (stat-worker.ts), which ends with the answer. Rejects when the worker cannot start or fails:
 * the caller stats them itself.
 */
export function statSeedFilesOffThread(dir: string, files: string[]): Promise<(SeedFileState | undefined)[]> {
  return new Promise((resolve, reject) => {
    const worker = spawnWorker(STAT_WORKER);
    // As the watcher's timers: a process whose work is done does not stay for a look.
    worker.unref();
    worker.once('message', ({ found, sizes, mtimes }: { found: Uint8Array; sizes: Float64Array; mtimes: Float64Array }) => {
      void worker.terminate();
      if (found.length !== files.length) reject(new Error('the stat worker answered for other files'));
      else resolve(files.map((file, at) => (found[at] === 1 ? { file, size: sizes[at]!, mtimeMs: mtimes[at]! } : undefined)));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the stat worker ended (${code}) without an answer`)));
    worker.postMessage({ dir, files: files.join('\0') });
  });
}

/** A listing of the seeds folder (corpus/seed-list.ts `listSeedFiles`): the seed files' paths, names only. */
export type SeedListing = Awaited<ReturnType<typeof listSeedFiles>>;

/**
 * The known seed files not in a `listing` of the seeds folder (names only, no stat: about a third of a whole
 * scan's CPU, 37 ms at 10,000 files): what a restart drops before its first answer, so that an article whose
 * file was deleted while the bot was stopped is never cited. Files inside a folder that could not be listed are
 * kept, and so is every file when the folder is found empty with articles known (`emptiedFolder`).
 * Returns relative paths with `/` separators.
 */
export function seedFilesGone(listing: SeedListing, known: Iterable<SeedFileState & { articleId?: string | null }>): string[] {
  const { paths, warnings } = listing;
  const unlisted = unlistedFolders(warnings);
  // Where the separator is '/' already, the listed paths are the known files' form as they are (100,000 of them rewritten took a fifth of this check).
  const present = new Set(path.sep === '/' ? paths : paths.map((relative) => relative.split(path.sep).join('/')));
  const files = [...known];
  if (emptiedFolder(files, present, unlisted)) return [];
  return files.filter(({ file }) => !present.has(file) && !outOfReach(file, unlisted)).map(({ file }) => file);
}

/** The folders a listing could not list, relative with `/` separators ("." for the seeds folder itself): listing warns only about those, each under its relative path. */
function unlistedFolders(warnings: CorpusWarning[]): string[] {
  return warnings.map((warning) => warning.file.split(path.sep).join('/'));
}

/** Whether `file` lies in a folder that could not be listed (`unlisted`, "." for the whole seeds folder): its fate is unknown, not removed. */
function outOfReach(file: string, unlisted: readonly string[]): boolean {
  return unlisted.some((folder) => folder === '.' || file.startsWith(`${folder}/`));
}

/** What a look at some paths of the seeds folder covers: those paths, as files and as folders (with everything under them). */
export interface LookedAt {
  files: ReadonlySet<string>;
  /** Relative folder paths, each ending in `/`. */
  folders: readonly string[];
}

/** Whether `file` (relative, `/` separators) is one of the paths looked at or under one of them. */
export function covers(looked: LookedAt, file: string): boolean {
  return looked.files.has(file) || looked.folders.some((folder) => file.startsWith(folder));
}

/**
 * A stat-only look at some paths of the seeds folder (relative, `/` separators: those file events named),
 * not the whole folder: each path is a seed file (stat'ed), a folder (listed whole, as `scanSeedFolder`
 * lists the seeds folder) or gone. Returns the seed files found, what the look covers (each path as a file
 * and as a folder: a known file at or under a covered path that was not found is gone), the folders
 * listed (absolute) and those that could not be listed (relative): what was in them is unknown, not removed.
 * Hidden paths (a part starting with ".") are skipped, as listing skips them.
 */
export async function scanSeedPaths(dir: string, paths: Iterable<string>): Promise<{ scan: Map<string, SeedFileState>; looked: LookedAt; folders: string[]; unlisted: string[] }> {
  const scan = new Map<string, SeedFileState>();
  const files = new Set<string>();
  const folders: string[] = [];
  const listed: string[] = [];
  const unlisted: string[] = [];
  // In path order, as a whole scan lists them: files added together are read, and an id two of them give is kept, in that order.
  for (const relative of sortSeedPaths([...paths])) {
    if (relative.split('/').some((part) => part.startsWith('.') || part === '')) continue;
    files.add(relative);
    folders.push(`${relative}/`);
    const absolute = path.join(dir, ...relative.split('/'));
    let info;
    try {
      info = lstatSync(absolute);
    } catch {
      continue;
    }
    if (info.isDirectory()) {
      const warnings: CorpusWarning[] = [];
      for (const found of sortSeedPaths(await listSeedPaths(dir, absolute, warnings, listed))) {
        const state = statSeedFile(dir, found.split(path.sep).join('/'));
        if (state) scan.set(state.file, state);
      }
      for (const warning of warnings) unlisted.push(warning.file.split(path.sep).join('/'));
    } else if (SEED_FORMATS[path.extname(relative).toLowerCase()]) {
      const state = statSeedFile(dir, relative);
      if (state) scan.set(relative, state);
    }
  }
  return { scan, looked: { files, folders }, folders: listed, unlisted };
}

/**
 * One seed file's state (`file` relative to `dir`, with `/` separators); undefined when it is not there (deleted
 * since it was listed). A link that cannot be followed (its target is gone, or it loops) is there all the same: its
 * state is the link's own, so that it is read, and reading it says why it is skipped (corpus/read.ts), once, until
 * the link changes or its target comes.
 */
export function statSeedFile(dir: string, file: string): SeedFileState | undefined {
  const absolute = path.join(dir, ...file.split('/'));
  for (const look of [statSync, lstatSync]) {
    try {
      const info = look(absolute);
      return { file, size: info.size, mtimeMs: info.mtimeMs };
    } catch {
      // Not followable (stat), or not there at all (lstat).
    }
  }
  return undefined;
}

export interface SeedDiff {
  /** Known files whose size or modification time differ, in the order known, then new files in reading order (sortSeedPaths). */
  changed: SeedFileState[];
  /** Known files no longer there. */
  removed: string[];
}

/**
 * Files added, changed or removed between what is known and a scan (in any order). A known file inside a folder the scan
 * could not list (`unlisted`, "." for the whole seeds folder: an unmounted volume, a permission change) is
 * not removed: an archive is not emptied because its folder is out of reach for a while, as sync tools refuse
 * to delete everything when a folder's root goes missing (Syncthing's folder marker). New files come in the order
 * seed files are read (by article id, then path), so that of two new files giving one id the one read first keeps it.
 */
export function diffSeeds(known: Iterable<SeedFileState>, scan: Map<string, SeedFileState>, unlisted: readonly string[] = []): SeedDiff {
  const states = Array.isArray(known) ? (known as readonly SeedFileState[]) : [...known];
  const removed: string[] = [];
  const changed: SeedFileState[] = [];
  let found = 0;
  for (const state of states) {
    const now = scan.get(state.file);
    if (!now) {
      if (!outOfReach(state.file, unlisted)) removed.push(state.file);
      continue;
    }
    found++;
    if (now.size !== state.size || now.mtimeMs !== state.mtimeMs) changed.push(now);
  }
  // Every file scanned is known (the usual restart): no set of the known paths is made (a fifth of a second at 100,000 files).
  if (found === scan.size) return { changed, removed };
  const seen = new Set(states.map(({ file }) => file));
  const added = sortSeedPaths([...scan.keys()].filter((file) => !seen.has(file)));
  for (const file of added) changed.push(scan.get(file)!);
  return { changed, removed };
}

/**
 * Whether a scan of the whole seeds folder that found no seed file (and listed every folder it found) is to
 * be read as the folder out of reach, not as every article deleted: the files known gave articles. An
 * unmounted volume leaves its mount point as an empty folder at the same path, which would otherwise empty the
 * archive and save it so; a file removed one by one (the last one too) is still removed, by a look at its path.
 * `known` are the library's files (with the article each gave, when it gave one).
 */
export function emptiedFolder(known: Iterable<SeedFileState & { articleId?: string | null }>, scan: { readonly size: number }, unlisted: readonly string[]): boolean {
  if (scan.size > 0 || unlisted.length > 0) return false;
  for (const state of known) if (state.articleId !== null) return true;
  return false;
}

/**
 * Whether most of the files a snapshot knows (more than half, and at least two) are gone from the seeds folder at
 * a start: the index was most likely built from another folder (SEEDS_DIR changed, or left empty and so `seeds`),
 * which a user should hear of before the articles leave the index, rather than read it in one line per file.
 */
export function mostFilesGone(gone: number, known: number): boolean {
  return gone >= 2 && gone * 2 > known;
}

/** Whether a diff holds nothing. */
export function isEmptyDiff(diff: SeedDiff): boolean {
  return diff.changed.length === 0 && diff.removed.length === 0;
}
