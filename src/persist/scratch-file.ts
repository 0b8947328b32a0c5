/**
 * Files a process writes while it runs and reads back itself, seen by no one else: each is unlinked as soon as it is
 * open, so nothing is left in its folder even when the process is killed, and its space is given back when its
 * descriptor is closed. A full build sets aside there what it holds until its save (the articles' text, text-spill.ts;
 * the index's pending postings, search/postings.ts): the operating system's page cache keeps what fits, not the process.
 */
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';

/** Bytes written at and read back from offsets of one scratch file. */
export interface ScratchFile {
  /** Writes `bytes` whole at byte `position`; throws the file system's error (a full disk). */
  write(bytes: Uint8Array, position: number): void;
  /** Fills `target` with the bytes at byte `position`; throws if they cannot be read whole. */
  read(target: Uint8Array, position: number): void;
  /** Closes the file, whose space is given back; reading or writing afterwards throws. */
  close(): void;
}

/**
 * A new file in `folder` (which must exist), open for reading and writing and already unlinked: its descriptor and the
 * name it had (for messages). Throws the file system's error when no file can be made there.
 */
export function openUnlinked(folder: string, prefix: string): { fd: number; name: string } {
  const name = path.join(folder, `${prefix}${randomUUID()}`);
  const fd = openSync(name, 'wx+');
  try {
    unlinkSync(name);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  return { fd, name };
}

/** Writes `bytes` whole at byte `position` of the file open as `fd` (a write may take only part of them). */
export function writeWhole(fd: number, bytes: Uint8Array, position: number): void {
  for (let written = 0; written < bytes.byteLength; ) written += writeSync(fd, bytes, written, bytes.byteLength - written, position + written);
}

/** A scratch file in `folder` (openUnlinked); throws the file system's error when none can be made there. */
export function scratchFile(folder: string, prefix: string): ScratchFile {
  const { fd, name } = openUnlinked(folder, prefix);
  return {
    write: (bytes, position) => writeWhole(fd, bytes, position),
    read(target, position) {
      for (let filled = 0; filled < target.byteLength; ) {
        const read = readSync(fd, target, filled, target.byteLength - filled, position + filled);
        if (read === 0) throw new Error(`scratch file ${name} ends before the bytes written at ${position}`);
        filled += read;
      }
    },
    close: () => closeSync(fd),
  };
}
