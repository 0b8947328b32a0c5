/**
 * Holds on snapshot generations (persist/snapshot.ts): a process that reads a generation (a start, a
 * one-shot `cli` command) or is writing one leaves a small file in the snapshot folder naming it, and a
 * save's clean-up removes no generation that a live hold names. The scheme is a hazard pointer's: the
 * reader publishes its hold, then checks that the manifest still names the generation; the remover reads
 * the manifest before it lists the holds (see snapshot.ts, removeUnusedGenerations), so one of the two
 * always sees the other.
 *
 * A hold outlives its process only if the process is killed: such a hold is stale, and removed, once its
 * process is gone (same host) or once it is older than HOLD_STALE_MS (a process on another host sharing
 * the folder, whose process ids mean nothing here).
 *
 * A running bot that follows its seeds folder journals into its generation for as long as it runs: it holds
 * that generation as its follower (`follows`), a hold that on this host lasts while its process does, however
 * old. A one-shot command that finds such a hold leaves saving to that process (isFollowed).
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
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
}

/**
 * Writes a hold on `generation` (a folder name in `dir`) and resolves to the function that lets it go
 * (removes the file; never throws). `follows`: held by the process that journals there while it runs.
 * Throws if the hold cannot be written.
 */
export async function holdGeneration(dir: string, generation: string, follows = false): Promise<() => Promise<void>> {
  const file = path.join(dir, `${HOLD_PREFIX}${generation}.${randomBytes(6).toString('hex')}${HOLD_SUFFIX}`);
  const owner: HoldOwner = { pid: process.pid, host: hostname(), ...(follows && { follows }) };
  await writeFile(file, JSON.stringify(owner));
  return () => rm(file, { force: true }).catch(() => undefined);
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
  const stale = pid !== undefined && owner.follows === true ? !isRunning(pid) : ageMs > HOLD_STALE_MS || (pid !== undefined && !isRunning(pid));
  if (stale) {
    await rm(file, { force: true }).catch(() => undefined);
    return null;
  }
  return { pid: owner.pid ?? -1, host: owner.host ?? '', ...(owner.follows === true && { follows: true }) };
}

/** Whether a process with id `pid` runs on this host (signal 0 checks without sending anything; EPERM: it runs as another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}
