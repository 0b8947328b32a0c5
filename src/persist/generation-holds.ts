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
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
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
}

/**
 * Writes a hold on `generation` (a folder name in `dir`) and resolves to the function that lets it go
 * (removes the file; never throws). Throws if the hold cannot be written.
 */
export async function holdGeneration(dir: string, generation: string): Promise<() => Promise<void>> {
  const file = path.join(dir, `${HOLD_PREFIX}${generation}.${randomBytes(6).toString('hex')}${HOLD_SUFFIX}`);
  const owner: HoldOwner = { pid: process.pid, host: hostname() };
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
      const file = path.join(dir, name);
      if (await isStale(file)) await rm(file, { force: true }).catch(() => undefined);
      else held.add(generation);
    }),
  );
  return held;
}

/** Whether the hold in `file` was left by a process that is gone (or is too old to be a load's or a save's). */
async function isStale(file: string): Promise<boolean> {
  try {
    const [info, text] = await Promise.all([stat(file), readFile(file, 'utf8')]);
    if (Date.now() - info.mtimeMs > HOLD_STALE_MS) return true;
    const owner = JSON.parse(text) as Partial<HoldOwner>;
    return owner.host === hostname() && typeof owner.pid === 'number' && !isRunning(owner.pid);
  } catch {
    // Gone meanwhile (its holder let go) or not readable yet (being written): counted live; keeping a generation one clean-up longer costs only disk.
    return false;
  }
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
