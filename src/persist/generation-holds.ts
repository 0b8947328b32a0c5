/**
 * Holds on snapshot generations (persist/snapshot.ts): a process that reads a generation (a start, a
 * one-shot `cli` command) or is writing one leaves a small file in the snapshot folder naming it, and a
 * save's clean-up removes no generation that a live hold names. The scheme is a hazard pointer's: the
 * reader publishes its hold, then checks that the manifest still names the generation; the remover reads
 * the manifest before it lists the holds (see snapshot.ts, removeUnusedGenerations), so one of the two
 * always sees the other.
 *
 * A hold outlives its process only if the process is killed: a process that ends otherwise (its work done,
 * `process.exit`, a handled signal) removes the holds it still has as it exits. A left hold is stale, and
 * removed by the next load or save, once its process is gone (same host: the id runs no process, or runs one
 * started at another time, the id being reused; a container restarted gives its bot the same id) or once it
 * is older than HOLD_STALE_MS (a process on another host sharing the folder, whose process ids mean nothing here).
 *
 * A running bot that follows its seeds folder journals into its generation for as long as it runs: it holds
 * that generation as its follower (`follows`), a hold that on this host lasts while its process does, however
 * old. A one-shot command that finds such a hold leaves saving to that process (isFollowed).
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { readFileSync, rmSync } from 'node:fs';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { errorCode } from '../error-code.js';

const HOLD_PREFIX = 'hold.';
const HOLD_SUFFIX = '.json';
/** No load or save takes an hour, even of 100,000 articles on a loaded machine: a hold that old is left by a killed process. */
const HOLD_STALE_MS = 60 * 60 * 1000;

/** What a hold file says: who holds the generation. */
interface HoldOwner {
  pid: number;
  host: string;
  /** Held by a process that journals into the generation while it runs (a bot following its seeds folder). */
  follows?: boolean;
  /** When the holder's process started, as its host's kernel tells it (`startTime`), where it can: a reused id is told apart by it. */
  started?: string;
}

/** This process's holds not let go yet: removed as it exits (`letGoAtExit`, listening once the first is written). */
const ownHolds = new Set<string>();
let listening = false;

/** Removes this process's remaining holds; an 'exit' listener, so synchronous; never throws. */
function letGoAtExit(): void {
  for (const file of ownHolds) {
    try {
      rmSync(file, { force: true });
    } catch {
      // A hold left behind is removed by the next load or save once this process is gone.
    }
  }
  ownHolds.clear();
}

/**
 * When the process `pid` started ("self": this one), as field 22 of Linux's /proc/<pid>/stat (clock ticks since the
 * host booted; proc(5)); undefined where there is no such file (another system, or the process is gone).
 */
function startTime(pid: number | 'self'): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces or parentheses: fields are counted after its last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** This process's start time (`startTime`). */
const OWN_START = startTime('self');

/**
 * Writes a hold on `generation` (a folder name in `dir`) and resolves to the function that lets it go
 * (removes the file; never throws). `follows`: held by the process that journals there while it runs.
 * Throws if the hold cannot be written.
 */
export async function holdGeneration(dir: string, generation: string, follows = false): Promise<() => Promise<void>> {
  const file = path.join(dir, `${HOLD_PREFIX}${generation}.${randomBytes(6).toString('hex')}${HOLD_SUFFIX}`);
  const owner: HoldOwner = { pid: process.pid, host: hostname(), ...(follows && { follows }), ...(OWN_START !== undefined && { started: OWN_START }) };
  if (!listening) process.on('exit', letGoAtExit);
  listening = true;
  ownHolds.add(file);
  try {
    await writeFile(file, JSON.stringify(owner));
  } catch (error) {
    ownHolds.delete(file);
    throw error;
  }
  // Still this process's until removed: an exit while the removal is under way removes it (`letGoAtExit`).
  return () =>
    rm(file, { force: true }).then(
      () => void ownHolds.delete(file),
      () => undefined,
    );
}

/** Whether a folder entry's name is a hold file. */
export function isHoldFile(name: string): boolean {
  return name.startsWith(HOLD_PREFIX) && name.endsWith(HOLD_SUFFIX);
}

/**
 * The generations live holds name, among `entries` (the names listed in `dir`); stale hold files are
 * removed on the way. A hold that cannot be read (written this instant, or damaged) counts as live.
 */
export async function heldGenerations(dir: string, entries: readonly string[]): Promise<Set<string>> {
  const held = new Set<string>();
  await Promise.all(
    entries.filter(isHoldFile).map(async (name) => {
      const generation = name.slice(HOLD_PREFIX.length, name.lastIndexOf('.', name.length - HOLD_SUFFIX.length - 1));
      if (!(await isStale(path.join(dir, name)))) held.add(generation);
    }),
  );
  return held;
}

/**
 * Whether a live process follows the index in `dir` (holds a generation with `follows`): a running bot that applies
 * and journals the seed changes itself, and folds its journal. Stale holds are removed on the way; never throws.
 */
export async function isFollowed(dir: string): Promise<boolean> {
  const entries = await readdir(dir).catch(() => []);
  const owners = await Promise.all(entries.filter(isHoldFile).map((name) => liveOwner(path.join(dir, name))));
  return owners.some((owner) => owner?.follows === true);
}

/** Whether the hold in `file` was left by a process that is gone (or is too old to be a load's or a save's). */
async function isStale(file: string): Promise<boolean> {
  return (await liveOwner(file)) === null;
}

/**
 * Who holds the hold in `file`: null when it is stale (and then removed); undefined when it cannot be read (gone
 * meanwhile: its holder let go; or being written), which counts as live: keeping a generation one clean-up longer costs only disk.
 */
async function liveOwner(file: string): Promise<HoldOwner | null | undefined> {
  let owner: Partial<HoldOwner>;
  let ageMs: number;
  try {
    const [info, text] = await Promise.all([stat(file), readFile(file, 'utf8')]);
    ageMs = Date.now() - info.mtimeMs;
    owner = JSON.parse(text) as Partial<HoldOwner>;
  } catch {
    return undefined;
  }
  /** The holder's process id when it runs on this host, where the id can be checked. */
  const pid = owner.host === hostname() && typeof owner.pid === 'number' ? owner.pid : undefined;
  // A follower on this host holds for as long as its process runs; any other hold is a load's or a save's, never an hour long.
  const running = pid !== undefined && isRunning(pid, owner.started);
  const stale = pid !== undefined && owner.follows === true ? !running : ageMs > HOLD_STALE_MS || (pid !== undefined && !running);
  if (stale) {
    await rm(file, { force: true }).catch(() => undefined);
    return null;
  }
  return { pid: owner.pid ?? -1, host: owner.host ?? '', ...(owner.follows === true && { follows: true }) };
}

/**
 * Whether the process with id `pid` that started at `started` (`startTime`; undefined: not recorded) runs on this host
 * (signal 0 checks without sending anything; EPERM: it runs as another user). A process with that id started at
 * another time is another process.
 */
function isRunning(pid: number, started: string | undefined): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (errorCode(error) !== 'EPERM') return false;
  }
  const now = started === undefined ? undefined : startTime(pid);
  return now === undefined || now === started;
}
