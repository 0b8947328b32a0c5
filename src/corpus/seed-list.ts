/**
 * Lists the seeds folder: every .txt, .md and .html file in it and its subfolders (hidden ones aside, and listed apart
 * so that a build can say so).
 * Apart from read.ts so that a restart, which only lists and stats the files, does not load the HTML
 * and Markdown readers (linkedom, Readability and marked: about 0.2 s of CPU at start).
 */
import { readdir } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import type { CorpusWarning } from './types.js';
import { appendAll, byCodeUnits } from '../arrays.js';
import { errorCode } from '../error-code.js';

/** The seed formats by file extension (lower case). */
/** A seed file larger than this (bytes) is skipped unread, with a warning: its size alone decides, so no reading waits for it. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export const SEED_FORMATS: Record<string, 'text' | 'markdown' | 'html'> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

export interface ListingOptions {
  /** false: the paths in the folders' own order (the sort skipped). Default true. */
  ordered?: boolean;
  /** Called with each folder (absolute) just before it is listed: a watcher set there hears every file the listing misses. */
  entering?: (folder: string) => void;
}

/**
 * The seed files `readSeedFiles` would read, as sorted paths relative to `dir`, why any folder could
 * not be listed, the folders listed (absolute paths, `dir` first: what a watcher watches), the
 * saved pages' resource folders left out (relative paths; see `isSavedPageResources`), and the hidden seed files and
 * folders left out (relative paths, a folder's ending in "/"; see `isHidden`). With `ordered: false` the
 * paths come in the folders' own order: enough to tell which files are there, and the sort is skipped (154–172 ms of
 * CPU at 100,000 files).
 */
export async function listSeedFiles(dir: string, { ordered = true, entering }: ListingOptions = {}): Promise<{ paths: string[]; warnings: CorpusWarning[]; folders: string[]; resources: string[]; hidden: string[] }> {
  const warnings: CorpusWarning[] = [];
  const folders: string[] = [];
  const resources: string[] = [];
  const hidden: string[] = [];
  const paths = await listSeedPaths(dir, dir, warnings, folders, resources, entering, hidden);
  return { paths: ordered ? sortSeedPaths(paths) : paths, warnings, folders, resources, hidden };
}

/** A seed file's article id: its path in the seeds folder without the extension, `/`-separated ("2024/nota.html" → "2024/nota"). */
export function seedId(file: string): string {
  return file.slice(0, file.length - extname(file).length).split(sep).join('/');
}

/**
 * `paths` (relative paths) sorted in place into the order seed files are read in: by article id (seedId), then by
 * path; returns `paths`. Of two files with the same bytes the first keeps the article, so an original ("nota.txt")
 * comes before the copies a system names after it ("nota-copia.txt", "nota (1).txt", "nota - copia.txt"), whose id
 * its own opens. By path alone "nota-copia.txt" came first ("-" sorts before "."): a copy made while running was kept
 * out, and kept the id at the next build from scratch (newcomer 10, D18). Each id is computed once, not in every
 * comparison (at 10,000 files the comparisons' ids were 60 ms of a restart's CPU).
 */
export function sortSeedPaths(paths: string[]): string[] {
  const keyed = paths.map((file) => ({ id: seedId(file), file }));
  keyed.sort((a, b) => byCodeUnits(a.id, b.id) || byCodeUnits(a.file, b.file));
  keyed.forEach((entry, i) => (paths[i] = entry.file));
  return paths;
}

/**
 * `entries` (seed files with their modification time, ms) sorted in place into the order a build reads them:
 * sortSeedPaths' order (by article id, then path), except that of several files giving one id the older comes first,
 * and so keeps the id. A running bot keeps the file that was there first and skips one added beside it; a build from
 * scratch then keeps the same one, where by path alone "nota.md" added beside "nota.txt" took the id at the next build
 * ("m" sorts before "t"; newcomer 16's D9). Returns `entries`. The input is mostly in this order already, which
 * Array.prototype.sort's merge sort takes in linear time.
 */
export function sortForBuild<T extends { file: string; mtimeMs: number }>(entries: T[]): T[] {
  const keyed = entries.map((entry) => ({ id: seedId(entry.file), entry }));
  keyed.sort((a, b) => byCodeUnits(a.id, b.id) || a.entry.mtimeMs - b.entry.mtimeMs || byCodeUnits(a.entry.file, b.entry.file));
  keyed.forEach((item, i) => (entries[i] = item.entry));
  return entries;
}

/**
 * Seed paths under `dir` relative to `root`, unsorted; folders that cannot be listed add a warning, folders listed are
 * pushed to `folders`, saved pages' resource folders, which are not listed, to `resources`, and hidden seed files and
 * folders, neither read nor listed, to `hidden` (both relative to `root`). `entering` is called with each folder before it is listed.
 */
export async function listSeedPaths(root: string, dir: string, warnings: CorpusWarning[], folders: string[] = [], resources: string[] = [], entering?: (folder: string) => void, hidden: string[] = []): Promise<string[]> {
  entering?.(dir);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    warnings.push({ file: relative(root, dir) || '.', message: unlistable(root, dir, error) });
    return [];
  }
  folders.push(dir);
  const pages = new Set(entries.filter((entry) => !entry.isDirectory() && HTML_EXTENSIONS.has(extname(entry.name).toLowerCase())).map((entry) => basename(entry.name, extname(entry.name))));
  // A file's relative path is the folder's and its name: `relative` and `join` per file (each resolving whole paths)
  // were two thirds of listing 30,000 files.
  const folder = relative(root, dir);
  const relativeOf = (name: string) => (folder === '' ? name : folder + sep + name);
  const paths: string[] = [];
  for (const entry of entries) {
    const isSeed = !entry.isDirectory() && SEED_FORMATS[extname(entry.name).toLowerCase()] !== undefined;
    if (isHidden(entry.name)) {
      if (entry.isDirectory()) hidden.push(relativeOf(entry.name) + sep);
      else if (isSeed) hidden.push(relativeOf(entry.name));
    } else if (entry.isDirectory()) {
      const path = join(dir, entry.name);
      if (await isSavedPageResources(path, pages)) resources.push(relativeOf(entry.name));
      else appendAll(paths, await listSeedPaths(root, path, warnings, folders, resources, entering, hidden));
    } else if (isSeed) paths.push(relativeOf(entry.name));
  }
  return paths;
}

/**
 * A hidden file or folder, by the Unix convention of a leading dot: what editors, sync tools and version control keep
 * beside the files they handle (".nota.txt.swp", Emacs's ".#nota.txt", ".git/", a download's ".nota.txt.part"), never
 * an article someone dropped in to be read.
 */
function isHidden(name: string): boolean {
  return name.startsWith('.');
}

const HTML_EXTENSIONS = new Set(Object.keys(SEED_FORMATS).filter((extension) => SEED_FORMATS[extension] === 'html'));
/**
 * A browser's "Save page as… (complete)" writes `<name>.html` and, beside it, a folder named after it with a
 * one-word suffix holding the page's images, styles and embedded frames (comment widgets, ads): Chromium always
 * `<name>_files` (save_package.cc), Firefox a translated word ("filesFolder": `_files`, `-Dateien`, `_archivos`…),
 * Microsoft Office `_`, `-` or `.` plus its translated "files" (Office's FolderSuffix documentation).
 */
const RESOURCE_FOLDER = /^(.+)[_.-]\p{L}+$/u;

/**
 * Whether folder `path` is the resource folder of a saved page among `pages` (the names, without extension, of the
 * HTML files beside it): named after one of them as above, and holding some file that is not a seed (a style sheet,
 * script or image), which a folder of articles that happens to share a page's name ("elecciones-municipales" beside
 * "elecciones.html") does not.
 */
async function isSavedPageResources(path: string, pages: ReadonlySet<string>): Promise<boolean> {
  const page = RESOURCE_FOLDER.exec(basename(path))?.[1];
  if (page === undefined || !pages.has(page)) return false;
  const entries = await readdir(path, { withFileTypes: true }).catch(() => []);
  return entries.some((entry) => entry.isFile() && !SEED_FORMATS[extname(entry.name).toLowerCase()]);
}

function unlistable(root: string, dir: string, error: unknown): string {
  if (dir !== root) return `could not list this folder (${describeError(error)}); its articles are not indexed`;
  if (errorCode(error) === 'ENOENT') return `seeds folder ${dir} does not exist; there are no articles to index`;
  return `seeds folder ${dir} could not be read (${describeError(error)}); there are no articles to index`;
}

const ERROR_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'it does not exist, or is a broken link',
  EISDIR: 'it is a folder',
  ENOTDIR: 'it is not a folder',
  ELOOP: 'too many symbolic links',
  EIO: 'input/output error',
};

/** A file-system error as a few words a person can act on. */
export function describeError(error: unknown): string {
  const code = errorCode(error);
  return (code && ERROR_REASONS[code]) ?? code ?? String(error);
}

