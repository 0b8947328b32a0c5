/**
 * Watches the seeds folder while the bot runs and reports, a moment after things settle, which seed
 * files were added, changed or removed. File events only wake it: what changed is always found by a
 * stat scan compared with what the library knows (seed-scan.ts), so a missed or merged event loses
 * nothing. A file still being written is not reported until it has stood still for STABLE_MS.
 */
import { watch, type FSWatcher } from 'node:fs';
import type { Logger } from '../log.js';
import { diffSeeds, isEmptyDiff, scanSeeds, type SeedDiff, type SeedFileState } from './seed-scan.js';

export interface SeedWatcherOptions {
  dir: string;
  /** The files as the library knows them now. */
  known: () => Iterable<SeedFileState>;
  /** Applies a diff; the watcher waits for it before it scans again. */
  apply: (diff: SeedDiff) => Promise<void>;
  log: Logger;
}

export interface SeedWatcher {
  /** Stops watching; a diff being applied still completes. */
  stop(): void;
}

/** Quiet time after a file event before the folder is scanned: one scan for a burst of events. */
export const DEBOUNCE_MS = 200;
/** How long a file's size and modification time must stand still before it is read (a writer may be midway). */
export const STABLE_MS = 500;
/**
 * Most files read in one update. Reading, cleaning and analysing a file takes about 9 ms on one
 * core, so a burst is applied in steps of under a second, between which the bot goes on answering.
 */
export const FILES_PER_UPDATE = 100;
/** Without file events (fs.watch unavailable), how often the folder is scanned. */
const POLL_MS = 2000;

/** Starts watching `dir`. Its timers and watcher never keep the process alive on their own. */
export function watchSeeds({ dir, known, apply, log }: SeedWatcherOptions): SeedWatcher {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  /** Each file's state at the previous scan, and when that scan ran: a file unchanged across STABLE_MS is stable. */
  let previous = new Map<string, SeedFileState>();
  let previousAt = 0;

  const schedule = (delayMs: number) => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(() => void run(), delayMs);
    timer.unref();
  };

  const run = async () => {
    running = true;
    let wait: number | undefined;
    try {
      const scan = await scanSeeds(dir);
      const now = Date.now();
      const diff = diffSeeds(known(), scan);
      const stable = (state: SeedFileState) => {
        const before = previous.get(state.file);
        const unchanged = before !== undefined && before.size === state.size && before.mtimeMs === state.mtimeMs && now - previousAt >= STABLE_MS;
        return unchanged || now - state.mtimeMs >= STABLE_MS;
      };
      const stableFiles = diff.changed.filter(stable);
      const ready: SeedDiff = { changed: stableFiles.slice(0, FILES_PER_UPDATE), removed: diff.removed };
      if (stableFiles.length < diff.changed.length) wait = STABLE_MS;
      if (ready.changed.length < stableFiles.length) wait = 0;
      previous = scan;
      previousAt = now;
      if (!isEmptyDiff(ready)) await apply(ready);
    } catch (error) {
      log.error('could not apply changes in the seeds folder; will retry', { error });
      wait = POLL_MS;
    } finally {
      running = false;
    }
    if (again) {
      again = false;
      schedule(DEBOUNCE_MS);
    } else if (wait !== undefined) schedule(wait);
  };

  let watcher: FSWatcher | undefined;
  let poll: NodeJS.Timeout | undefined;
  try {
    watcher = watch(dir, { recursive: true, persistent: false }, () => schedule(DEBOUNCE_MS));
    watcher.on('error', (error) => {
      log.warn('watching the seeds folder failed; scanning it every few seconds instead', { error });
      watcher?.close();
      startPolling();
    });
  } catch (error) {
    log.warn('cannot watch the seeds folder; scanning it every few seconds instead', { error });
    startPolling();
  }
  function startPolling() {
    poll = setInterval(() => schedule(0), POLL_MS);
    poll.unref();
  }
  // Whatever changed between the library's start and the watcher's.
  schedule(0);

  return {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      clearInterval(poll);
      watcher?.close();
    },
  };
}
