/**
 * Seed files read on worker threads (seed-worker.ts): the build's run of every file (archive.ts), and
 * the reader that live updates use, so that a file that is slow to clean or analyse (19 MB without a
 * sentence break, very deep HTML) never holds up the thread that answers /ask and signals. This module
 * loads no corpus code until a file is read: a restart that reads none stays light.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../log.js';
import { keptWorkers, runInWorkers, WorkersUnavailable, type WorkerRun } from '../worker-pool.js';
import type { PackedSeed, PreparedSeed, SeedTask } from './seed-work.js';
import type { SeedFileState } from './seed-scan.js';
import { readAhead } from './read-ahead.js';

/** Below this many files per thread, the next worker costs more to start (0.2–0.5 s: loading the corpus and quotes modules) than it saves. */
export const MIN_FILES_PER_THREAD = 100;
/** How long one file may take in a worker before it is skipped: generous, since a shared machine can be several times slower. */
const FILE_TIME_LIMIT_MS = 60_000;
const FILE_TIME_PER_MB_MS = 60_000;
const WORKER = new URL(`./seed-worker${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url);

/** How long a file of `bytes` may take in a worker, in ms: the build's rule. */
function fileTimeLimit(bytes: number): number {
  return Math.round(FILE_TIME_LIMIT_MS + (FILE_TIME_PER_MB_MS * bytes) / 2 ** 20);
}

/**
 * From this size (bytes) a seed file is logged as its reading starts: cleaning it and finding its statements takes
 * seconds a megabyte (a 19.6 MB text about 35 s of CPU, four fifths of it finding statements; docs/EVALUATION.md, stop 61),
 * and nothing else is logged until the build or update ends.
 */
export const LARGE_FILE_BYTES = 2 ** 20;

/** Logs each of `states` of LARGE_FILE_BYTES or more, before they are read: its path and size in MB (one decimal). */
export function logLargeFiles(states: readonly SeedFileState[], log: Logger | undefined): void {
  for (const { file, size } of states) {
    if (size >= LARGE_FILE_BYTES) log?.info('reading a large seed file; it may take a minute or more', { file, mb: Math.round((size / 2 ** 20) * 10) / 10 });
  }
}

/**
 * The part of a worker run that reads seed files: the same module, time limits and warnings for a build and an update;
 * each file read into the page cache as it is queued, so that its worker does not wait for the disk (read-ahead.ts).
 */
export function seedRun(seedsDir: string, states: SeedFileState[], timeLimit = fileTimeLimit): Pick<WorkerRun<SeedTask & { size: number }, PackedSeed>, 'module' | 'items' | 'timeoutMs' | 'failed' | 'readAhead'> {
  return {
    module: WORKER,
    items: states.map(({ file, size }) => ({ seedsDir, file, size })),
    timeoutMs: ({ size }) => timeLimit(size),
    failed: ({ file }, reason) => ({ warning: { file, message: `skipped: ${reason}` } }),
    readAhead: ({ file }) => void readAhead(path.join(seedsDir, file)),
  };
}

/** How an update reads its changed files: on a worker thread, so that the calling thread goes on answering. */
export interface SeedReader {
  /**
   * Each file read, cleaned, split and analysed, in order, with the build's isolation: a file that fails,
   * crashes its worker or takes longer than the build allows gives a warning. `holdsProcess` false: the
   * work does not keep the process alive (a process ending mid-update re-applies the files at its next start).
   */
  read(seedsDir: string, states: SeedFileState[], holdsProcess: boolean): Promise<PreparedSeed[]>;
  /** Starts a worker now, so that the next update does not wait for one to load (about a second of CPU under tsx, measured). */
  warm(): void;
  /** Stops the worker kept between updates, and keeps none after: no more updates will come. A later `read` still works, on workers of its own. */
  close(): void;
}

export interface SeedReaderOptions {
  /** At most this many worker threads (config BUILD_THREADS). */
  threads: number;
  /** Told once if worker threads cannot start here, and of each large file as its reading starts (logLargeFiles). */
  log?: Logger;
  /** How long a file of so many bytes may take, in ms (default: the build's, 60 s plus 60 s a MB). */
  fileTimeLimit?: (bytes: number) => number;
}

/**
 * A SeedReader using at most `threads` workers (one per MIN_FILES_PER_THREAD files, and at least one even
 * when BUILD_THREADS is 1: the point is the free calling thread), one of them kept between updates. Where
 * worker threads cannot start, files are read on the calling thread, as the build does.
 */
export function seedReader({ threads, log, fileTimeLimit }: SeedReaderOptions): SeedReader {
  const kept = keptWorkers(WORKER);
  let workers = true;
  return {
    warm: () => {
      if (workers) kept.warm();
    },
    close: () => kept.close(),
    async read(seedsDir, states, holdsProcess) {
      logLargeFiles(states, log);
      const { prepareSeedFile, unpackSeed } = await import('./seed-work.js');
      if (workers) {
        try {
          const wanted = Math.max(1, Math.min(threads, Math.floor(states.length / MIN_FILES_PER_THREAD)));
          const packed = await runInWorkers({ ...seedRun(seedsDir, states, fileTimeLimit), threads: wanted, kept, holdsProcess });
          return packed.map(unpackSeed);
        } catch (error) {
          if (!(error instanceof WorkersUnavailable)) throw error;
          workers = false;
          log?.warn('worker threads are not available here; reading changed seed files on the main thread', { reason: error.message });
        }
      }
      return states.map(({ file }) => prepareSeedFile(seedsDir, file));
    },
  };
}
