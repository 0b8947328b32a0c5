/**
 * Saving and restoring whatever the composition root wants to keep between starts (articles,
 * passages, quotes, the index), under a key made from the corpus files' content and the settings.
 * Snapshots stream: no single string or buffer holds a whole snapshot, so an archive of any size
 * can be saved (a single JSON document stops at V8's largest string, about 512 MB).
 *
 * Layout of the snapshot folder:
 * - `hemeroteca-snapshot.json`, the manifest: format, key, byte order, and the name, size and
 *   CRC-32 of every part file. It is written last, to a temporary file renamed into place after
 *   every part file is flushed to disk (fsync), so a snapshot exists whole or not at all and a crash
 *   at any moment of a save leaves the previous one in use; older generations are removed after the
 *   rename, except those another process holds (persist/generation-holds.ts): one reading it (a
 *   one-shot command while the bot folds its journal) or writing it. A hold left by a reader is let go
 *   once it has read the generation and its journal, and a superseded generation goes then.
 * - `snapshot-<random>/<part>.jsonl`: one JSON record a line, in the order they were given.
 *   Typed arrays inside a record are written as raw bytes to `<part>.bin` and referenced from the
 *   line, so big numeric tables cost no parsing and keep their size.
 *
 * A part file whose size or checksum does not match the manifest, or that does not parse, makes the
 * snapshot corrupt: reported in the result, never thrown.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, createReadStream, createWriteStream, openSync, read, readSync, type WriteStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { endianness } from 'node:os';
import path from 'node:path';
import { errorCode } from '../error-code.js';
import { stepwise } from '../stepwise.js';
import { makeFolder } from './folder.js';
import { heldGenerations, holdGeneration } from './generation-holds.js';
import { checksumOf, checksumWorker, crc32, FileEndedEarly, type ChecksumWorker } from './file-checksum.js';

export type SnapshotLoad<T> =
  | { status: 'restored'; payload: T }
  | { status: 'missing' }
  | { status: 'stale' }
  | { status: 'corrupt'; reason: string };

/** Named parts, each a sequence of JSON-safe records (typed arrays allowed anywhere inside them). */
export type SnapshotParts = Record<string, Iterable<unknown>>;

export interface SnapshotReader {
  /** A part's records in the order they were saved; throws if the part is damaged (loadSnapshot reports it). */
  records(part: string): AsyncIterable<unknown>;
  /** The generation's folder, held while the reading runs: its journal (persist/journal.ts) is read there, then. */
  readonly folder: string;
  /**
   * A part checked now (a damaged one throws now), its records read and parsed only when `parse` is
   * first called: for records a restart does not need before its first answer. Its bytes stay on
   * disk until then (113 MB of statements at 100,000 articles); `count` is how many records it holds.
   */
  deferred(part: string, options?: DeferredOptions): Promise<DeferredPart>;
  /**
   * As `deferred`, for a part named in LoadOptions' `optional`: one the restore can do without (it can be made again
   * from the others). A missing or damaged one resolves to why (`damage`), and the snapshot is still whole.
   */
  optional(part: string, options?: DeferredOptions): Promise<DeferredPart | { damage: string }>;
}

export interface DeferredOptions {
  /** Keep where each record begins while the part is checked, so that `record` reads one without the rest. */
  byRecord?: boolean;
}

export interface DeferredPart {
  count: number;
  /**
   * The records, in order, read and parsed at the first call and remembered. The file stays open
   * until then, so a later snapshot's save (this process's or another's) removing it changes nothing;
   * throws only if its bytes were changed in place since they were checked.
   */
  parse(): unknown[];
  /** The same records, read a chunk per turn of the event loop (a `parse` meanwhile reads the rest at once). */
  parseSoon(): Promise<unknown[]>;
  /**
   * The n-th record (0 ≤ n < count) read and parsed alone, for a part deferred `byRecord` (it throws otherwise), or
   * taken from the records once they are parsed; not remembered. Throws if it does not parse.
   */
  record(n: number): unknown;
}

export interface LoadOptions {
  /**
   * Parts whose byte arrays (Uint8Array) stay in their array file: each is revived as `StoredBytes`, read from
   * the file whenever it is wanted, so that the process does not hold them (the articles' text: 330 MB at
   * 100,000 articles). The file is checked whole at load like any other and kept open while any of them lives.
   */
  bytesOnDisk?: readonly string[];
  /** Parts the restore can do without (SnapshotReader's `optional`): missing or damaged, they leave the snapshot whole. */
  optional?: readonly string[];
  /**
   * Per part, the record keys whose typed arrays stay in the part's array file: each is revived as a `StoredArray`,
   * read a range at a time when wanted (the index's postings: 500 MB at 100,000 articles, of which a question reads a
   * few lists). The file is checked whole at load like any other and kept open while any of them lives.
   */
  arraysOnDisk?: Readonly<Record<string, readonly string[]>>;
  /**
   * Array files of at least this many bytes are checked on a worker thread (persist/file-checksum.ts), not this one
   * (default CHECK_OFF_THREAD_FROM); the load still waits for every check before it says restored.
   */
  checkOffThreadFrom?: number;
}

const MANIFEST = 'hemeroteca-snapshot.json';
/** The single-file snapshot of format 1, removed when a newer snapshot is saved. */
const FORMAT_1_FILE = 'index-snapshot.json';
const GENERATION_PREFIX = 'snapshot-';
const FORMAT = 'hemeroteca-snapshot/3';
/** Lines are written in batches of about this many characters. */
const WRITE_BATCH = 1 << 20;
const READ_CHUNK = 1 << 20;
/** A `StoredArray` read whole goes in reads of this many bytes: a few hundred for the index's postings, none of them long. */
const READ_ALL_CHUNK = 16 << 20;
/**
 * From this size an array file is checked on a worker thread: at 100,000 articles articles.bin (360 MB) and index.bin
 * (534 MB) are, about 0.2 s of this thread's CPU before the first answer (docs/BENCHMARKS.md, stop 55); below it, the
 * worker's start (a few milliseconds of this thread) costs about what the checksum would.
 */
const CHECK_OFF_THREAD_FROM = 32 << 20;
const NEWLINE = 0x0a;
const TYPED_ARRAY_KEY = '$typedArray';

interface FileEntry {
  file: string;
  bytes: number;
  /** CRC-32 of the file's bytes: it tells a damaged file (a torn write, a flipped bit), at 3x sha256's speed (measured: 60 against 150-180 ms per 100 MB). */
  crc32: number;
  /**
   * A part's record file: how many records (lines) it holds, so that a deferred part is not read line by line
   * at a restart only to count them (a third of a second for 113 MB of statements at 100,000 articles). Absent
   * from snapshots saved before it was kept, whose lines are counted.
   */
  count?: number;
}

interface Manifest {
  format: string;
  key: string;
  endianness: string;
  generation: string;
  parts: Record<string, { records: FileEntry; arrays: FileEntry | null }>;
}

const TYPED_ARRAYS = { Uint8Array, Uint16Array, Uint32Array, Int32Array, Float32Array, Float64Array } as const;
type TypedArrayName = keyof typeof TYPED_ARRAYS;
type TypedArray = InstanceType<(typeof TYPED_ARRAYS)[TypedArrayName]>;

/** A key that changes whenever the settings (or, when given, a corpus file's content) change; file order does not matter. */
export function snapshotKey(parts: { fileHashes?: string[]; settings: unknown }): string {
  const hash = createHash('sha256');
  for (const fileHash of [...(parts.fileHashes ?? [])].sort()) hash.update(fileHash).update('\n');
  hash.update(JSON.stringify({ format: FORMAT, settings: parts.settings }));
  return hash.digest('hex');
}

/**
 * Writes every part, then the manifest (temporary file + rename), then removes the older snapshots (and the
 * journals in their folders) that no other process holds. `replaced`, called once the manifest names the new
 * generation and before the clean-up, lets go of the caller's own hold on the generation it used (persist/generation-holds.ts).
 * Returns the new generation's folder.
 */
export async function saveSnapshot(dir: string, key: string, parts: SnapshotParts, replaced?: () => Promise<void>): Promise<string> {
  await makeFolder(dir);
  const generation = GENERATION_PREFIX + randomBytes(6).toString('hex');
  const folder = path.join(dir, generation);
  // In the generation's folder: a clean-up that removes a failed save's folder removes its manifest too.
  const temporaryManifest = path.join(folder, `${MANIFEST}.tmp`);
  // Held while it is written: another process's clean-up (it saves too, or it read an older generation) leaves it.
  const release = await holdGeneration(dir, generation);
  try {
    await mkdir(folder);
    const manifest: Manifest = { format: FORMAT, key, endianness: endianness(), generation, parts: {} };
    for (const [name, records] of Object.entries(parts)) manifest.parts[name] = await writePart(folder, name, records);
    await syncPath(folder);
    await writeFile(temporaryManifest, JSON.stringify(manifest));
    await syncPath(temporaryManifest);
    // Only now, every byte on disk, does the manifest point to the new generation; the old one stays until then.
    await rename(temporaryManifest, path.join(dir, MANIFEST));
    await syncPath(dir);
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  } finally {
    await release();
  }
  await replaced?.();
  await removeUnusedGenerations(dir);
  return folder;
}

/**
 * Flushes a file's (or a folder's entries') data to the disk, so that a crash or power loss after a
 * rename cannot leave the manifest naming files that were never written.
 */
export async function syncPath(file: string): Promise<void> {
  const handle = await open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function writePart(folder: string, name: string, records: Iterable<unknown>): Promise<Manifest['parts'][string]> {
  const lines = openHashedFile(path.join(folder, `${name}.jsonl`));
  let arrays: ReturnType<typeof openHashedFile> | undefined;
  let arrayBytes = 0;
  const pendingArrays: Buffer[] = [];
  let pendingArrayBytes = 0;
  // Typed arrays leave the line for the .bin file; offsets are 8-byte aligned so that they load as views.
  const replacer = (_key: string, value: unknown) => {
    if (!ArrayBuffer.isView(value) || value instanceof DataView) return value;
    const type = value.constructor.name;
    if (!(type in TYPED_ARRAYS)) throw new Error(`cannot save a ${type} in a snapshot`);
    arrays ??= openHashedFile(path.join(folder, `${name}.bin`));
    const padding = (8 - (arrayBytes % 8)) % 8;
    if (padding) pendingArrays.push(Buffer.alloc(padding));
    const offset = arrayBytes + padding;
    pendingArrays.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
    pendingArrayBytes += padding + value.byteLength;
    arrayBytes = offset + value.byteLength;
    return { [TYPED_ARRAY_KEY]: [type, offset, (value as TypedArray).length] };
  };
  let batch: string[] = [];
  let batchLength = 0;
  const flush = async () => {
    // Many small arrays (an article record's) go in one write; big ones (the index's tables) are not copied.
    const small = pendingArrays.length > 1 && pendingArrayBytes <= 2 * WRITE_BATCH;
    for (const buffer of small ? [Buffer.concat(pendingArrays)] : pendingArrays) await arrays!.write(buffer);
    pendingArrays.length = 0;
    await lines.write(batch.join(''));
    batch = [];
    batchLength = 0;
    pendingArrayBytes = 0;
  };
  try {
    let count = 0;
    for (const record of records) {
      count++;
      const line = JSON.stringify(record, replacer) + '\n';
      batch.push(line);
      batchLength += line.length;
      // Arrays are written in batches too: an article record holds three small ones.
      if (batchLength + pendingArrayBytes >= WRITE_BATCH) await flush();
    }
    await flush();
    return { records: { ...(await lines.close()), count }, arrays: arrays ? await arrays.close() : null };
  } finally {
    lines.destroy();
    arrays?.destroy();
  }
}

/** A file written through a stream with back-pressure, hashed as it goes. */
function openHashedFile(file: string) {
  const stream: WriteStream = createWriteStream(file);
  let crc = 0;
  let bytes = 0;
  let failure: Error | undefined;
  stream.on('error', (error) => {
    failure = error;
  });
  return {
    async write(chunk: string | Buffer) {
      const whole = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      // A big array (the index's postings: 500 MB at 100,000 articles) goes a batch at a time, checksum included, so a
      // running bot answers between batches. Nothing is written for an empty chunk (zlib.crc32 gives 0 for an empty view
      // of Node's buffer pool, whatever the checksum so far).
      for (let from = 0; from < whole.length; from += WRITE_BATCH) {
        if (failure) throw failure;
        const buffer = whole.length <= WRITE_BATCH ? whole : whole.subarray(from, from + WRITE_BATCH);
        crc = crc32(buffer, crc);
        bytes += buffer.length;
        // `once` also rejects on 'error', and removes its listeners either way (a race with a second `once` leaked one per wait).
        if (!stream.write(buffer)) await once(stream, 'drain');
        if (failure) throw failure;
      }
    },
    async close(): Promise<FileEntry> {
      stream.end();
      await once(stream, 'finish');
      if (failure) throw failure;
      await syncPath(file);
      return { file: path.basename(file), bytes, crc32: crc };
    },
    destroy: () => stream.destroy(),
  };
}

/**
 * Removes every generation but the one the manifest names, except those a live hold names; a hold is always
 * written before its generation is read or made, and a reader checks the manifest again after writing it.
 * The manifest is read before the holds are listed and again after: if a save renamed it in between, this
 * removes nothing (that save cleans up itself). So a generation removed here was superseded before its holds
 * were listed, and a reader who held it after that sees the newer manifest and does not read it.
 */
async function removeUnusedGenerations(dir: string): Promise<void> {
  const current = await currentGeneration(dir);
  if (current === undefined) return;
  const entries = await readdir(dir).catch(() => []);
  const held = await heldGenerations(dir, entries);
  if ((await currentGeneration(dir)) !== current) return;
  const unused = (name: string) => (name.startsWith(GENERATION_PREFIX) && name !== current && !held.has(name)) || name === FORMAT_1_FILE || (name.startsWith(MANIFEST) && name.endsWith('.tmp'));
  // A failure here leaves only clutter; the snapshot in use is in place.
  await Promise.all(entries.filter(unused).map((name) => rm(path.join(dir, name), { recursive: true, force: true }).catch(() => undefined)));
}

/** The manifest's text, undefined when there is none; throws if it exists but cannot be read. */
async function readManifestText(dir: string): Promise<string | undefined> {
  try {
    return await readFile(path.join(dir, MANIFEST), 'utf8');
  } catch (error) {
    if (isFileMissing(error)) return undefined;
    throw error;
  }
}

/** The generation the manifest names now; undefined when there is no readable manifest. */
export async function currentGeneration(dir: string): Promise<string | undefined> {
  const text = await readManifestText(dir).catch(() => undefined);
  return text === undefined ? undefined : parseManifest(text)?.generation;
}

/**
 * Loads the snapshot saved under `key` with `read`, which takes the parts it needs from the reader.
 * Never throws: a missing, outdated or damaged snapshot (including anything `read` throws) is
 * reported in the result. The generation is held while `read` runs (persist/generation-holds.ts), so
 * that a save by another process meanwhile (a running bot folding its journal) does not remove it;
 * when a save renames the manifest between its reading and the hold, the newer generation is read.
 * Once loaded, the generations no live process holds other than the manifest's are removed, with the holds of
 * processes that are gone (persist/generation-holds.ts).
 */
export async function loadSnapshot<T>(dir: string, key: string, read: (reader: SnapshotReader) => Promise<T>, options: LoadOptions = {}): Promise<SnapshotLoad<T>> {
  for (;;) {
    let text: string | undefined;
    try {
      text = await readManifestText(dir);
    } catch (error) {
      return { status: 'corrupt', reason: `cannot read the snapshot manifest: ${describe(error)}` };
    }
    if (text === undefined) return { status: 'missing' };
    const manifest = parseManifest(text);
    if (!manifest) return { status: 'corrupt', reason: 'the snapshot manifest is unreadable' };
    // A snapshot of another format version or byte order is as outdated as one for other seeds.
    if (manifest.format !== FORMAT || manifest.key !== key || manifest.endianness !== endianness()) return { status: 'stale' };
    // An index folder this process cannot write to is read unheld: nobody saves there without writing, or only another user.
    const release = await holdGeneration(dir, manifest.generation).catch(() => async () => undefined);
    // Still the manifest's generation once held: no clean-up removes it until it is let go. Else a save came between: read the newer one.
    const loaded = (await readManifestText(dir).catch(() => undefined)) === text ? await loadGeneration(dir, manifest, read, options) : undefined;
    await release();
    if (!loaded) continue;
    // A save while it was read left this generation to its reader: it goes now, unless another process still holds it;
    // so do the generations of processes killed while they held them (their holds are collected on the way).
    await removeUnusedGenerations(dir);
    return loaded;
  }
}

/** Loads the generation `manifest` names (loadSnapshot, once it is held); never throws. */
async function loadGeneration<T>(dir: string, manifest: Manifest, read: (reader: SnapshotReader) => Promise<T>, options: LoadOptions): Promise<SnapshotLoad<T>> {

  const folder = path.join(dir, manifest.generation);
  const verified = new Set<string>();
  const entryOf = (part: string) => {
    const entry = manifest.parts[part];
    if (!entry) throw new SnapshotDamage(`the snapshot has no part "${part}"`);
    return entry;
  };
  /** Each part's array file, all read at once as soon as the sizes are checked (below), so that the disk's work overlaps the parsing. */
  const arrays = new Map<string, Promise<ArrayFile>>();
  /**
   * The array files' checksums, taken beside their use and awaited before the snapshot is called restored: a part's
   * records are parsed while its array file is still being checked (at 100,000 articles the articles' 360 MB kept their
   * parsing waiting, docs/BENCHMARKS.md stop 53).
   */
  const checks: Promise<void>[] = [];
  const checking = (check: Promise<void>) => {
    // Awaited once the reader is done; a damaged file fails the load there, not as an unhandled rejection meanwhile.
    check.catch(() => undefined);
    checks.push(check);
  };
  /** Started at the first array file big enough, stopped once the load is done (every check settled). */
  let worker: ChecksumWorker | undefined;
  const offThreadFrom = options.checkOffThreadFrom ?? CHECK_OFF_THREAD_FROM;
  const checkArrayFile = (fd: number, entry: FileEntry) => checkFile(fd, entry, entry.bytes >= offThreadFrom ? (worker ??= checksumWorker()) : undefined);
  const bytesOnDisk = new Set(options.bytesOnDisk);
  const arraysOf = (part: string, entry: Manifest['parts'][string]): Promise<ArrayFile> | undefined => {
    if (!entry.arrays) return undefined;
    let reading = arrays.get(entry.arrays.file);
    if (!reading) {
      const keysOnDisk = new Set(options.arraysOnDisk?.[part]);
      const leftOnDisk = bytesOnDisk.has(part) || keysOnDisk.size > 0;
      reading = leftOnDisk ? checkArrays(folder, entry.arrays, { bytes: bytesOnDisk.has(part), keys: keysOnDisk }, checking, checkArrayFile) : readArrays(folder, entry.arrays, checking, checkArrayFile);
      // Awaited by the part's reader; a part never read fails the load where it is awaited, not as an unhandled rejection.
      reading.catch(() => undefined);
      arrays.set(entry.arrays.file, reading);
    }
    return reading;
  };
  const reader: SnapshotReader = {
    folder,
    records: (part) => {
      const entry = entryOf(part);
      return readPart(folder, entry, arraysOf(part, entry), () => verified.add(part));
    },
    deferred: async (part, deferredOptions = {}) => {
      const entry = entryOf(part);
      const deferred = await readDeferredPart(folder, entry, arraysOf(part, entry), deferredOptions);
      verified.add(part);
      return deferred;
    },
    optional: async (part, deferredOptions) => {
      if (!options.optional?.includes(part)) throw new Error(`snapshot part "${part}" was not loaded as optional`);
      try {
        // Its sizes, unchecked at the start (below): bytes added after a whole part are damage too.
        const entry = entryOf(part);
        await Promise.all([entry.records, entry.arrays].map((file) => file && checkSize(folder, file)));
        return await reader.deferred(part, deferredOptions);
      } catch (error) {
        // Done with, whole or not: the check of the parts left unread below passes it by.
        verified.add(part);
        return { damage: describe(error) };
      }
    },
  };
  try {
    // An optional part's sizes are checked as it is read (`optional`): a wrong one is its damage, not the snapshot's.
    const required = Object.entries(manifest.parts).filter(([part]) => !options.optional?.includes(part));
    await Promise.all(required.flatMap(([, entry]) => [entry.records, entry.arrays]).map((file) => file && checkSize(folder, file)));
    for (const [part, entry] of Object.entries(manifest.parts)) arraysOf(part, entry);
    const payload = await read(reader);
    // Parts the reader skipped are still checked: the snapshot is whole or it is not used.
    for (const [part, entry] of Object.entries(manifest.parts)) if (!verified.has(part)) for await (const _ of readPart(folder, entry, arraysOf(part, entry), () => {}));
    await Promise.all(checks);
    return { status: 'restored', payload };
  } catch (error) {
    // A damaged array file is the cause, whatever its damaged bytes made a reader throw first.
    const damaged = (await Promise.allSettled(checks)).find((check) => check.status === 'rejected');
    const cause: unknown = damaged ? damaged.reason : error;
    return { status: 'corrupt', reason: cause instanceof SnapshotDamage ? cause.message : `the snapshot could not be restored: ${describe(cause)}` };
  } finally {
    // A check begun after this (a part whose reading had not yet opened its file) is taken on this thread.
    worker?.close();
  }
}

class SnapshotDamage extends Error {}

async function checkSize(folder: string, entry: FileEntry): Promise<void> {
  let size: number;
  try {
    size = (await stat(path.join(folder, entry.file))).size;
  } catch (error) {
    throw new SnapshotDamage(`snapshot file ${entry.file} cannot be read: ${describe(error)}`);
  }
  if (size !== entry.bytes) throw new SnapshotDamage(`snapshot file ${entry.file} is truncated or altered (${size} bytes, ${entry.bytes} expected)`);
}

/** One line of a part file as its record, typed arrays revived from the part's array file. */
function parseRecord(line: string, file: string, arrays: ArrayFile | undefined): unknown {
  const record = parseLine(line, file);
  // A walk afterwards, not a JSON.parse reviver: a reviver makes V8 parse several times slower.
  return arrays ? reviveTypedArrays(record, arrays) : record;
}

/** One line of a part file parsed, its typed arrays still references; throws SnapshotDamage if it does not parse. */
function parseLine(line: string, file: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch (error) {
    throw new SnapshotDamage(`snapshot file ${file} has an unreadable record: ${describe(error)}`);
  }
}

async function readDeferredPart(folder: string, entry: Manifest['parts'][string], arrayFile: Promise<ArrayFile> | undefined, options: DeferredOptions): Promise<DeferredPart> {
  const arrays = await arrayFile;
  const file = path.join(folder, entry.records.file);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new SnapshotDamage(`snapshot file ${entry.records.file} cannot be read: ${describe(error)}`);
  }
  // Checked as it is read by, lines counted when the manifest does not say how many; nothing kept.
  const known = entry.records.count;
  let count = known ?? 0;
  /** With `byRecord`: where each record begins, and after the last one the file's end. */
  const starts: number[] | undefined = options.byRecord ? [0] : undefined;
  try {
    let last: number | undefined;
    let position = 0;
    const crc = await checksumOf(fd, entry.records.bytes, (bytes) => {
      if (known === undefined || starts) {
        for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) {
          if (known === undefined) count++;
          starts?.push(position + at + 1);
        }
      }
      position += bytes.length;
      if (bytes.length > 0) last = bytes[bytes.length - 1];
    }).catch(endedEarly(entry.records));
    verify(entry.records, crc);
    if (last !== undefined && last !== NEWLINE) throw new SnapshotDamage(`snapshot file ${entry.records.file} ends in the middle of a record`);
    if (starts && starts.length !== count + 1) throw new SnapshotDamage(`snapshot file ${entry.records.file} holds ${starts.length - 1} records, ${count} expected`);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  let closed = false;
  const parsing = stepwise(function* (): Generator<void, unknown[]> {
    const parsed: unknown[] = [];
    // Read a chunk at a time, not whole: the whole file (113 MB of statements at 100,000 articles) would stay in the
    // process's memory until a garbage collection came, after the records made from it.
    const chunk = Buffer.allocUnsafe(READ_CHUNK);
    let crc = 0;
    let unfinished: Buffer = Buffer.alloc(0);
    try {
      for (let position = 0, read = -1; position < entry.records.bytes && read !== 0; position += read) {
        read = readSync(fd, chunk, 0, Math.min(READ_CHUNK, entry.records.bytes - position), position);
        const bytes = chunk.subarray(0, read);
        crc = crc32(bytes, crc);
        const lastNewline = bytes.lastIndexOf(NEWLINE);
        if (lastNewline === -1) {
          unfinished = Buffer.concat([unfinished, bytes]);
          continue;
        }
        const lines = Buffer.concat([unfinished, bytes.subarray(0, lastNewline)]).toString('utf8');
        unfinished = Buffer.from(bytes.subarray(lastNewline + 1));
        for (const line of lines.split('\n')) parsed.push(parseRecord(line, entry.records.file, arrays));
        // A chunk's records are a slice: parsed ahead, a running bot answers between chunks.
        yield;
      }
    } finally {
      closeSync(fd);
      closed = true;
    }
    if (crc !== entry.records.crc32 || unfinished.length > 0) throw new Error(`snapshot file ${entry.records.file} was changed in place since the library was restored from it`);
    return parsed;
  });
  const record = (n: number): unknown => {
    if (!starts) throw new Error(`snapshot part ${entry.records.file} was not deferred by record`);
    if (!Number.isInteger(n) || n < 0 || n >= count) throw new RangeError(`snapshot part ${entry.records.file} has no record ${n}`);
    // Once the whole part was read, its file is closed: the record is the parsed one.
    if (closed) return parsing.now()[n];
    const line = Buffer.allocUnsafe(starts[n + 1]! - 1 - starts[n]!);
    for (let filled = 0; filled < line.length; ) {
      const read = readSync(fd, line, filled, line.length - filled, starts[n]! + filled);
      if (read === 0) throw new Error(`snapshot file ${entry.records.file} was cut short since the library was restored from it`);
      filled += read;
    }
    return parseRecord(line.toString('utf8'), entry.records.file, arrays);
  };
  return { count, parse: () => parsing.now(), parseSoon: () => parsing.soon(), record };
}

async function* readPart(folder: string, entry: Manifest['parts'][string], arrayFile: Promise<ArrayFile> | undefined, onVerified: () => void): AsyncGenerator<unknown> {
  const arrays = await arrayFile;
  let crc = 0;
  const parse = (line: string) => parseRecord(line, entry.records.file, arrays);
  // Bytes of a line not yet ended; a newline byte never occurs inside a UTF-8 character, so lines are cut as bytes.
  let unfinished: Buffer[] = [];
  for await (const chunk of createReadStream(path.join(folder, entry.records.file), { highWaterMark: READ_CHUNK })) {
    const bytes = chunk as Buffer;
    crc = crc32(bytes, crc);
    const lastNewline = bytes.lastIndexOf(NEWLINE);
    if (lastNewline === -1) {
      unfinished.push(bytes);
      continue;
    }
    const complete = Buffer.concat([...unfinished, bytes.subarray(0, lastNewline)]);
    unfinished = [bytes.subarray(lastNewline + 1)];
    for (const line of complete.toString('utf8').split('\n')) {
      if (!arrays?.prepare) {
        yield parse(line);
        continue;
      }
      const record = parseLine(line, entry.records.file);
      await arrays.prepare(record);
      yield reviveTypedArrays(record, arrays);
    }
  }
  if (unfinished.some((piece) => piece.length > 0)) throw new SnapshotDamage(`snapshot file ${entry.records.file} ends in the middle of a record`);
  verify(entry.records, crc);
  onVerified();
}

/** Where a record's typed arrays come from: the array file read whole, or left on disk with its byte arrays read when wanted. */
interface ArrayFile {
  bytes: number;
  /** The `length` elements of `Type` at `offset` (checked to lie inside the file), found under `key` in its record. */
  view(type: TypedArrayName, offset: number, length: number, key: string | undefined): TypedArray | StoredBytes | StoredArray;
  /** Reads a parsed record's arrays that `view` would read on this thread, on libuv's threads instead, for `view` to hand out. */
  prepare?(record: unknown): Promise<void>;
}

/**
 * The whole .bin file in one buffer of its own (so typed arrays can be views into it), once it is read; its checksum
 * is handed to `checking` (it rejects with SnapshotDamage on a mismatch), for the caller to await before it trusts the
 * arrays. The checksum is taken from a second reading of the file through a small buffer (`checkArrayFile`: on a worker
 * thread for a big file), beside the first (on libuv's threads): a pass over the big buffer would be this thread's first touch of each of its pages,
 * which costs several times the checksum itself on some machines (docs/BENCHMARKS.md, stop 47), and the pages a
 * question never reads then stay untouched. Both readings are of one open file, which no save writes in place.
 */
async function readArrays(folder: string, entry: FileEntry, checking: (check: Promise<void>) => void, checkArrayFile: CheckArrayFile): Promise<ArrayFile> {
  const buffer = Buffer.allocUnsafeSlow(entry.bytes);
  const handle = await open(path.join(folder, entry.file), 'r');
  const fill = async () => {
    for (let filled = 0; filled < entry.bytes; ) {
      const { bytesRead } = await handle.read(buffer, filled, entry.bytes - filled, filled);
      if (bytesRead === 0) throw new SnapshotDamage(`snapshot file ${entry.file} is truncated`);
      filled += bytesRead;
    }
  };
  const filling = fill();
  const check = checkArrayFile(handle.fd, entry);
  // Both readings end before the file is closed, whichever fails first.
  const closed = Promise.allSettled([filling, check]).then(() => handle.close());
  checking(closed.then(() => check));
  await filling;
  return { bytes: entry.bytes, view: (type, offset, length) => new TYPED_ARRAYS[type](buffer.buffer as ArrayBuffer, buffer.byteOffset + offset, length) };
}

/** Closes an array file kept open once nothing read from it is left. */
const openArrayFiles = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // Already closed: nothing is held.
  }
});

/**
 * A file kept open for the bytes read back from it (a snapshot's array file, or a build's text set aside:
 * text-spill.ts); every `StoredBytes` of it holds it, so the descriptor `fd` is closed only after the last one goes.
 * `name` names the file in errors.
 */
export class OpenArrayFile {
  constructor(
    readonly fd: number,
    readonly name: string,
  ) {
    openArrayFiles.register(this, fd);
  }
}

/**
 * A byte array left in a snapshot's array file, read each time it is wanted (`read`: a buffer of its own).
 * The snapshot's files are never written in place (a save makes a new generation), and the open descriptor
 * keeps the bytes readable after a later save removes the folder, as for a deferred part.
 */
export class StoredBytes {
  constructor(
    readonly file: OpenArrayFile,
    readonly position: number,
    readonly byteLength: number,
  ) {}

  /** The bytes from `start` to `end` (offsets into these, as `Uint8Array.subarray` takes them), still in the file. */
  subarray(start: number, end: number): StoredBytes {
    return new StoredBytes(this.file, this.position + start, Math.max(0, Math.min(end, this.byteLength) - start));
  }

  /** The bytes, read from the file; throws if they can no longer be read whole. */
  read(): Buffer {
    return this.readInto(Buffer.allocUnsafe(this.byteLength));
  }

  /** The bytes read into `target` (at least `byteLength` long), which is returned. */
  readInto<T extends Uint8Array>(target: T): T {
    for (let filled = 0; filled < this.byteLength; ) {
      const read = readSync(this.file.fd, target, filled, this.byteLength - filled, this.position + filled);
      if (read === 0) throw new Error(`file ${this.file.name} was cut short since these bytes were stored in it`);
      filled += read;
    }
    return target;
  }
}

/**
 * A typed array left in a snapshot's array file (`LoadOptions.arraysOnDisk`), read a range at a time into an
 * array of its own. As for `StoredBytes`, the file is never written in place and stays open while this lives.
 */
export class StoredArray {
  constructor(
    readonly file: OpenArrayFile,
    readonly type: TypedArrayName,
    /** Byte offset of its first element in the file. */
    readonly position: number,
    /** How many elements it holds. */
    readonly length: number,
  ) {}

  /**
   * Elements `from` to `to` (indices, `to` excluded, as `subarray` takes them; clamped to the array) in a new
   * array of the stored type. Throws if the file can no longer be read whole there.
   */
  read(from: number, to: number): TypedArray {
    const Type = TYPED_ARRAYS[this.type];
    const start = Math.max(0, Math.min(from, this.length));
    const array = new Type(Math.max(0, Math.min(to, this.length) - start));
    new StoredBytes(this.file, this.position + start * Type.BYTES_PER_ELEMENT, array.byteLength).readInto(new Uint8Array(array.buffer));
    return array;
  }

  /**
   * Every element in an array of its own, read on libuv's threads (this thread only dispatches the reads, so it
   * answers meanwhile); rejects if the file can no longer be read whole.
   */
  async readAll(): Promise<TypedArray> {
    const array = new TYPED_ARRAYS[this.type](this.length);
    await readFully(this.file, new Uint8Array(array.buffer), this.position);
    return array;
  }
}

/** `bytes` filled from `file` at `position`, read on libuv's threads in READ_ALL_CHUNK reads; rejects if the file ends first. */
async function readFully(file: OpenArrayFile, bytes: Uint8Array, position: number): Promise<void> {
  for (let filled = 0; filled < bytes.length; ) {
    const length = Math.min(READ_ALL_CHUNK, bytes.length - filled);
    const bytesRead = await new Promise<number>((resolve, reject) => read(file.fd, bytes, filled, length, position + filled, (error, count) => (error ? reject(error) : resolve(count))));
    if (bytesRead === 0) throw new Error(`file ${file.name} was cut short since these numbers were stored in it`);
    filled += bytesRead;
  }
}

/**
 * The .bin file left open: when `leave.bytes`, its byte arrays are revived as `StoredBytes`; the typed arrays under a
 * key of `leave.keys` as `StoredArray`; the others are read into arrays of their own. Its checksum (the whole file
 * streamed: nothing kept; `checkArrayFile`, on a worker thread for a big file) is handed to `checking`, for the caller
 * to await before it trusts the arrays.
 */
async function checkArrays(folder: string, entry: FileEntry, leave: { bytes: boolean; keys: ReadonlySet<string> }, checking: (check: Promise<void>) => void, checkArrayFile: CheckArrayFile): Promise<ArrayFile> {
  let fd: number;
  try {
    fd = openSync(path.join(folder, entry.file), 'r');
  } catch (error) {
    throw new SnapshotDamage(`snapshot file ${entry.file} cannot be read: ${describe(error)}`);
  }
  const file = new OpenArrayFile(fd, entry.file);
  // The descriptor stays with `file` (closed once nothing read from it is left), damaged or not.
  checking(checkArrayFile(fd, entry));
  const leftInFile = (type: TypedArrayName, key: string | undefined) => (key !== undefined && leave.keys.has(key)) || (leave.bytes && type === 'Uint8Array');
  /** Arrays read ahead by `prepare`, by offset. */
  const prepared = new Map<number, TypedArray>();
  // Where the big arrays stay in the file (the index's postings), the others (the index's vocabularies, lengths and
  // offsets: 28 MB at 100,000 articles, memory new to the process) are read on libuv's threads, not this one.
  const prepare = async (record: unknown) => {
    const reads: Promise<void>[] = [];
    forEachTypedArray(record, (type, offset, length, key) => {
      const Type = TYPED_ARRAYS[type];
      // A reference out of bounds is left to `typedArrayView`, which names the damage.
      if (!Object.hasOwn(TYPED_ARRAYS, type) || leftInFile(type, key) || prepared.has(offset) || !Number.isInteger(offset) || !Number.isInteger(length) || offset % 8 !== 0 || offset + length * Type.BYTES_PER_ELEMENT > entry.bytes) return;
      const array = new Type(length);
      prepared.set(offset, array);
      reads.push(readFully(file, new Uint8Array(array.buffer), offset));
    });
    await Promise.all(reads);
  };
  return {
    bytes: entry.bytes,
    view: (type, offset, length, key) => {
      if (key !== undefined && leave.keys.has(key)) return new StoredArray(file, type, offset, length);
      const stored = new StoredBytes(file, offset, length * TYPED_ARRAYS[type].BYTES_PER_ELEMENT);
      if (leave.bytes && type === 'Uint8Array') return stored;
      const ready = prepared.get(offset);
      prepared.delete(offset);
      if (ready instanceof TYPED_ARRAYS[type] && ready.length === length) return ready;
      const array = new TYPED_ARRAYS[type](length);
      stored.readInto(new Uint8Array(array.buffer));
      return array;
    },
    ...(leave.keys.size > 0 && { prepare }),
  };
}

/** Calls `visit` with each typed array reference in a parsed record (its type, offset, length and the key it is under). */
function forEachTypedArray(value: unknown, visit: (type: TypedArrayName, offset: number, length: number, key: string | undefined) => void, key?: string): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) forEachTypedArray(item, visit);
    return;
  }
  const object = value as Record<string, unknown>;
  if (TYPED_ARRAY_KEY in object) {
    const [type, offset, length] = object[TYPED_ARRAY_KEY] as [TypedArrayName, number, number];
    visit(type, offset, length, key);
    return;
  }
  for (const name in object) forEachTypedArray(object[name], visit, name);
}

/**
 * `value` with every typed array reference in it replaced by its array (objects and arrays are changed in place);
 * `key` is the property `value` was found under (undefined for a record or a list's item).
 */
function reviveTypedArrays(value: unknown, arrays: ArrayFile, key?: string): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'object' && item !== null) value[i] = reviveTypedArrays(item, arrays);
    }
    return value;
  }
  const object = value as Record<string, unknown>;
  if (TYPED_ARRAY_KEY in object) return typedArrayView(object, arrays, key);
  for (const name in object) {
    const item = object[name];
    if (typeof item === 'object' && item !== null) object[name] = reviveTypedArrays(item, arrays, name);
  }
  return object;
}

function typedArrayView(value: Record<string, unknown>, arrays: ArrayFile, key: string | undefined): TypedArray | StoredBytes | StoredArray {
  const [type, offset, length] = value[TYPED_ARRAY_KEY] as [TypedArrayName, number, number];
  const Type = TYPED_ARRAYS[type];
  if (!Type || !Number.isInteger(offset) || !Number.isInteger(length) || offset % 8 !== 0 || offset + length * Type.BYTES_PER_ELEMENT > arrays.bytes) {
    throw new SnapshotDamage('a snapshot record points outside its array file');
  }
  return arrays.view(type, offset, length, key);
}

/** Checks an array file (its open descriptor `fd`) against its manifest entry, rejecting with SnapshotDamage when it differs. */
type CheckArrayFile = (fd: number, entry: FileEntry) => Promise<void>;

/**
 * The open file `fd` checked against its manifest entry: its CRC-32 taken on `worker` when given, else on this thread;
 * rejects with SnapshotDamage when it differs or the file ends early, and with the read's error when it cannot be read.
 */
async function checkFile(fd: number, entry: FileEntry, worker: ChecksumWorker | undefined): Promise<void> {
  verify(entry, await (worker ? worker.checksum(fd, entry.bytes) : checksumOf(fd, entry.bytes)).catch(endedEarly(entry)));
}

/** A checksum's FileEndedEarly as the SnapshotDamage it is for the snapshot's file `entry`; any other error as it is. */
const endedEarly = (entry: FileEntry) => (error: unknown): never => {
  throw error instanceof FileEndedEarly ? new SnapshotDamage(`snapshot file ${entry.file} is truncated`) : error;
};

function verify(entry: FileEntry, crc: number): void {
  if (crc !== entry.crc32) throw new SnapshotDamage(`snapshot file ${entry.file} is altered (checksum mismatch)`);
}

function parseManifest(text: string): Manifest | undefined {
  try {
    const value = JSON.parse(text) as Partial<Manifest> | null;
    if (!value || typeof value.format !== 'string' || typeof value.key !== 'string' || typeof value.endianness !== 'string') return undefined;
    if (typeof value.generation !== 'string' || !value.generation.startsWith(GENERATION_PREFIX) || !isPlainFileName(value.generation)) return undefined;
    if (typeof value.parts !== 'object' || value.parts === null) return undefined;
    // Every file a part names must lie inside the generation's folder: a damaged or edited manifest must not make the bot open files elsewhere.
    const entries = Object.values(value.parts as Record<string, Partial<Manifest['parts'][string]> | null>);
    if (!entries.every((entry) => entry !== null && typeof entry === 'object' && isFileEntry(entry.records) && (entry.arrays === null || isFileEntry(entry.arrays)))) return undefined;
    return value as Manifest;
  } catch {
    return undefined;
  }
}

/** A name for a file directly inside a folder: no separator of any platform, not "." or "..". */
function isPlainFileName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[\\/\0]/.test(name);
}

function isFileEntry(entry: unknown): entry is FileEntry {
  if (typeof entry !== 'object' || entry === null) return false;
  const { file, bytes, crc32: crc, count } = entry as Partial<FileEntry>;
  return typeof file === 'string' && isPlainFileName(file) && typeof bytes === 'number' && Number.isSafeInteger(bytes) && bytes >= 0 && Number.isInteger(crc) && (count === undefined || (Number.isSafeInteger(count) && count >= 0));
}

/** Whether a file system error says the file does not exist (ENOENT). */
export function isFileMissing(error: unknown): boolean {
  return errorCode(error) === 'ENOENT';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
