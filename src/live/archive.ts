/**
 * The library's data (articles, passages, statements, warnings) and the seed files it came from,
 * built from the whole seeds folder or brought up to date with only the files that changed. The
 * passage index is updated by the caller with the `PassageChange` an update returns.
 */
import type { Logger } from '../log.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setImmediate as turnOfEventLoop } from 'node:timers/promises';
import { seedFileHash } from '../corpus/read.js';
import { seedId, sortForBuild } from '../corpus/seed-list.js';
import { readPassageId } from '../corpus/split.js';
import { chooseVersion, isSameArticle, titleKey } from '../corpus/same-article.js';
import { collectCorpus, corpusCollector, type Article, type CorpusWarning, type Passage } from '../corpus/index.js';
import { articleTextBytes, compactArticle, compactCorpus, spanPairs, spanPassage } from '../corpus/compact.js';
import { mergeSpeakers, mergeSpeakersStepwise, type ArticleQuotes, type QuoteData, type SpeakerMerge } from '../quotes/index.js';
import { applyChange, type ArchiveChange } from './archive-change.js';
import type { Embeddings } from '@langchain/core/embeddings';
import { createPassageIndex, type PassageChange, type PassageIndex } from '../search/store.js';
import { scanSeedFolder, type SeedDiff, type SeedFileState } from './seed-scan.js';
import { packSeed, prepareSeedFile, type PackedSeed, type ReadSeed } from './seed-work.js';
import { streamInWorkers, WorkersUnavailable } from '../worker-pool.js';
import { logLargeFiles, MIN_FILES_PER_THREAD, seedRun, type SeedReader } from './seed-reader.js';
import { lapTimer } from '../stopwatch.js';
import { makeFolder } from '../persist/folder.js';
import { textSpill, type TextSpill } from '../persist/text-spill.js';
import { scratchFile } from '../persist/scratch-file.js';
import type { PairSpill } from '../search/postings.js';

/** A seed file as last read: its state, its content hash (null when it was skipped) and the article it gave, if any. */
export interface SeedRecord extends SeedFileState {
  hash: string | null;
  articleId: string | null;
  /** The file kept for this one's article when it was skipped as the same article (read again when that file changes or goes). */
  sameAs?: string;
}

export interface LibraryData {
  files: SeedRecord[];
  /** Passages are grouped by article, in the articles' order. */
  articles: Article[];
  passages: Passage[];
  /** Each article's own quote analysis, in the articles' order; `quotes` merges them. */
  analyses: ArticleQuotes[];
  quotes: QuoteData;
  /** The merge that gave `quotes` (or gives the same), which the next version's merge continues. */
  speakerMerge: SpeakerMerge;
  /**
   * Makes `speakerMerge` a slice per turn of the event loop, when it would otherwise be made in one call
   * over the whole archive (a restored or a built library's, which its first update continues); absent otherwise.
   */
  prepareSpeakerMerge?: () => Promise<void>;
  /**
   * Parses `quotes` (statements, actors, people named but not quoted) a slice per turn of the event loop, when they
   * would otherwise be parsed in one call when first wanted (a restored library's); absent otherwise.
   */
  prepareQuotes?: () => Promise<void>;
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
  /** Passage vectors for the index (config EMBEDDINGS); none when unset. */
  embeddings?: Embeddings;
  /**
   * A folder (INDEX_DIR, made if missing) where the articles' text and the index's pending postings wait on disk while
   * the build runs (text-spill.ts, search/postings.ts): about 330 and 340 MB less memory at 100,000 articles. Absent,
   * or when no file can be made there (told to `log`): kept in memory.
   */
  textFolder?: string;
}

/** A full build: the library's data, its passage index, the threads used and each phase's wall time in ms. */
export interface BuiltLibrary {
  data: LibraryData;
  index: PassageIndex;
  threads: number;
  ms: Record<'scan' | 'files' | 'index' | 'merge', number>;
  /**
   * How long the build workers sat idle waiting for their next file, in ms summed over them (0 on one thread):
   * time this thread, busy indexing, left them without work.
   */
  workersWaitedMs: number;
}

/**
 * Passages handed to the index at once while files are still being read: enough that Orama's
 * per-call work does not count, few enough that their text is decoded a few dozen articles at a time.
 */
const INDEX_BATCH = 1000;

/**
 * Files sent to each build worker ahead of the one it is reading. The workers are fed from this thread,
 * which indexes a batch of passages at a time (0.1-0.2 s at 10,000 articles, more in a larger index) and
 * collects its garbage (pauses that grow with its heap, about a gigabyte at 100,000 articles), and meanwhile
 * feeds nobody: with 2 files ahead a worker waited for it a sixth of a 10,000-article build, and 16 files
 * are only about 0.1 s of a worker's work on an idle machine (about 5 ms a file). 256 cover a second or
 * more. The queue costs only the small tasks posted, and the results that wait for this thread (about
 * 10 KB each) while it is busy.
 */
const BUILD_QUEUE_DEPTH = 256;

/**
 * Reads and indexes the whole seeds folder, with each phase's wall time in ms (scan; files: reading,
 * cleaning, splitting and finding statements, file by file, on `threads` worker threads, each file's
 * passages indexed on this thread as it comes; index: what indexing was left when the last file came;
 * merge: merging speakers) and the number of threads used. Each file is stat'ed before it is read, so
 * a later change always shows. Any number of threads gives the same data and index, in the same order.
 */
export async function buildLibraryData(seedsDir: string, options: BuildOptions): Promise<BuiltLibrary> {
  const lap = lapTimer();
  const { scan, warnings: listWarnings, resources, hidden } = await scanSeedFolder(seedsDir);
  // Told once, at the build: the watcher's later scans leave the same folders out without a word.
  if (resources.length) options.log?.info('not indexed: the resource folders of saved web pages (their images, styles and embedded frames, such as comment widgets and ads)', { folders: resources });
  if (hidden.length) options.log?.info('not indexed: hidden files and folders (their names start with a dot; rename them to have them read)', { files: hidden });
  const states = sortForBuild([...scan.values()]);
  const scanMs = lap();
  const wanted = Math.min(options.threads, Math.floor(states.length / (options.minFilesPerThread ?? MIN_FILES_PER_THREAD)));
  const spill = options.textFolder === undefined ? undefined : await spillIn(options.textFolder, options.log);
  const builder = libraryBuilder(options.embeddings, states, spill);
  const { threads, workersWaitedMs } = await prepareSeedFiles(seedsDir, states, wanted, builder, options.log);
  const filesMs = lap();
  const index = await builder.index();
  const indexMs = lap();
  const data = builder.data(states, listWarnings);
  return { data, index, threads, ms: { scan: scanMs, files: filesMs, index: indexMs, merge: lap() }, workersWaitedMs };
}

/**
 * What a build does with each file's work as it comes, in seed order: keeps its article or not by
 * `collectCorpus`'s rules (corpusCollector), keeps a kept one compact (text as UTF-8 bytes, written to
 * `spill` when given, passages as spans of it) and hands its passages to the index, so that no file's strings outlive its turn and
 * indexing goes on while later files are read (at 100,000 articles, holding every article's strings
 * until all were read and indexing only then set the build's peak memory: docs/BENCHMARKS.md).
 */
function libraryBuilder(embeddings: Embeddings | undefined, states: SeedFileState[], spill: BuildSpill | undefined) {
  const articles: Article[] = [];
  const byId = new Map<string, Article>();
  const mtimes = new Map(states.map((state) => [state.file, state.mtimeMs]));
  const collector = corpusCollector({ textOf: (id) => byId.get(id)?.text, mtimeOf: (file) => mtimes.get(file) });
  const readWarnings: CorpusWarning[] = [];
  /** Each file read, with the article it gave (null: skipped, as a second file with one id, or the same text). */
  const stamps = new Map<string, Pick<SeedRecord, 'file' | 'hash' | 'articleId'>>();
  /** Articles taken, then replaced by a later file's version of the same article: left out of the data and the index at the end. */
  const replaced = new Set<string>();
  const passages: Passage[] = [];
  const analyses: ArticleQuotes[] = [];
  let batch: Passage[] = [];
  let index: Promise<PassageIndex> | undefined;
  const flush = () => {
    if (batch.length === 0) return;
    const add = batch;
    batch = [];
    // The first batch makes the index (its vectors give the index's dimension), later ones are added in order: the same index as made from all at once.
    index = index
      ? index.then(async (made) => {
          await made.update({ remove: [], add });
          return made;
        })
      : createPassageIndex(add, { embeddings, spill: spill?.postings });
    // Awaited by `index()`; marked handled meanwhile so that a failure is reported there, not as an unhandled rejection.
    index.catch(() => undefined);
  };
  return {
    take(seed: PackedSeed): void {
      if ('warning' in seed) {
        readWarnings.push(seed.warning);
        return;
      }
      const added = collector.add(seed, ({ cleaned }) => cleaned);
      stamps.set(seed.file, { file: seed.file, hash: seed.hash, articleId: added ? seed.id : null });
      if (!added) return;
      const kept = added.cleaned;
      if (added.replaces) {
        replaced.add(added.replaces.id);
        stamps.get(added.replaces.file)!.articleId = null;
      }
      const bytes = articleTextBytes(kept.article);
      // Paragraphs as pairs, spans made only if read: some 500,000 objects less at 100,000 articles.
      const article = compactArticle(kept.article, spill ? spill.text.keep(bytes) : bytes, spanPairs(kept.article.paragraphs));
      articles.push(article);
      byId.set(article.id, article);
      analyses.push(sharingArticleStrings(seed.quotes!, article));
      for (const span of kept.passages) {
        const passage = spanPassage(article, span);
        passages.push(passage);
        batch.push(passage);
      }
      if (batch.length >= INDEX_BATCH) flush();
    },
    /** Resolves once the passages handed over so far are indexed. */
    indexed: (): Promise<unknown> => index ?? Promise.resolve(),
    /** The index of every passage taken. */
    async index(): Promise<PassageIndex> {
      flush();
      const made = await (index ?? createPassageIndex([], { embeddings }));
      if (replaced.size) await made.update({ remove: passages.filter((passage) => replaced.has(passage.articleId)).map((passage) => passage.id), add: [] });
      return made;
    },
    /** The library's data, once every file was taken. */
    data(states: SeedFileState[], listWarnings: CorpusWarning[]): LibraryData {
      const files = states.map((state): SeedRecord => ({ ...state, hash: null, articleId: null }));
      for (const record of files) {
        Object.assign(record, stamps.get(record.file));
        const kept = collector.sameAs.get(record.file);
        if (kept) record.sameAs = kept;
      }
      const keep = (articleId: string) => !replaced.has(articleId);
      return builtData({
        files,
        articles: articles.filter((article) => keep(article.id)),
        passages: passages.filter((passage) => keep(passage.articleId)),
        analyses: analyses.filter((_, at) => keep(articles[at]!.id)),
        warnings: [...listWarnings, ...readWarnings, ...collector.warnings],
      });
    },
  };
}

/**
 * A build's data from what it read, its quote data merged from `parts.analyses`. Made outside `libraryBuilder`: a
 * function made in there (the merge's getters) holds every variable of the builder's for as long as the library
 * lives, and so its build-only tables (files, ids, content hashes, fingerprints and titles seen, the list of every
 * passage taken: about 1 KB an article, docs/BENCHMARKS.md stop 54) through the merge, the save and after.
 */
function builtData(parts: Pick<LibraryData, 'files' | 'articles' | 'passages' | 'analyses' | 'warnings'>): LibraryData {
  // Only the merge's data is kept: its tables (a fifth of this thread's heap at 100,000 articles) would be held
  // through the save, the build's peak, for an update that may never come. The first update (or the warm-up of a
  // watching library) makes the merge again, as after a restart: the same steps give the same data.
  const quotes = mergeSpeakers(parts.analyses).data;
  const speakerMerge = mergeSpeakersStepwise(() => parts.analyses);
  return {
    ...parts,
    quotes,
    get speakerMerge() {
      return speakerMerge.now();
    },
    async prepareSpeakerMerge() {
      await speakerMerge.soon();
    },
  };
}

type LibraryBuilder = ReturnType<typeof libraryBuilder>;

/** Where a build sets aside what it holds until its save: the articles' text, and the index's pending postings (a file per field). */
interface BuildSpill {
  text: TextSpill;
  /** A file for one field's pending postings, or none (they stay in memory) when it cannot be made. */
  postings: () => PairSpill | undefined;
}

/** A build's spill in `folder` (made if missing), or none, with a warning to `log`, when no file can be made there. */
async function spillIn(folder: string, log: Logger | undefined): Promise<BuildSpill | undefined> {
  try {
    await makeFolder(folder);
    return {
      text: textSpill(folder),
      postings() {
        try {
          return scratchFile(folder, '.build-postings-');
        } catch {
          // The text's file could be made there a moment ago: the postings stay in memory, as without a folder.
          return undefined;
        }
      },
    };
  } catch (error) {
    log?.warn('the build keeps the articles\' text in memory: no file for it can be made in the index folder', { error });
    return undefined;
  }
}

/**
 * `quotes` with each statement's article id, title and date the kept article's own strings when equal, its kind
 * one of two constant strings and its speaker the string of the article's first statement by that name: each
 * statement crossed from its worker with copies of its own, which a build kept for every statement (a heap
 * snapshot of a 3,000-article build: 1.9 MB of them for 9,868 statements, about 60 MB at 100,000 articles; the
 * kinds and repeated speakers, 1.3 MB of a 10,000-article build's, docs/BENCHMARKS.md stop 56). The statements are
 * the same values.
 */
function sharingArticleStrings(quotes: ArticleQuotes, article: Article): ArticleQuotes {
  const speakers = new Map<string, string>();
  for (const statement of quotes.statements) {
    if (statement.articleId === article.id) statement.articleId = article.id;
    if (statement.title === article.title) statement.title = article.title;
    if (statement.date !== null && statement.date === article.date) statement.date = article.date;
    statement.kind = statement.kind === 'direct' ? 'direct' : 'indirect';
    if (statement.speaker === null) continue;
    const shared = speakers.get(statement.speaker);
    if (shared === undefined) speakers.set(statement.speaker, statement.speaker);
    else statement.speaker = shared;
  }
  return quotes;
}

/**
 * Every file prepared and handed to `builder` in order: on this thread when `threads` < 2, else on that
 * many workers (this thread for the files not yet handed over when they cannot start). Returns the
 * number of threads used and how long the workers waited for files (ms, summed).
 */
async function prepareSeedFiles(seedsDir: string, states: SeedFileState[], threads: number, builder: LibraryBuilder, log: Logger | undefined): Promise<{ threads: number; workersWaitedMs: number }> {
  logLargeFiles(states, log);
  let taken = 0;
  const take = (seed: PackedSeed) => {
    taken++;
    builder.take(seed);
  };
  if (threads >= 2) {
    try {
      const { waitedMs } = await streamInWorkers({ ...seedRun(seedsDir, states), threads, queueDepth: BUILD_QUEUE_DEPTH }, take);
      return { threads, workersWaitedMs: Math.round(waitedMs) };
    } catch (error) {
      if (!(error instanceof WorkersUnavailable)) throw error;
      log?.warn('worker threads are not available here; building on the main thread', { reason: error.message });
    }
  }
  for (const { file } of states.slice(taken)) {
    take(packSeed(prepareSeedFile(seedsDir, file)));
    // Lets the index take each batch as it is handed over, as it does between workers' messages.
    await builder.indexed();
  }
  return { threads: 1, workersWaitedMs: 0 };
}

export interface SeedUpdate {
  data: LibraryData;
  /** What changed, as the snapshot's journal keeps it. */
  change: ArchiveChange;
  /** What the passage index must remove and add. */
  passages: PassageChange;
  /**
   * Files whose content changed (or appeared, or went), for the log; a file only touched is not among them.
   * `article`: the article the file gives now (a removed file: the one it gave); `before`: a changed file's article before, when it gave one.
   */
  applied: { file: string; change: 'added' | 'changed' | 'removed'; article: string | null; before?: string }[];
  /** Wall time in ms of reading the files (on worker threads) and of merging what they gave into the data (this thread). */
  ms: { read: number; merge: number };
}

/**
 * Applies a diff of the seeds folder: removed files' articles go, changed and new files are read (by
 * `reader`, off this thread), and those whose content hash is unchanged keep their article (only their
 * state is refreshed). A new file whose id or bytes another indexed file already has is skipped with a
 * warning, as at a build. The passages of an article that goes are found in `index` (`passageIdsOf`),
 * not in the list of every passage, which the new data makes only when
 * first wanted (the save, /sources): an update costs in proportion to what changed, not to the archive.
 */
export async function applySeedChanges(data: LibraryData, seedsDir: string, diff: SeedDiff, reader: SeedReader, index: Pick<PassageIndex, 'passage'>, holdsProcess = true): Promise<SeedUpdate> {
  const lap = lapTimer();
  const records = new Map(data.files.map((record) => [record.file, record]));
  const gone = new Set<string>();
  const touched = new Set<string>();
  /** Files only touched: the same bytes, a new modification time. */
  const restated = new Set<string>();
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
  const changed = diff.changed.filter((state) => {
    const prior = records.get(state.file);
    if (contentMayDiffer(seedsDir, state, prior)) {
      if (prior?.articleId && prior.hash) freedHashes.add(prior.hash);
      return true;
    }
    records.set(state.file, { ...prior!, ...state });
    restated.add(state.file);
    return false;
  });
  // A file skipped for a removed file's id, or for the bytes a removed or changed file had ("nota.txt" beside a
  // deleted "nota.html"; a copy of an article since corrected), is read again: what kept it out is gone.
  const changedFiles = new Set(diff.changed.map((state) => state.file));
  // …and so is one skipped as the same article as a file that changed or went.
  const leaving = new Set([...diff.removed, ...changed.map((state) => state.file)]);
  const waiting = [...records.values()].filter(
    (record) =>
      !record.articleId &&
      !changedFiles.has(record.file) &&
      (gone.has(seedId(record.file)) || (record.hash !== null && freedHashes.has(record.hash)) || (record.sameAs !== undefined && leaving.has(record.sameAs))),
  );
  // In a build's order (by id, the older file first), so that of two new files giving one id the older is kept, as a build keeps it.
  const toRead = sortForBuild([...changed, ...waiting]);
  const wasChanged = new Set(changed);
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
    const change = prior && wasChanged.has(state) ? 'changed' : 'added';
    applied.push({ file: state.file, change, article: null, ...(change === 'changed' && prior?.articleId && { before: prior.articleId }) });
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
  const collected = collectCorpus(accepted, (seed) => seed.cleaned, (file) => records.get(file)?.mtimeMs);
  for (const [file, kept] of collected.sameAs) records.set(file, { ...records.get(file)!, sameAs: kept });
  const built = withoutHeldVersions(collected, data.articles, records, gone, touched, warnings);
  const corpus = { ...built, ...compactCorpus(built.articles, built.passages) };
  // `kept` lists the seeds the articles came from, in their order: two new files giving one id ("nota.txt"
  // and "nota.html" added together) record the article under the one kept.
  corpus.articles.forEach((article, at) => {
    const { file } = built.kept[at]!;
    records.set(file, { ...records.get(file)!, articleId: article.id });
    const entry = applied.find((item) => item.file === file);
    if (entry) entry.article = article.id;
  });

  const change: ArchiveChange = {
    files: [...new Set([...touched, ...restated])].flatMap((file) => records.get(file) ?? []),
    removedFiles: diff.removed.filter((file) => !records.has(file)),
    removedArticles: [...gone],
    articles: corpus.articles,
    passages: corpus.passages,
    analyses: built.kept.map((seed) => seed.quotes!),
    touched: [...touched],
    warnings: [...warnings, ...corpus.warnings],
  };
  const { data: updated, passages } = applyChange(data, change, index);
  return { data: updated, change, passages, applied, ms: { read: readMs, merge: lap() } };
}

/**
 * Whether `state`'s file must be read: it is new, its size changed, it was skipped, or its bytes differ. A file of
 * the same size may only have been touched: its hash (a read, no parsing) says whether to read it at all.
 */
function contentMayDiffer(seedsDir: string, state: SeedFileState, prior: SeedRecord | undefined): boolean {
  return !prior || prior.size !== state.size || prior.hash === null || contentHash(seedsDir, state.file) !== prior.hash;
}

/**
 * Reads now, with `reader`, the changed files of `diff` whose content may differ from what `data` holds, and
 * returns a reader for the update that gives those back, as long as the file's size and modification time are
 * still those read, and reads any other file itself. A live update reads its files this way before it takes its
 * turn: a file slow to read (megabytes: a minute on a busy machine) then holds up no other update, a removal above
 * all. The work does not keep the process alive.
 */
export async function readAhead(data: LibraryData, seedsDir: string, diff: SeedDiff, reader: SeedReader): Promise<SeedReader> {
  const records = new Map(data.files.map((record) => [record.file, record]));
  const states = diff.changed.filter((state) => contentMayDiffer(seedsDir, state, records.get(state.file)));
  const prepared = states.length ? await reader.read(seedsDir, states, false) : [];
  const early = new Map(states.map((state, at) => [state.file, { state, prepared: prepared[at]! }]));
  const stillAsRead = (state: SeedFileState) => {
    const read = early.get(state.file);
    return read !== undefined && read.state.size === state.size && read.state.mtimeMs === state.mtimeMs ? read.prepared : undefined;
  };
  return {
    warm: () => reader.warm(),
    close: () => reader.close(),
    async read(dir, wanted, holdsProcess) {
      const readBefore = wanted.map((state) => (dir === seedsDir ? stillAsRead(state) : undefined));
      const rest = wanted.filter((_, at) => readBefore[at] === undefined);
      const readNow = rest.length ? await reader.read(dir, rest, holdsProcess) : [];
      let next = 0;
      return readBefore.map((prepared) => prepared ?? readNow[next++]!);
    },
  };
}

/**
 * `collected` (an update's new articles) without those that are the same article as one the library holds
 * and that stays (same-article.ts), unless the new one is the better version (more metadata, else a newer
 * file): then the held one goes (its id is added to `gone`, its file to `touched`). The file left out gets a warning naming the file kept, and its
 * record `sameAs` that file, so that it is read again when that one changes or goes. Only held articles with
 * a new article's title are compared (their folded titles are kept between updates: see heldTitleKey).
 */
function withoutHeldVersions<S extends Pick<ReadSeed, 'file'>>(
  collected: { articles: Article[]; passages: Passage[]; kept: S[]; warnings: CorpusWarning[] },
  held: Article[],
  records: Map<string, SeedRecord>,
  gone: Set<string>,
  touched: Set<string>,
  warnings: CorpusWarning[],
): { articles: Article[]; passages: Passage[]; kept: S[]; warnings: CorpusWarning[] } {
  const keys = new Set(collected.articles.map((article) => titleKey(article.title)).filter(Boolean));
  if (!keys.size) return collected;
  const titled = held.filter((article) => !gone.has(article.id) && keys.has(heldTitleKey(article)));
  if (!titled.length) return collected;
  // The files of those articles only: most updates bring no title the archive holds, and need no map of every record.
  const ids = new Set(titled.map((article) => article.id));
  const fileOf = new Map([...records.values()].flatMap((record) => (record.articleId && ids.has(record.articleId) && !touched.has(record.file) ? [[record.articleId, record.file] as const] : [])));
  const candidates = titled.filter((article) => fileOf.has(article.id));
  const dropped = new Set<string>();
  collected.articles.forEach((article, at) => {
    const heldVersion = candidates.find((candidate) => !gone.has(candidate.id) && isSameArticle(candidate, article));
    if (!heldVersion) return;
    const file = collected.kept[at]!.file;
    const heldFile = fileOf.get(heldVersion.id)!;
    const choice = chooseVersion(
      // The texts by name: a held article's is a getter (compact.ts), which a spread leaves out; a correction is told by them.
      { ...article, text: article.text, file, mtimeMs: records.get(file)?.mtimeMs ?? 0 },
      { ...heldVersion, text: heldVersion.text, file: heldFile, mtimeMs: records.get(heldFile)?.mtimeMs ?? 0 },
      article.text === heldVersion.text,
    );
    warnings.push(choice.warning);
    if (choice.kept === 'fresh') {
      gone.add(heldVersion.id);
      touched.add(heldFile);
      records.set(heldFile, { ...records.get(heldFile)!, articleId: null, sameAs: file });
    } else {
      dropped.add(article.id);
      records.set(file, { ...records.get(file)!, sameAs: heldFile });
    }
  });
  if (!dropped.size) return collected;
  const keep = (id: string) => !dropped.has(id);
  return {
    articles: collected.articles.filter((article) => keep(article.id)),
    passages: collected.passages.filter((passage) => keep(passage.articleId)),
    kept: collected.kept.filter((_, at) => keep(collected.articles[at]!.id)),
    warnings: collected.warnings,
  };
}

/**
 * Held articles' folded titles (titleKey), made once per article: an update keeps the article objects it does
 * not change, and folding 100,000 titles took 0.12-0.16 s of this thread on every update that brought one.
 */
const heldTitleKeys = new WeakMap<Article, string>();

function heldTitleKey(article: Article): string {
  let key = heldTitleKeys.get(article);
  if (key === undefined) heldTitleKeys.set(article, (key = titleKey(article.title)));
  return key;
}

/** Held titles folded per turn of the event loop by `prepareTitleKeys` (about 10 ms of this thread). */
const TITLE_KEYS_PER_TURN = 5000;

/**
 * Folds the held articles' titles ahead of the first update, a slice per turn of the event loop so that answers
 * go on meanwhile: the first update after a restart otherwise folds every title while the new article waits
 * (0.15 s of a 0.38 s merge at 100,000 articles, docs/BENCHMARKS.md). An update that comes first folds the rest.
 */
export async function prepareTitleKeys(articles: readonly Article[]): Promise<void> {
  for (let at = 0; at < articles.length; at += TITLE_KEYS_PER_TURN) {
    for (const article of articles.slice(at, at + TITLE_KEYS_PER_TURN)) heldTitleKey(article);
    await turnOfEventLoop();
  }
}

/** The SHA-256 of a seed file's bytes, as `readSeedFile` records it; null when it cannot be read. */
function contentHash(seedsDir: string, file: string): string | null {
  try {
    return seedFileHash(readFileSync(path.join(seedsDir, file)));
  } catch {
    return null;
  }
}

/** One log line per file whose content changed, and each warning its new reading gave (also on a file whose article it replaced). */
export function logSeedUpdate(update: SeedUpdate, log: Logger): void {
  // The files read, and one whose article a new file's version of it replaced.
  const files = new Set(update.change.touched);
  const warnings = update.data.warnings.filter((warning) => files.has(warning.file));
  const warned = new Set(warnings.map((warning) => warning.file));
  for (const { file, change, article, before } of update.applied) {
    // A changed file that gives no article now (overwritten by a binary file, emptied) took its article out: said, before its warning says why.
    if (article === null && before !== undefined) log.warn('seed file changed: its article left the index', { file, article: before });
    // A file read that gave no article is not said to be added: its warning says why it was left out.
    if (article === null && change !== 'removed' && warned.has(file)) continue;
    // A removed file that never gave an article (skipped when read: binary, too big) names none, rather than "article=null".
    if (article === null) log.info(`seed file ${change}`, { file });
    // A removed file's passages are those taken out of the index; an added or changed file's, those put in.
    else if (change === 'removed') log.info(`seed file ${change}`, { file, article, passages: update.passages.remove.filter((id) => readPassageId(id)?.articleId === article).length });
    else log.info(`seed file ${change}`, { file, article, passages: update.passages.add.filter((passage) => passage.articleId === article).length });
  }
  for (const warning of warnings) log.warn(warning.message, { file: warning.file });
}
