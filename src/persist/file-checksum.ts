/**
 * CRC-32 checksums of open files, taken on this thread or on a worker thread of their own (`checksumWorker`): the
 * checksums a restart takes of the snapshot's array files (about 900 MB at 100,000 articles) were about 0.2 s of the
 * main thread's CPU before its first answer, the CRC and a thousand reads' dispatch (docs/BENCHMARKS.md, stop 55).
 */
import { read } from 'node:fs';
import { Worker } from 'node:worker_threads';
import zlib from 'node:zlib';

/** Bytes read at a time, into one buffer kept for the whole file. */
const READ_CHUNK = 1 << 20;

/** zlib's CRC-32 (Node 20.15 and later), undefined before. */
const zlibCrc32 = (zlib as { crc32?: (data: Uint8Array, value: number) => number }).crc32;

/** zlib's CRC-32 (Node 20.15 and later), else the same checksum computed here. */
export const crc32: (data: Uint8Array, value: number) => number = zlibCrc32 ?? crc32InJs;

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (ISO-HDLC, zlib's) of `data` continuing from `value`. */
function crc32InJs(data: Uint8Array, value: number): number {
  let c = ~value >>> 0;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** A file that ended before the bytes its checksum was asked for. */
export class FileEndedEarly extends Error {}

/**
 * CRC-32 of the first `bytes` bytes of the open file `fd`, read on libuv's threads a chunk at a time (READ_CHUNK) into
 * one buffer kept for the whole file: a fresh buffer per chunk is memory new to the process each time, whose first
 * touch cost more than the checksum (docs/BENCHMARKS.md, stop 47). `each` sees every chunk as it comes (a view valid
 * only during the call). Rejects with FileEndedEarly when the file ends first, and with the read's error when it cannot be read.
 */
export async function checksumOf(fd: number, bytes: number, each?: (chunk: Buffer) => void): Promise<number> {
  const chunk = Buffer.allocUnsafeSlow(Math.min(READ_CHUNK, bytes));
  let crc = 0;
  for (let position = 0; position < bytes; ) {
    const bytesRead = await new Promise<number>((resolve, reject) => read(fd, chunk, 0, Math.min(chunk.length, bytes - position), position, (error, count) => (error ? reject(error) : resolve(count))));
    if (bytesRead === 0) throw new FileEndedEarly(`the file ended after ${position} of ${bytes} bytes`);
    const view = chunk.subarray(0, bytesRead);
    crc = crc32(view, crc);
    each?.(view);
    position += bytesRead;
  }
  return crc;
}

/** Checksums taken on a worker thread (`checksumWorker`). */
export interface ChecksumWorker {
  /** As `checksumOf` without `each`, the file read and checked on the worker; the process's descriptor `fd` must stay open until it settles. */
  checksum(fd: number, bytes: number): Promise<number>;
  /** Stops the worker; the checksums it had not given yet, and any asked for later, are taken on this thread. */
  close(): void;
}

type Reply = { id: number } & ({ crc: number } | { endedAt: number } | { error: string });

/**
 * The worker's code, of Node's own modules only: it starts in milliseconds under tsx and vitest as in the bundle, with
 * no file of its own to locate. It takes one file at a time, read with `readSync` on its own thread into one buffer.
 */
const WORKER_CODE = `
const { parentPort } = require('node:worker_threads');
const { readSync } = require('node:fs');
const { crc32 } = require('node:zlib');
const chunk = Buffer.allocUnsafeSlow(${READ_CHUNK});
parentPort.on('message', ({ id, fd, bytes }) => {
  try {
    let crc = 0;
    for (let position = 0; position < bytes; ) {
      const read = readSync(fd, chunk, 0, Math.min(chunk.length, bytes - position), position);
      if (read === 0) return parentPort.postMessage({ id, endedAt: position });
      crc = crc32(chunk.subarray(0, read), crc);
      position += read;
    }
    parentPort.postMessage({ id, crc });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});`;

/**
 * A worker thread for checksums, started now; without zlib's CRC-32 (Node before 20.15) none is started and every
 * checksum is taken on this thread. A worker that fails or ends hands its checksums back to this thread, as `close` does.
 * It holds the process while it runs: close it once its checksums are settled.
 */
export function checksumWorker(): ChecksumWorker {
  interface Job {
    fd: number;
    bytes: number;
    resolve(crc: number): void;
    reject(error: unknown): void;
  }
  const pending = new Map<number, Job>();
  let next = 0;
  let worker = zlibCrc32 ? new Worker(WORKER_CODE, { eval: true }) : undefined;
  const onThisThread = (job: Job) => checksumOf(job.fd, job.bytes).then(job.resolve, job.reject);
  const stop = () => {
    const stopped = worker;
    worker = undefined;
    void stopped?.terminate();
    const left = [...pending.values()];
    pending.clear();
    for (const job of left) onThisThread(job);
  };
  worker?.on('message', (reply: Reply) => {
    const job = pending.get(reply.id);
    if (!job) return;
    pending.delete(reply.id);
    if ('crc' in reply) job.resolve(reply.crc);
    else if ('endedAt' in reply) job.reject(new FileEndedEarly(`the file ended after ${reply.endedAt} of ${job.bytes} bytes`));
    else job.reject(new Error(reply.error));
  });
  worker?.on('error', stop);
  worker?.on('exit', stop);
  return {
    checksum(fd, bytes) {
      const running = worker;
      if (!running) return checksumOf(fd, bytes);
      return new Promise((resolve, reject) => {
        const id = next++;
        pending.set(id, { fd, bytes, resolve, reject });
        running.postMessage({ id, fd, bytes });
      });
    },
    close: stop,
  };
}
