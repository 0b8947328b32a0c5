/**
 * An append-only journal kept in a snapshot's generation folder (persist/snapshot.ts): the changes made
 * since that snapshot was saved, one record a line, each appended and flushed to disk (fsync) on its
 * own, so that keeping a change costs in proportion to the change, not to the archive (issue 17: the
 * whole snapshot took 14-32 s of the main thread at 100,000 articles). A new snapshot starts a new
 * folder, and so an empty journal; the old folder, journal included, goes once the new manifest is in
 * place.
 *
 * A line is `<CRC-32 of its JSON, 8 hex digits> <JSON>\n`. Reading keeps the records up to the first
 * line that is cut short (a crash mid-append, or a record another process is appending this instant),
 * does not match its checksum, does not parse, or that `decode` refuses. The file is cut back to there
 * only by the first append, so that later appends follow a whole record: a process that only reads (a
 * one-shot `cli` command while the bot appends) never changes the file. What is cut is not lost by the
 * caller's design: records only save work, and whatever a start's restored state does not account for
 * (the seed files) is read again.
 */
import { open, readFile, truncate } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from './file-checksum.js';
import { isFileMissing, syncPath } from './snapshot.js';

/** The journal's file name inside a generation folder. */
export const JOURNAL_FILE = 'journal.jsonl';

const NEWLINE = 0x0a;
const SPACE = 0x20;
const CRC_DIGITS = 8;

export interface Journal<T> {
  /** Bytes of whole records in the file. */
  readonly bytes: number;
  /** Appends one record and flushes it to disk; resolves once it is there. Throws if it cannot be written. */
  append(record: T): Promise<void>;
}

/** An opened journal, the records it held (decoded, in order) and how many bytes after them were cut off as damaged. */
export interface OpenedJournal<T, R> {
  journal: Journal<T>;
  records: R[];
  cutBytes: number;
}

/**
 * Opens the journal of the generation folder `folder` (none yet: empty), reading its whole records
 * through `decode` (which throws on a record it cannot use); the first append cuts off anything after
 * the last whole one before it writes. Appended records are written as `JSON.stringify` gives them.
 * Throws only if the file exists but cannot be read.
 */
export async function openJournal<T, R>(folder: string, decode: (record: unknown) => R): Promise<OpenedJournal<T, R>> {
  const file = path.join(folder, JOURNAL_FILE);
  const bytes = await readFile(file).catch((error: unknown) => {
    if (isFileMissing(error)) return Buffer.alloc(0);
    throw error;
  });
  const records: R[] = [];
  let whole = 0;
  for (let end = bytes.indexOf(NEWLINE); end !== -1; end = bytes.indexOf(NEWLINE, whole)) {
    const record = wholeRecord(bytes.subarray(whole, end), decode);
    if (!record) break;
    records.push(record.value);
    whole = end + 1;
  }
  let damagedTail = whole < bytes.length;
  let size = whole;
  let created = bytes.length > 0;
  const journal: Journal<T> = {
    get bytes() {
      return size;
    },
    async append(record) {
      const json = Buffer.from(JSON.stringify(record), 'utf8');
      const line = Buffer.concat([Buffer.from(`${crc32(json, 0).toString(16).padStart(CRC_DIGITS, '0')} `), json, Buffer.from('\n')]);
      if (damagedTail) {
        await truncate(file, whole);
        damagedTail = false;
      }
      const handle = await open(file, 'a');
      try {
        await handle.write(line);
        await handle.sync();
      } finally {
        await handle.close();
      }
      // A new file's name must reach the disk too, or a crash could lose a journal whose records were flushed.
      if (!created) {
        await syncPath(folder);
        created = true;
      }
      size += line.length;
    },
  };
  return { journal, records, cutBytes: bytes.length - whole };
}

/** The record a line holds (without its newline), or undefined if it is damaged or `decode` refuses it. */
function wholeRecord<R>(line: Buffer, decode: (record: unknown) => R): { value: R } | undefined {
  if (line.length <= CRC_DIGITS + 1 || line[CRC_DIGITS] !== SPACE) return undefined;
  const json = line.subarray(CRC_DIGITS + 1);
  const crc = line.subarray(0, CRC_DIGITS).toString('latin1');
  if (!/^[0-9a-f]{8}$/.test(crc) || Number.parseInt(crc, 16) !== crc32(json, 0)) return undefined;
  try {
    return { value: decode(JSON.parse(json.toString('utf8')) as unknown) };
  } catch {
    return undefined;
  }
}
