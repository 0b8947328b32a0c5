/**
 * The library's data (articles, passages, statements, warnings) and the seed files it came from,
 * built from the whole seeds folder or brought up to date with only the files that changed. The
 * passage index is updated by the caller with the `PassageChange` an update returns.
 */
import type { Logger } from '../log.js';
import { buildCorpus, readSeedFile, readSeedFiles, type Article, type CorpusWarning, type Passage, type SeedFile } from '../corpus/index.js';
import { analyseArticle, mergeQuoteAnalyses, type ArticleQuotes, type QuoteData } from '../quotes/index.js';
import type { PassageChange } from '../search/store.js';
import { scanSeeds, type SeedDiff, type SeedFileState } from './seed-scan.js';
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

/**
 * Reads and indexes the whole seeds folder, with each phase's wall time in ms (scan, read,
 * corpus: cleaning and splitting, quotes). Each file is stat'ed before it is read, so a later change
 * always shows.
 */
export async function buildLibraryData(seedsDir: string): Promise<{ data: LibraryData; ms: Record<'scan' | 'read' | 'corpus' | 'quotes', number> }> {
  const lap = lapTimer();
  const scan = await scanSeeds(seedsDir);
  const scanMs = lap();
  const { files: seeds, warnings } = await readSeedFiles(seedsDir);
  const readMs = lap();
  const corpus = buildCorpus(seeds);
  const corpusMs = lap();
  const analyses = corpus.articles.map(analyseArticle);
  const quotes = mergeQuoteAnalyses(analyses);
  const quotesMs = lap();
  const files = [...scan.values()].map((state): SeedRecord => ({ ...state, hash: null, articleId: null }));
  recordSeeds(files, seeds, corpus.articles);
  const data = { files, articles: corpus.articles, passages: corpus.passages, analyses, quotes, warnings: [...warnings, ...corpus.warnings] };
  return { data, ms: { scan: scanMs, read: readMs, corpus: corpusMs, quotes: quotesMs } };
}

/** Fills in each record's hash and article: the first file (in path order) giving an id is the article's. */
function recordSeeds(records: SeedRecord[], seeds: SeedFile[], articles: Article[]): void {
  const byFile = new Map(records.map((record) => [record.file, record]));
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
}

/**
 * Applies a diff of the seeds folder: removed files' articles go, changed and new files are read, and
 * those whose content hash is unchanged keep their article (only their state is refreshed). A new
 * file whose id or bytes another indexed file already has is skipped with a warning, as at a build.
 */
export function applySeedChanges(data: LibraryData, seedsDir: string, diff: SeedDiff): SeedUpdate {
  const records = new Map(data.files.map((record) => [record.file, record]));
  const gone = new Set<string>();
  const touched = new Set<string>();
  const applied: SeedUpdate['applied'] = [];
  const warnings: CorpusWarning[] = [];
  const seeds: SeedFile[] = [];
  for (const file of diff.removed) {
    const record = records.get(file);
    records.delete(file);
    touched.add(file);
    if (record?.articleId) gone.add(record.articleId);
    applied.push({ file, change: 'removed', article: record?.articleId ?? null });
  }
  for (const state of diff.changed) {
    const prior = records.get(state.file);
    const outcome = readSeedFile(seedsDir, state.file);
    if ('file' in outcome && prior && prior.hash === outcome.file.hash) {
      records.set(state.file, { ...prior, ...state });
      continue;
    }
    touched.add(state.file);
    if (prior?.articleId) gone.add(prior.articleId);
    records.set(state.file, { ...state, hash: 'file' in outcome ? outcome.file.hash : null, articleId: null });
    if ('warning' in outcome) warnings.push(outcome.warning);
    else seeds.push(outcome.file);
    applied.push({ file: state.file, change: prior ? 'changed' : 'added', article: null });
  }

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
  const corpus = buildCorpus(accepted);
  const fileOfId = new Map(accepted.map((seed) => [seed.id, seed.file]));
  for (const article of corpus.articles) {
    const file = fileOfId.get(article.id)!;
    records.set(file, { ...records.get(file)!, articleId: article.id });
    const entry = applied.find((item) => item.file === file);
    if (entry) entry.article = article.id;
  }

  const keep = (articleId: string) => !gone.has(articleId);
  const kept = data.articles.map((article, at) => ({ article, analysis: data.analyses[at]! })).filter(({ article }) => keep(article.id));
  const analyses = [...kept.map(({ analysis }) => analysis), ...corpus.articles.map(analyseArticle)];
  const removedPassages = data.passages.filter((passage) => !keep(passage.articleId));
  return {
    data: {
      files: [...records.values()],
      articles: [...kept.map(({ article }) => article), ...corpus.articles],
      passages: [...data.passages.filter((passage) => keep(passage.articleId)), ...corpus.passages],
      analyses,
      quotes: mergeQuoteAnalyses(analyses),
      warnings: [...data.warnings.filter((warning) => !touched.has(warning.file)), ...warnings, ...corpus.warnings],
    },
    passages: { remove: removedPassages.map((passage) => passage.id), add: corpus.passages },
    applied,
  };
}

/** One log line per file whose content changed, and each warning its new reading gave. */
export function logSeedUpdate(update: SeedUpdate, log: Logger): void {
  for (const { file, change, article } of update.applied) {
    log.info(`seed file ${change}`, { file, article, passages: article ? update.passages.add.filter((passage) => passage.articleId === article).length : 0 });
  }
  const files = new Set(update.applied.map(({ file }) => file));
  for (const warning of update.data.warnings) if (files.has(warning.file)) log.warn(warning.message, { file: warning.file });
}
