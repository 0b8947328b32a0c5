/**
 * The worker thread of a whole look at a large seeds folder (seed-scan.ts `statSeedFilesOffThread`): stats the files
 * it is sent, one message of paths joined by NUL (a byte no path holds), and answers once with each file's size and
 * modification time (ms) and whether it was found, as transferred typed arrays.
 */
import { parentPort } from 'node:worker_threads';
import { statSeedFile } from './seed-scan.js';

parentPort?.once('message', ({ dir, files }: { dir: string; files: string }) => {
  const paths = files === '' ? [] : files.split('\0');
  const found = new Uint8Array(paths.length);
  const sizes = new Float64Array(paths.length);
  const mtimes = new Float64Array(paths.length);
  for (const [at, file] of paths.entries()) {
    const state = statSeedFile(dir, file);
    if (!state) continue;
    found[at] = 1;
    sizes[at] = state.size;
    mtimes[at] = state.mtimeMs;
  }
  parentPort?.postMessage({ found, sizes, mtimes }, [found.buffer, sizes.buffer, mtimes.buffer]);
});
