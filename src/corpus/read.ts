/**
 * Reads the seeds folder: every .txt, .md and .html file in it and its subfolders (hidden ones
 * aside), decoded and reduced to plain text. A file that cannot be used (empty, binary, too large,
 * unreadable) is skipped with one warning and never stops the rest; a missing folder is an empty
 * corpus with a warning.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { setImmediate } from 'node:timers/promises';
import { basename, extname, join, sep } from 'node:path';
import { decodeBytes } from './decode.js';
import { endsInText, hasMarkup, isHtmlDocument, readHtml } from './html.js';
import { readMarkdown } from './markdown.js';
import { describeError, listSeedPaths, MAX_FILE_BYTES, SEED_FORMATS, seedId, sortForBuild } from './seed-list.js';
import type { CorpusWarning, PageMeta, SeedFile } from './types.js';

/**
 * Files read between two turns of the event loop. Reading small files one after another with
 * synchronous calls is about four times faster than the same reads as concurrent promises
 * (docs/BENCHMARKS.md, 'Figures behind code comments'), and yielding after each batch keeps the process responsive.
 */
const BATCH = 200;

export type Outcome = { file: SeedFile } | { warning: CorpusWarning };

/**
 * Every seed file under `dir` read and decoded, in the order a build reads them (seed-list.ts sortForBuild), with a
 * warning for each file skipped or folder not listed.
 */
export async function readSeedFiles(dir: string): Promise<{ files: SeedFile[]; warnings: CorpusWarning[] }> {
  const warnings: CorpusWarning[] = [];
  const paths = await listSeedPaths(dir, dir, warnings);
  const ordered = sortForBuild(paths.map((file) => ({ file, mtimeMs: modifiedAt(join(dir, file)) })));
  const outcomes = await mapInBatches(ordered, ({ file }) => readSeedFile(dir, file));
  const files: SeedFile[] = [];
  for (const outcome of outcomes) {
    if ('file' in outcome) files.push(outcome.file);
    else warnings.push(outcome.warning);
  }
  return { files, warnings };
}

/** A file's modification time (ms since the epoch); 0 when it cannot be stat'ed (readSeedFile then says why it is skipped). */
function modifiedAt(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** One seed file (`file` relative to `dir`) read as `readSeedFiles` reads each: a SeedFile, or why it is skipped. */
export function readSeedFile(dir: string, file: string): Outcome {
  const skip = (reason: string): Outcome => ({ warning: { file, message: `skipped: ${reason}` } });
  const path = join(dir, file);
  let bytes: Buffer;
  let info: Stats;
  try {
    // Size first, so that a huge file is never loaded into memory.
    const own = lstatSync(path);
    info = own.isSymbolicLink() ? statSync(path) : own;
    if (!info.isFile()) return skip('not a regular file');
    // Whoever may add a link to the seeds folder could otherwise publish any file the bot can read (its .env).
    const target = own.isSymbolicLink() ? basename(realpathSync(path)) : undefined;
    if (target !== undefined && !SEED_FORMATS[extname(target).toLowerCase()]) return skip(`it is a link to "${target}", which is no article: a link may only bring in a .txt, .md or .html file`);
    if (info.size > MAX_FILE_BYTES) return skip(`the file is ${megabytes(info.size)} MB, over the ${megabytes(MAX_FILE_BYTES)} MB limit`);
    bytes = readFileSync(path);
  } catch (error) {
    return skip(`the file could not be read (${describeError(error)})`);
  }
  const outcome = readSeedBytes(file, bytes);
  if ('file' in outcome) outcome.file.modifiedMs = info.mtimeMs;
  return outcome;
}

/**
 * One seed file's bytes as a SeedFile: decoded, and reduced to plain text by its format (from the
 * extension of `file`, its path relative to the seeds folder, unless the content says otherwise: see
 * hasMarkup, isHtmlDocument); a warning when it cannot be used.
 */
export function readSeedBytes(file: string, bytes: Buffer): Outcome {
  const skip = (reason: string): Outcome => ({ warning: { file, message: `skipped: ${reason}` } });
  let reduced: { text: string; meta: PageMeta };
  let cutShort = false;
  let blank = true;
  try {
    const decoded = decodeBytes(bytes);
    if (decoded.kind === 'binary') return skip('the file is binary, not text');
    blank = !decoded.text.trim();
    const named = SEED_FORMATS[extname(file).toLowerCase()] ?? 'text';
    // The content settles a format its name gets wrong: a page without markup is text, a text file that is a saved page is HTML.
    const format = named === 'html' ? (hasMarkup(decoded.text) ? 'html' : 'text') : isHtmlDocument(decoded.text) ? 'html' : named;
    reduced = composed(reduce(decoded.text.normalize('NFC'), format));
    cutShort = format === 'html' && endsInText(decoded.text);
  } catch (error) {
    // One file's failure never stops the rest (issue 18): it is skipped with its reason.
    return skip(`it could not be read as a page (${describeError(error)})`);
  }
  const { text, meta } = reduced;
  // A page whose markup holds no text ("<html><head><title>Roto") is not empty: its reader is told what was missing.
  if (!text.trim()) return skip(blank ? 'the file is empty' : 'no article text was found in it');
  const seed: SeedFile = { id: seedId(file), file: file.split(sep).join('/'), text, hash: seedFileHash(bytes) };
  if (Object.keys(meta).length) seed.meta = meta;
  if (cutShort) seed.cutShort = true;
  return { file: seed };
}

/** A seed file's content hash, as its record and the snapshot keep it: SHA-256 of its bytes, in hex. */
export function seedFileHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function reduce(text: string, format: 'text' | 'markdown' | 'html'): { text: string; meta: PageMeta } {
  if (format === 'html') return readHtml(text);
  if (format === 'markdown') return readMarkdown(text);
  return { text, meta: {} };
}

/**
 * Text and metadata in Unicode's composed form (NFC). Files written by macOS tools and some CMS exports
 * spell "á" as "a" plus a combining accent (NFD); every later step (the quote extractor's capital-letter
 * name patterns, title and byline rules) expects one code point per letter, as typed text has. The decoded
 * text is composed before it is read, and the result again, for accents an HTML entity spelt decomposed.
 */
function composed({ text, meta }: { text: string; meta: PageMeta }): { text: string; meta: PageMeta } {
  const fields = Object.entries(meta).map(([key, value]) => [key, typeof value === 'string' ? value.normalize('NFC') : value]);
  return { text: text.normalize('NFC'), meta: Object.fromEntries(fields) as PageMeta };
}

async function mapInBatches<T, R>(items: T[], task: (item: T) => R): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += BATCH) {
    for (const item of items.slice(start, start + BATCH)) results.push(task(item));
    await setImmediate();
  }
  return results;
}

/** Mebibytes with one decimal, rounded up, so that a file a few bytes over the limit does not read as the limit ("20.1 MB over the 20 MB limit"). */
function megabytes(bytes: number): string {
  const mebibytes = bytes / (1024 * 1024);
  return Number.isInteger(mebibytes) ? String(mebibytes) : (Math.ceil(mebibytes * 10) / 10).toFixed(1);
}
