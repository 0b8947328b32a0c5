/**
 * A build's work on one seed file, the unit the parallel build hands to a worker thread: read, clean,
 * describe, split and find its statements (the corpus's and the quotes' own public functions), as plain
 * data. Which files are kept (ids, bytes or text another file already gives) is decided afterwards, in
 * seed order, by `collectCorpus`, so a build gives the same result on any number of threads.
 */
import { cleanSeed, readSeedFile, type CleanedSeed, type CorpusWarning, type Passage, type SeedFile } from '../corpus/index.js';
import { analyseArticle, type ArticleQuotes } from '../quotes/index.js';
import { withOneByteStrings } from '../text/one-byte.js';

/** One seed file read: its stamp (id, path, content hash), its article or why it has none, and its statements. */
export interface ReadSeed extends Pick<SeedFile, 'id' | 'file' | 'hash'> {
  cleaned: CleanedSeed;
  /** The article's own quote analysis; null when there is no article. */
  quotes: ArticleQuotes | null;
}

/** One file for a worker thread: the seeds folder and the file's path in it. */
export interface SeedTask {
  seedsDir: string;
  file: string;
}

/** A seed file read, or why it could not be. */
export type PreparedSeed = ReadSeed | { warning: CorpusWarning };

/** `file` (relative to `seedsDir`) read, cleaned, split and analysed for statements; never throws for the file's sake. */
export function prepareSeedFile(seedsDir: string, file: string): PreparedSeed {
  const outcome = readSeedFile(seedsDir, file);
  if ('warning' in outcome) return outcome;
  const { id, file: path, hash } = outcome.file;
  const cleaned = cleanSeed(outcome.file);
  if ('skipped' in cleaned) return { id, file: path, hash, cleaned, quotes: null };
  try {
    return { id, file: path, hash, cleaned, quotes: analyseArticle(cleaned.article) };
  } catch (error) {
    // One article's failure never stops the build (issue 18): it is skipped with its reason, like a file that cannot be cleaned.
    return { id, file: path, hash, cleaned: { skipped: `its statements could not be read (${error instanceof Error ? error.message : String(error)})` }, quotes: null };
  }
}

/** A passage without its text, which is a slice of its article's: sent between threads as a span so the text is copied once. */
type PassageSpan = Omit<Passage, 'text'>;

/** A PreparedSeed as it crosses between threads. */
export type PackedSeed =
  | { warning: CorpusWarning }
  | (Omit<ReadSeed, 'cleaned'> & { cleaned: { skipped: string } | (Omit<Extract<CleanedSeed, { article: unknown }>, 'passages'> & { passages: PassageSpan[] }) });

/**
 * A prepared seed ready to post to another thread: passages as spans of the article text, and strings stored one
 * byte a character where they can be (text/one-byte.ts: the statements, titles and names a build keeps, cut from
 * two-byte article texts, would otherwise cross and stay at two bytes a character).
 */
export function packSeed(prepared: PreparedSeed): PackedSeed {
  if ('warning' in prepared) return prepared;
  const { cleaned } = prepared;
  if ('skipped' in cleaned) return { ...prepared, cleaned };
  return withOneByteStrings({ ...prepared, cleaned: { ...cleaned, passages: cleaned.passages.map(({ text: _text, ...span }) => span) } });
}

/** The inverse of `packSeed`: each passage's text sliced again from its article's (a slice shares the article's memory). */
export function unpackSeed(packed: PackedSeed): PreparedSeed {
  if ('warning' in packed) return packed;
  const { cleaned } = packed;
  if ('skipped' in cleaned) return { ...packed, cleaned };
  const passages = cleaned.passages.map((span) => ({ ...span, text: cleaned.article.text.slice(span.start, span.end) }));
  return { ...packed, cleaned: { ...cleaned, passages } };
}
