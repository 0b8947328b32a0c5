/**
 * Creating the folder the bot keeps its files in (INDEX_DIR), with its missing parents.
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { errorCode } from '../error-code.js';

/**
 * Creates folder `dir` and any missing parent, as `mkdir -p` does; resolves when it exists as a folder.
 * Throws the file system's error when it cannot be made (EACCES, ENOTDIR, ENOENT…), or ENOTDIR when `dir`
 * exists and is no folder.
 *
 * Not Node's `mkdir(dir, { recursive: true })`: under a path whose parent exists but can hold no new child
 * (anything under /proc), mkdir answers ENOENT and Node's recursive walk takes that for a missing parent,
 * makes the parent (EEXIST), tries again, for ever: the promise never settles and a thread-pool thread spins
 * (nodejs/node: the same loop Bun fixed in oven-sh/bun#36162). Here each level is tried once: ENOENT once the
 * parent exists is final.
 */
export async function makeFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir);
    return;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return expectFolder(dir, error);
    const parent = path.dirname(dir);
    if (errorCode(error) !== 'ENOENT' || parent === dir) throw error;
    await makeFolder(parent);
  }
  try {
    await mkdir(dir);
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
    await expectFolder(dir, error);
  }
}

/** Resolves if `dir` is a folder (made meanwhile by someone else); else throws `error`, the EEXIST that said something is there. */
async function expectFolder(dir: string, error: unknown): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${dir}'`), { code: 'ENOTDIR', cause: error });
}
