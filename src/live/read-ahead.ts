/**
 * Reading a seed file into the page cache before its worker asks for it. A build worker reads each file with
 * `readFileSync` and, on a file not yet in the page cache, blocks its core while the disk answers (0.77 ms a file
 * against 0.27 ms from the cache on a quiet machine, docs/BENCHMARKS.md stop 60; more on a busy disk): at 100,000
 * files, tens of seconds of a core. Read here on libuv's thread pool when the file is queued for its worker, it is in
 * the cache by the time the worker reads it.
 */
import { close, constants, open, read } from 'node:fs';

/**
 * How much of a file is read ahead: the whole of nearly every seed file (4 KB on average in the benchmark's archive);
 * the kernel's own read-ahead goes on from there as the worker reads a larger one from its start.
 */
const READ_AHEAD_BYTES = 64 * 1024;

/** Where read-ahead bytes land. Shared by reads that may run at once: nobody ever looks at them. */
const discarded = Buffer.alloc(READ_AHEAD_BYTES);

/**
 * Starts reading the first READ_AHEAD_BYTES of the file at `path`; the bytes are dropped, what stays is the file in
 * the page cache. Resolves once the file is closed again; never rejects and reports nothing: a file that cannot be
 * opened or read is left to its worker, which reads it and says why it is skipped. Opened without blocking, so that a
 * named pipe given a seed's name (the worker skips it as no regular file) never holds one of the pool's few threads
 * waiting for a writer.
 */
export function readAhead(path: string): Promise<void> {
  return new Promise((resolve) => {
    open(path, constants.O_RDONLY | constants.O_NONBLOCK, (opening, fd) => {
      if (opening) return resolve();
      read(fd, discarded, 0, READ_AHEAD_BYTES, 0, () => close(fd, () => resolve()));
    });
  });
}
