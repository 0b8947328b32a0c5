/**
 * Watches the seeds folder while the bot runs and reports, a moment after things settle, which seed
 * files were added, changed or removed. File events only wake it and name where to look: the paths an
 * event named (a file, or a folder, listed whole) are stat'ed and compared with what the library knows
 * (seed-scan.ts), so a change costs stats in proportion to what changed, not to the archive (a stat of
 * every file took about a second at 100,000 files). The whole folder is scanned at the start (what changed
 * while the bot was stopped), when the seeds folder itself is replaced or its watcher fails, when an event
 * names no file in the seeds folder, and when fs.watch is unavailable (polling). A file still being
 * written is not reported until it has stood still for STABLE_MS.
 *
 * Each folder has a watcher of its own, not fs.watch's recursive mode: on Linux, Node 20 emulates that
 * mode with a watcher per file (0.3 s and 40 MB at 10,000 files, measured; ten times that at 100,000),
 * while the operating system reports a folder's file events to one watcher on the folder.
 */
import { statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../log.js';
import { MAX_FILE_BYTES } from '../corpus/seed-list.js';
import { covers, diffSeeds, emptiedFolder, scanSeedFolder, scanSeedPaths, type LookedAt, type SeedDiff, type SeedFileState, type SeedListing } from './seed-scan.js';

export interface SeedWatcherOptions {
  dir: string;
  /** The files as the library knows them now. */
  known: () => Iterable<SeedFileState>;
  /**
   * Applies a diff. The watcher waits for a removal before it looks again; an update that reads files runs on
   * while later looks apply removals (one at a time: other changed files wait for it), and its end starts a look.
   */
  apply: (diff: SeedDiff) => Promise<void>;
  /** Told of each file event as it comes, before the quiet time and the scan: a moment to get ready for an update. */
  heard?: () => void;
  /**
   * How long after the start the first look (a whole scan) begins (ms; default DEBOUNCE_MS): 0 for a caller that waits
   * for `caughtUp` before it answers anything.
   */
  firstLookAfterMs?: number;
  /**
   * When the watcher starts before the library can say what it knows (a restart, while the snapshot loads): `known` and
   * `apply` are called only once this resolves. The first look's listing and stats are taken meanwhile, each folder
   * watched before it is listed, so a file changed after its stat is heard. Default: at once.
   */
  ready?: Promise<void>;
  /**
   * Handed the first whole look's listing once it is taken (before its stats), or undefined if that look failed before
   * it: a restart's check for files deleted while it was stopped reads it rather than listing the folder a second time.
   */
  firstListing?: (listing: SeedListing | undefined) => void;
  log: Logger;
}

export interface SeedWatcher {
  /** Stops watching; a diff being applied still completes. */
  stop(): void;
  /**
   * How many seed files the last look found new or changed and not yet applied: being read, still being
   * written, or waiting for the update before them. 0 before the first look and once everything is applied.
   */
  pending(): number;
  /**
   * Resolves once a look has left nothing it found to apply: every file it found new, changed or removed applied
   * (or left out as unreadable), none still being written or read. After a start, the changes made while the process
   * was stopped are then in the library. Resolves at `stop` too; never rejects.
   */
  caughtUp(): Promise<void>;
}

/** Quiet time after a file event before the folder is scanned: one scan for a burst of events. */
export const DEBOUNCE_MS = 200;
/**
 * Longest a look waits, after the first file event since the last one, for the folder to fall quiet: a file written
 * to without pause (a log, a slow copy) would otherwise hold back every other change for as long as it is written.
 */
const QUIET_WAIT_MAX_MS = 1000;
/** How long a file's size and modification time must stand still before it is read (a writer may be midway). */
export const STABLE_MS = 500;
/**
 * Most files read in one update: a burst is applied in steps short enough (a file is read, cleaned and
 * analysed in milliseconds) that the bot goes on answering between them.
 */
const FILES_PER_UPDATE = 100;
/** Without file events (fs.watch unavailable), how often the folder is scanned. */
const POLL_MS = 2000;

/**
 * What one look at the folder found: the state of each file it covers, the folders that could not be
 * listed, what it covered (undefined: the whole folder), and when to look again (if only polling will tell).
 */
interface Look {
  scan: Map<string, SeedFileState>;
  unlisted: string[];
  looked?: LookedAt;
  wait?: number;
}

/** Starts watching `dir`. Its timers and watcher never keep the process alive on their own. */
export function watchSeeds({ dir, known, apply, heard: told, firstLookAfterMs = DEBOUNCE_MS, ready: libraryReady = Promise.resolve(), firstListing, log }: SeedWatcherOptions): SeedWatcher {
  let stopped = false;
  /** Who waits for the first whole look's listing, until it is handed over. */
  let handOver = firstListing;
  let timer: NodeJS.Timeout | undefined;
  /** When the first file event since the last look began was heard (undefined: none since). */
  let heardSince: number | undefined;
  let running = false;
  let again = false;
  /** Each file's state as last seen (by a whole scan, then each look at some paths), and when the last look ran: a file unchanged across STABLE_MS is stable. */
  let previous = new Map<string, SeedFileState>();
  let previousAt = 0;
  /** Whether the next look scans the whole folder rather than the paths named since the last one. */
  let scanWhole = true;
  /** Whether the last whole scan found the folder empty and kept the articles known (warned once until it has files again). */
  let emptied = false;
  /** Paths (relative, `/` separators) file events named since the last look: files, and folders whose events named no file. */
  const named = new Set<string>();
  /** Files the last look found changed but left for a later one: still being written, or beyond FILES_PER_UPDATE. */
  let unsettled: string[] = [];
  /** Files that could not be applied, with the state they had then: left out until they change. */
  const failed = new Map<string, string>();
  /**
   * The update reading changed files, while it runs, and those files with the state they were read in. Looks go on
   * meanwhile and apply removals at once (a removal reads nothing); other changed files wait for the next update.
   */
  let reading: Promise<void> | undefined;
  const inReading = new Map<string, string>();
  /** Renamed files whose removal the update reading applies with its files: no other look removes them meanwhile. */
  const inRemoving = new Set<string>();
  /** Removed files an earlier look found gone and held back: the next look that still finds them gone and unpaired removes them. */
  const seenRemoved = new Set<string>();
  const stamp = (state: SeedFileState) => `${state.size}:${state.mtimeMs}`;
  let markCaughtUp = () => {};
  const caughtUp = new Promise<void>((resolve) => (markCaughtUp = resolve));

  /**
   * Applies `ready`; when that fails, each half of it in turn, down to single files, so that one file
   * that cannot be applied (a bug its content triggers) holds back no other, at the cost of a few
   * updates rather than one per file (each update does work over the whole archive). Such a file is
   * logged by name and left out until it changes.
   */
  const applyEach = async (ready: SeedDiff) => {
    try {
      await apply(ready);
      return;
    } catch (error) {
      // Removals alone read no file: the next scan tries them again.
      if (ready.changed.length === 0) throw error;
      const [state] = ready.changed;
      if (state && ready.changed.length === 1 && ready.removed.length === 0) {
        failed.set(state.file, stamp(state));
        log.error('could not apply a seed file; it is left out until it changes', { file: state.file, error });
        return;
      }
    }
    if (ready.removed.length > 0) await applyEach({ changed: [], removed: ready.removed });
    const half = Math.ceil(ready.changed.length / 2);
    await applyEach({ changed: ready.changed.slice(0, half), removed: [] });
    if (half < ready.changed.length) await applyEach({ changed: ready.changed.slice(half), removed: [] });
  };

  /**
   * Splits the removals of a look: a removed file with the size and modification time of a new or changed file
   * (moving keeps both) was renamed, most likely, and goes with the update reading its new name (`withReading`)
   * or, while that file is not ready to read, waits for it (`held`); any other removal goes at once if an earlier
   * look saw it too (`now`), else it waits one look (`held`): the event naming a rename's new name can come after
   * a look has found the old name gone, and the article must not be missing between the two.
   */
  const sortRemovals = (diff: SeedDiff, toRead: SeedFileState[]) => {
    const removed = new Set(diff.removed);
    for (const file of seenRemoved) if (!removed.has(file)) seenRemoved.delete(file);
    const readyStamps = new Set(toRead.map(stamp));
    const changedStamps = new Set(diff.changed.map(stamp));
    const split: Record<'now' | 'withReading' | 'held', string[]> = { now: [], withReading: [], held: [] };
    if (removed.size === 0) return split;
    for (const state of known()) {
      if (!removed.has(state.file)) continue;
      if (readyStamps.has(stamp(state))) split.withReading.push(state.file);
      else if (changedStamps.has(stamp(state)) || !seenRemoved.has(state.file)) split.held.push(state.file);
      else split.now.push(state.file);
    }
    return split;
  };

  /** Applies `changed` and `removed` as one update, without waiting for it; the folder is looked at again once it is applied. */
  const startReading = (changed: SeedFileState[], removed: string[]) => {
    for (const state of changed) inReading.set(state.file, stamp(state));
    for (const file of removed) inRemoving.add(file);
    reading = applyEach({ changed, removed })
      .catch((error: unknown) => {
        log.error('could not apply changes in the seeds folder; will retry', { error });
        scanWhole = true;
      })
      .finally(() => {
        // Looked at again: one may have changed or gone while it was read, and its removal was then no removal yet.
        for (const file of [...inReading.keys(), ...inRemoving]) named.add(file);
        inReading.clear();
        inRemoving.clear();
        reading = undefined;
        schedule(0);
      });
  };

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

  /**
   * The whole folder scanned: each file stat'ed (a second at 100,000 files), each folder watched before it is listed
   * (a file written after its folder's listing is heard), the watchers of folders gone closed. `wait` is set when only
   * polling will see the folder come back.
   */
  const scanAll = async (): Promise<Look> => {
    scanWhole = false;
    named.clear();
    // Taken before the scan: a folder replaced during it wakes the old watcher, and the next scan sees the change.
    const identity = folderIdentity(root);
    const waiting = handOver;
    handOver = undefined;
    let handed = false;
    const listed = (listing: SeedListing) => {
      handed = true;
      waiting?.(listing);
    };
    let scanned: Awaited<ReturnType<typeof scanSeedFolder>>;
    try {
      scanned = await scanSeedFolder(dir, { entering: (folder) => follow([folder]), listed });
    } finally {
      // A look that failed before its listing hands over none: the one waiting is not left waiting.
      if (!handed) waiting?.(undefined);
    }
    const { scan, folders, unlisted } = scanned;
    // What the library knows is asked only once it can say (`ready`): the look above runs beside its start.
    await libraryReady;
    // The seeds folder removed, or replaced by another (a sync or deployment renames a new one into
    // place): the watcher on the old one hears nothing more, so the folder now there gets a new one.
    if (identity !== rootIdentity) {
      watchers.get(root)?.close();
      watchers.delete(root);
      if (identity === undefined) log.warn('the seeds folder is gone; looking for it every few seconds', { file: '.' });
      rootIdentity = identity;
    }
    unfollowAllBut(folders);
    lookAgainAt(follow(folders));
    // Emptied at once with articles known (an unmounted volume's mount point): kept, as when the folder is gone,
    // and looked at whole every few seconds (a volume mounted over the folder wakes no watcher on it).
    if (identity !== undefined && emptiedFolder(known(), scan, unlisted)) {
      if (!emptied) log.warn('the seeds folder is empty: keeping the articles indexed from it (an unmounted volume looks like this) and looking again every few seconds; to remove articles, delete their files while the bot runs', { file: '.' });
      emptied = true;
      scanWhole = true;
      return { scan, unlisted: ['.'], wait: POLL_MS };
    }
    if (emptied && scan.size > 0) log.info('the seeds folder has seed files again', { file: '.', files: scan.size });
    emptied = false;
    // No watcher on the seeds folder (it is gone): only a scan will see it come back.
    return { scan, unlisted, wait: !watchers.has(root) && !poll ? POLL_MS : undefined };
  };

  /**
   * Only the paths file events named since the last look, and the files it left unsettled, stat'ed (a
   * named folder listed whole): what a whole scan would find there, at a stat per path.
   */
  const scanNamed = async (): Promise<Look> => {
    const paths = new Set([...named, ...unsettled]);
    named.clear();
    const { scan, looked, folders, unlisted } = await scanSeedPaths(dir, paths);
    // A named folder that is gone (removed, renamed away) loses its watchers; one found new gets one.
    const listed = new Set(folders.map((folder) => path.resolve(folder)));
    for (const folder of looked.folders) if (!listed.has(path.resolve(dir, folder))) unfollowUnder(path.resolve(dir, folder));
    lookAgainAt(follow(folders));
    return { scan, unlisted, looked };
  };

  /**
   * Folders watched only now may have had files written into them between their listing and their watcher's
   * start, which no event will name: they are listed again at the next look.
   */
  const lookAgainAt = (folders: string[]) => {
    for (const folder of folders) named.add(relativePath(folder));
    if (folders.length > 0) again = true;
  };

  /** A file event in `folder` naming `name` (null: no name given): the next look looks there. */
  const heard = (folder: string, name: string | null) => {
    const relative = relativePath(name === null ? folder : path.join(folder, name));
    if (relative === '.') scanWhole = true;
    else named.add(relative);
    told?.();
    const now = Date.now();
    heardSince ??= now;
    schedule(Math.max(0, Math.min(DEBOUNCE_MS, heardSince + QUIET_WAIT_MAX_MS - now)));
  };

  const run = async () => {
    running = true;
    heardSince = undefined;
    let wait: number | undefined;
    try {
      const whole = scanWhole || poll !== undefined || !watchers.has(root) || folderIdentity(root) !== rootIdentity;
      const look = whole ? await scanAll() : await scanNamed();
      // Stopped while the first look waited for the library: nothing is applied now.
      if (stopped) return;
      const { scan, unlisted, looked } = look;
      wait = look.wait;
      const now = Date.now();
      const inLook = (file: string) => looked === undefined || covers(looked, file);
      for (const [file, failedAt] of failed) {
        const state = scan.get(file);
        if (inLook(file) && (!state || stamp(state) !== failedAt)) failed.delete(file);
      }
      const all = diffSeeds(looked === undefined ? known() : [...known()].filter((state) => inLook(state.file)), scan, unlisted);
      const diff: SeedDiff = { changed: all.changed.filter((state) => !failed.has(state.file) && inReading.get(state.file) !== stamp(state)), removed: all.removed.filter((file) => !inRemoving.has(file)) };
      const stable = (state: SeedFileState) => {
        const before = previous.get(state.file);
        const unchanged = before !== undefined && before.size === state.size && before.mtimeMs === state.mtimeMs && now - previousAt >= STABLE_MS;
        return unchanged || now - state.mtimeMs >= STABLE_MS;
      };
      const stableFiles = diff.changed.filter(stable);
      // A file over the size limit is skipped unread: like a removal, it goes at once, its warning not held up behind a slow file's reading.
      const oversized = stableFiles.filter((state) => state.size > MAX_FILE_BYTES);
      const readable = stableFiles.filter((state) => state.size <= MAX_FILE_BYTES);
      const toRead = reading ? [] : readable.slice(0, FILES_PER_UPDATE);
      // Looked at again when the files still moving will have stood still long enough by their modification
      // time (a file written just before this scan: about STABLE_MS − DEBOUNCE_MS), not a whole STABLE_MS after it.
      const unstable = diff.changed.filter((state) => !stable(state));
      unsettled = [...unstable, ...readable.slice(toRead.length)].map((state) => state.file);
      if (unstable.length) wait = Math.min(STABLE_MS, Math.max(DEBOUNCE_MS, unstable.reduce((latest, state) => Math.max(latest, state.mtimeMs + STABLE_MS - now), 0)));
      // Files left for the next update: at once, unless an update is reading (its end looks again).
      if (!reading && toRead.length < readable.length) wait = 0;
      if (looked === undefined) previous = scan;
      else {
        for (const file of looked.files) previous.delete(file);
        if (looked.folders.length > 0) for (const file of previous.keys()) if (covers(looked, file)) previous.delete(file);
        for (const [file, state] of scan) previous.set(file, state);
      }
      previousAt = now;
      const removals = sortRemovals(diff, toRead);
      for (const file of removals.held) {
        seenRemoved.add(file);
        named.add(file);
      }
      // Looked at again soon, unless a look is due anyway (an earlier one would restart a moving file's STABLE_MS wait).
      if (removals.held.length > 0) wait ??= DEBOUNCE_MS;
      // Removals go at once, not behind a slow file being read (they read nothing); a rename goes as one update with its reading.
      for (const file of [...removals.now, ...removals.withReading]) seenRemoved.delete(file);
      if (removals.now.length > 0 || oversized.length > 0) await applyEach({ changed: oversized, removed: removals.now });
      if (toRead.length > 0) startReading(toRead, removals.withReading);
      else if (!reading && unsettled.length === 0 && removals.held.length === 0) markCaughtUp();
    } catch (error) {
      log.error('could not apply changes in the seeds folder; will retry', { error });
      // What this look found is not applied: the retry looks at everything again.
      scanWhole = true;
      wait = POLL_MS;
    } finally {
      running = false;
    }
    if (again) {
      again = false;
      schedule(DEBOUNCE_MS);
    } else if (wait !== undefined) schedule(wait);
  };

  const watchers = new Map<string, FSWatcher>();
  const root = path.resolve(dir);
  /** The seeds folder the root watcher watches (device and inode), undefined while there is none. */
  let rootIdentity = folderIdentity(root);
  let poll: NodeJS.Timeout | undefined;
  const closeWatchers = () => {
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
  };
  const startPolling = (message: string, error: unknown) => {
    if (poll || stopped) return;
    log.warn(message, { error });
    closeWatchers();
    poll = setInterval(() => schedule(0), POLL_MS);
    poll.unref();
  };
  /** Closes the watchers of folders not among `folders` (absolute or relative to the working directory). */
  function unfollowAllBut(folders: Iterable<string>): void {
    const wanted = new Set([...folders].map((folder) => path.resolve(folder)));
    for (const [folder, watcher] of watchers) {
      if (wanted.has(folder)) continue;
      watcher.close();
      watchers.delete(folder);
    }
  }
  /** Closes the watchers of `folder` (absolute) and of every folder under it. */
  function unfollowUnder(folder: string): void {
    for (const [watched, watcher] of watchers) {
      if (watched !== folder && !watched.startsWith(`${folder}${path.sep}`)) continue;
      watcher.close();
      watchers.delete(watched);
    }
  }
  /** Watches `folders` too; returns those not watched before (absolute). */
  function follow(folders: Iterable<string>): string[] {
    if (poll || stopped) return [];
    const added: string[] = [];
    for (const folder of new Set([...folders].map((each) => path.resolve(each)))) {
      if (watchers.has(folder)) continue;
      try {
        const watcher = watch(folder, { persistent: false }, (_event, name) => heard(folder, name));
        watcher.on('error', (error) => {
          // A folder removed while watched can end its watcher; the next look lists it again (and finds it gone).
          if (folder !== root) {
            watcher.close();
            watchers.delete(folder);
            heard(folder, null);
          } else startPolling('watching the seeds folder failed; scanning it every few seconds instead', error);
        });
        watchers.set(folder, watcher);
        added.push(folder);
      } catch (error) {
        startPolling('cannot watch the seeds folder; scanning it every few seconds instead', error);
        return [];
      }
    }
    return added;
  }
  /** A path under the seeds folder (absolute, or relative to the working directory) relative to it, with `/` separators; "." for the folder itself. */
  function relativePath(absolute: string): string {
    return path.relative(root, path.resolve(absolute)).split(path.sep).join('/') || '.';
  }
  // The seeds folder watched at once; its other folders by the first look, each before it is listed.
  follow([dir]);
  // Whatever changed between the library's start and the watcher's; after a debounce, not at once, so
  // that a question asked as the library opens is not kept waiting by a scan of every file (0.1 s of
  // CPU at 10,000 files, a second at 100,000), unless the caller waits for it.
  schedule(firstLookAfterMs);

  return {
    pending: () => new Set([...inReading.keys(), ...unsettled]).size,
    caughtUp: () => caughtUp,
    stop: () => {
      stopped = true;
      markCaughtUp();
      clearTimeout(timer);
      clearInterval(poll);
      closeWatchers();
    },
  };
}

/** A folder's device and inode, which a folder made again at the same path does not keep; undefined when it is not there. */
function folderIdentity(folder: string): string | undefined {
  try {
    const info = statSync(folder);
    return info.isDirectory() ? `${info.dev}:${info.ino}` : undefined;
  } catch {
    return undefined;
  }
}
