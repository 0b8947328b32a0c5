/**
 * The library's data (articles, passages, statements, warnings) and the seed files it came from,
 * built from the whole seeds folder or brought up to date with only the files that changed. The
 * passage index is updated by the caller with the `PassageChange` an update returns.
 */
import type { Logger } from '../log.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { seedId } from '../corpus/read.js';
import { collectCorpus, type Article, type CorpusWarning, type Passage, type SeedFile } from '../corpus/index.js';
import { compactCorpus } from '../corpus/compact.js';
import { mergeQuoteAnalyses, type ArticleQuotes, type QuoteData } from '../quotes/index.js';
import type { PassageChange } from '../search/store.js';
import { scanSeedFolder, type SeedDiff, type SeedFileState } from './seed-scan.js';
import { prepareSeedFile, unpackSeed, type PreparedSeed, type ReadSeed } from './seed-work.js';
import { runInWorkers, WorkersUnavailable } from '../worker-pool.js';
import { MIN_FILES_PER_THREAD, seedRun, type SeedReader } from './seed-reader.js';
import { lapTimer } from '../stopwatch.js';

/** A seed file as last read: its state, its content hash (null when it was skipped) and the article it gave, if any. */
export interface SeedRecord extends SeedFileState {
  hash: string | null;
  articleId: string | null;
}

export interface LibraryData {
  files: SeedRecord[];
  /** Passages are grouped by article, in the articles' order. */
  articles: Article[];
  passages: Passage[];
  /** Each article's own quote analysis, in the articles' order; `quotes` merges them. */
  analyses: ArticleQuotes[];
  quotes: QuoteData;
  warnings: CorpusWarning[];
}

/** How a full build spreads its per-file work over threads. */
export interface BuildOptions {
  /** At most this many worker threads (config BUILD_THREADS; 1: everything on the calling thread). */
  threads: number;
  /** Fewer files per thread than this and fewer threads are used: starting a worker costs about as much as this many small files. */
  minFilesPerThread?: number;
  /** Told when worker threads cannot start here and the build goes on without them. */
  log?: Logger;
}

/**
 * Reads and indexes the whole seeds folder, with each phase's wall time in ms (scan; files: reading,
 * cleaning, splitting and finding statements, file by file, on `threads` worker threads; merge: keeping
 * each article once and merging speakers) and the number of threads used. Each file is stat'ed before it
 * is read, so a later change always shows. Any number of threads gives the same data, in the same order.
 */
export async function buildLibraryData(seedsDir: string, options: BuildOptions): Promise<{ data: LibraryData; threads: number; ms: Record<'scan' | 'files' | 'merge', number> }> {
  const lap = lapTimer();
  const { scan, warnings: listWarnings } = await scanSeedFolder(seedsDir);
  const states = [...scan.values()];
  const scanMs = lap();
  const wanted = Math.min(options.threads, Math.floor(states.length / (options.minFilesPerThread ?? MIN_FILES_PER_THREAD)));
  const { prepared, threads } = await prepareSeedFiles(seedsDir, states, wanted, options.log);
  const filesMs = lap();
  const readWarnings: CorpusWarning[] = [];
  const read: ReadSeed[] = [];
  for (const item of prepared) {
    if ('warning' in item) readWarnings.push(item.warning);
    else read.push(item);
  }
  const corpus = collectCorpus(read, (seed) => seed.cleaned);
  const analyses = corpus.kept.map((seed) => seed.quotes!);
  const quotes = mergeQuoteAnalyses(analyses);
  const files = states.map((state): SeedRecord => ({ ...state, hash: null, articleId: null }));
  recordSeeds(files, read, corpus.articles);
  const { articles, passages } = compactCorpus(corpus.articles, corpus.passages);
  const data = { files, articles, passages, analyses, quotes, warnings: [...listWarnings, ...readWarnings, ...corpus.warnings] };
  return { data, threads, ms: { scan: scanMs, files: filesMs, merge: lap() } };
}

/** Every file prepared, in order: on this thread when `threads` < 2, else on that many workers (this thread when they cannot start). */
async function prepareSeedFiles(seedsDir: string, states: SeedFileState[], threads: number, log: Logger | undefined): Promise<{ prepared: PreparedSeed[]; threads: number }> {
  if (threads >= 2) {
    try {
      const packed = await runInWorkers({ ...seedRun(seedsDir, states), threads });
      return { prepared: packed.map(unpackSeed), threads };
    } catch (error) {
      if (!(error instanceof WorkersUnavailable)) throw error;
      log?.warn('worker threads are not available here; building on the main thread', { reason: error.message });
    }
  }
  return { prepared: states.map(({ file }) => prepareSeedFile(seedsDir, file)), threads: 1 };
}

/** Fills in each record's hash and article: the first file (in path order) giving an id is the article's. */
function recordSeeds(records: SeedRecord[], seeds: Pick<SeedFile, 'id' | 'file' | 'hash'>[], articles: Article[]): void {  const byFile = new Map(records.map((record) => [record.file, record]));
  const articleIds = new Set(articles.map((article) => article.id));
  for (const seed of seeds) {
    const record = byFile.get(seed.file);
    if (!record) continue;
    record.hash = seed.hash;
    if (articleIds.delete(seed.id)) record.articleId = seed.id;
  }
}

export interface SeedUpdate {
  data: LibraryData;
  /** What the passage index must remove and add. */
  passages: PassageChange;
  /** Files whose content changed (or appeared, or went), for the log; a file only touched is not among them. */
  applied: { file: string; change: 'added' | 'changed' | 'removed'; article: string | null }[];
  /** Wall time in ms of reading the files (on worker threads) and of merging what they gave into the data (this thread). */
  ms: { read: number; merge: number };
}

/**
 * Applies a diff of the seeds folder: removed files' articles go, changed and new files are read (by
 * `reader`, off this thread), and those whose content hash is unchanged keep their article (only their
 * state is refreshed). A new file whose id or bytes another indexed file already has is skipped with a
 * warning, as at a build.
 */
export async function applySeedChanges(data: LibraryData, seedsDir: string, diff: SeedDiff, reader: SeedReader, holdsProcess = true): Promise<SeedUpdate> {
  const lap = lapTimer();
  const records = new Map(data.files.map((record) => [record.file, record]));
  const gone = new Set<string>();
  const touched = new Set<string>();
  const applied: SeedUpdate['applied'] = [];
  const warnings: CorpusWarning[] = [];
  const seeds: ReadSeed[] = [];
  const freedHashes = new Set<string>();
  for (const file of diff.removed) {
    const record = records.get(file);
    records.delete(file);
    touched.add(file);
    if (record?.articleId) gone.add(record.articleId);
    if (record?.articleId && record.hash) freedHashes.add(record.hash);
    applied.push({ file, change: 'removed', article: record?.articleId ?? null });
  }
  // A file of the same size may only have been touched: its hash (a read, no parsing) says whether to read it at all.
  const changed = diff.changed.filter((state) => {
    const prior = records.get(state.file);
    if (!prior || prior.size !== state.size || prior.hash === null || contentHash(seedsDir, state.file) !== prior.hash) return true;
    records.set(state.file, { ...prior, ...state });
    return false;
  });
  // A file skipped for a removed file's id or bytes ("nota.txt" beside a deleted "nota.html") is read again: what kept it out is gone.
  const changedFiles = new Set(diff.changed.map((state) => state.file));
  const waiting = [...records.values()].filter(
    (record) => !record.articleId && !changedFiles.has(record.file) && (gone.has(seedId(record.file)) || (record.hash !== null && freedHashes.has(record.hash))),
  );
  const toRead: SeedFileState[] = [...changed, ...waiting];
  const prepared = toRead.length ? await reader.read(seedsDir, toRead, holdsProcess) : [];
  const readMs = lap();
  toRead.forEach((state, at) => {
    const prior = records.get(state.file);
    const outcome = prepared[at]!;
    touched.add(state.file);
    if (prior?.articleId) gone.add(prior.articleId);
    records.set(state.file, { ...state, hash: 'warning' in outcome ? null : outcome.hash, articleId: null });
    if ('warning' in outcome) warnings.push(outcome.warning);
    else seeds.push(outcome);
    applied.push({ file: state.file, change: prior && at < changed.length ? 'changed' : 'added', article: null });
  });

  // Ids and bytes still held by files that stay, so that a new file cannot take them.
  const heldIds = new Map<string, string>();
  const heldHashes = new Map<string, string>();
  for (const record of records.values()) {
    if (!record.articleId || touched.has(record.file)) continue;
    heldIds.set(record.articleId, record.file);
    if (record.hash) heldHashes.set(record.hash, record.file);
  }
  const accepted = seeds.filter((seed) => {
    const sameName = heldIds.get(seed.id);
    const sameBytes = heldHashes.get(seed.hash);
    if (sameName) warnings.push({ file: seed.file, message: `skipped: ${sameName} already gives the id "${seed.id}"; rename one of the two files` });
    else if (sameBytes) warnings.push({ file: seed.file, message: `skipped: same file as ${sameBytes}` });
    return !sameName && !sameBytes;
  });
  const built = collectCorpus(accepted, (seed) => seed.cleaned);
  const corpus = { ...built, ...compactCorpus(built.articles, built.passages) };
  // Two new files may give one id ("nota.txt" and "nota.html" added together): the one kept is the article's.
  const fileOfId = new Map(built.kept.map((seed) => [seed.id, seed.file]));
  for (const article of corpus.articles) {
    const file = fileOfId.get(article.id)!;
    records.set(file, { ...records.get(file)!, articleId: article.id });
    const entry = applied.find((item) => item.file === file);
    if (entry) entry.article = article.id;
  }

  const keep = (articleId: string) => !gone.has(articleId);
  const removedPassages = data.passages.filter((passage) => !keep(passage.articleId));
  const quotes = laterQuotes(data, keep, built.kept.map((seed) => seed.quotes!));
  return {
    data: {
      files: [...records.values()],
      articles: [...data.articles.filter((article) => keep(article.id)), ...corpus.articles],
      passages: [...data.passages.filter((passage) => keep(passage.articleId)), ...corpus.passages],
      get analyses() {
        return quotes.analyses();
      },
      get quotes() {
        return quotes.merged();
      },
      warnings: [...data.warnings.filter((warning) => !touched.has(warning.file)), ...warnings, ...corpus.warnings],
    },
    passages: { remove: removedPassages.map((passage) => passage.id), add: corpus.passages },
    applied,
    ms: { read: readMs, merge: lap() },
  };
}

/**
 * An updated library's quote data, made when first wanted (the first /quote or statement question, the
 * save, or the library making it after the update): merging speakers takes time in proportion to the
 * whole archive, and /ask and /sources need none of it, so an update is answerable before it is made.
 * Each new article's analysis is already made (by the worker); `keep` says which of `previous`'s stay.
 */
function laterQuotes(previous: LibraryData, keep: (articleId: string) => boolean, added: ArticleQuotes[]): { analyses(): ArticleQuotes[]; merged(): QuoteData } {
  let from: LibraryData | undefined = previous;
  let analyses: ArticleQuotes[] | undefined;
  let merged: QuoteData | undefined;
  const analysesNow = (): ArticleQuotes[] => {
    if (!analyses) {
      const { articles, analyses: before } = from!;
      analyses = [...before.filter((_, at) => keep(articles[at]!.id)), ...added];
      // Not needed any more: the previous version can go once the library has dropped it.
      from = undefined;
    }
    return analyses;
  };
  return { analyses: analysesNow, merged: () => (merged ??= mergeQuoteAnalyses(analysesNow())) };
}

/** The SHA-256 of a seed file's bytes, as `readSeedFile` records it; null when it cannot be read. */
function contentHash(seedsDir: string, file: string): string | null {
  try {
    return createHash('sha256').update(readFileSync(path.join(seedsDir, file))).digest('hex');
  } catch {
    return null;
  }
}

/** One log line per file whose content changed, and each warning its new reading gave. */
export function logSeedUpdate(update: SeedUpdate, log: Logger): void {
  for (const { file, change, article } of update.applied) {
    log.info(`seed file ${change}`, { file, article, passages: article ? update.passages.add.filter((passage) => passage.articleId === article).length : 0 });
  }
  const files = new Set(update.applied.map(({ file }) => file));
  for (const warning of update.data.warnings) if (files.has(warning.file)) log.warn(warning.message, { file: warning.file });
}
