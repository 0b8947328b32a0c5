/**
 * Article text set aside on disk while a full build runs (issue 17, the build's peak memory). A build keeps
 * every article it has read until it saves the snapshot, and their UTF-8 text was the largest thing it held:
 * about 330 MB at 100,000 articles, outside the V8 heap but in the process's memory, at the peak (the end of
 * reading, both build workers still alive). Written to a file instead, each text is read back when something
 * reads it (indexing its passages just after, the snapshot's save, a cited passage), as a restored library
 * reads its text from the snapshot's file (persist/snapshot.ts `StoredBytes`); the operating system's page
 * cache, not the process, holds what is read often.
 */
import type { StoredText } from '../corpus/compact.js';
import { openUnlinked, writeWhole } from './scratch-file.js';
import { OpenArrayFile, StoredBytes } from './snapshot.js';

/** Texts appended to one file, each read back from there when wanted. */
export interface TextSpill {
  /** Writes `bytes` at the file's end and returns them as stored there (read each time they are wanted). Throws if they cannot be written whole. */
  keep(bytes: Uint8Array): StoredText;
}

/**
 * A spill file in `folder` (which must exist). The file is unlinked as soon as it is open: its descriptor keeps it
 * readable for as long as some text read from it is held (then it is closed, as a snapshot's array file is), and
 * nothing is left in the folder, even when the process is killed. Throws the file system's error when no file can be
 * made there.
 */
export function textSpill(folder: string): TextSpill {
  const { fd, name } = openUnlinked(folder, '.build-text-');
  const file = new OpenArrayFile(fd, name);
  let end = 0;
  return {
    keep(bytes) {
      writeWhole(fd, bytes, end);
      const stored = new StoredBytes(file, end, bytes.byteLength);
      end += bytes.byteLength;
      return stored;
    },
  };
}
