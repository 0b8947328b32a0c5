import type { Config, LlmConfig, TranslatorChoice } from './config.js';
import type { Logger } from './log.js';
import type { Article, ArticleMeta, Language } from './corpus/types.js';
import type { AskResult, CheckedQuestion, QuestionCheck } from './answer/types.js';
import type { Actor, QuoteResult, Statement } from './quotes/types.js';
import type { PassageChange, PassageIndex } from './search/store.js';
import path from 'node:path';
import { currentGeneration, loadSnapshot, saveSnapshot, snapshotKey } from './persist/snapshot.js';
import { isFollowed, holdGeneration } from './persist/generation-holds.js';
import { createEmbeddings } from './search/embeddings.js';
import { createQuoteBook, type QuoteBook } from './quotes/book.js';
import { librarySnapshotParts, OPTIONAL_PARTS, POSTINGS_ON_DISK, readLibrarySnapshot, TEXT_ON_DISK } from './persist/library-snapshot.js';
import { changeRecord, replayJournal, type ChangeRecord } from './persist/library-journal.js';
import { openJournal, type Journal } from './persist/journal.js';
import type { ArchiveChange } from './live/archive-change.js';
import type { LibraryData } from './live/archive.js';
import { diffSeeds, emptiedFolder, isEmptyDiff, mostFilesGone, scanSeedFolder, seedFilesGone, type SeedDiff, type SeedListing } from './live/seed-scan.js';
import { listSeedFiles } from './corpus/seed-list.js';
import { watchSeeds, type SeedWatcher, type SeedWatcherOptions } from './live/watch.js';
import { seedReader, type SeedReader } from './live/seed-reader.js';
import { answerQuestion, withNotice } from './answer/ask.js';
import { WORDS } from './answer/messages.js';
import { metadataFacts, metadataQuestion } from './answer/metadata.js';
import { metadataReply } from './present/metadata-lines.js';
import { checkQuestion } from './answer/question.js';
import { createChatModel } from './answer/llm.js';
import { apertiumAvailableSoon, apertiumTranslator } from './answer/apertium.js';
import type { Translate } from './answer/lookup.js';
import { lapTimer } from './stopwatch.js';
import { passageIdsOf, readPassageId } from './corpus/split.js';
import { groupBy } from './arrays.js';
import { startWarmUp, type WarmUp, type WarmUpStep } from './warm-up.js';

/** One row of `/sources` and of `cli sources --json`. */
export interface SourceEntry extends ArticleMeta {
  passages: number;
  words: number;
}

/** What the index holds and where it came from; what `cli index` prints. */
export interface LibraryStatus {
  articles: number;
  passages: number;
  statements: number;
  actors: number;
  /** "snapshot" when restored from INDEX_DIR, "built" when the corpus was (re)indexed. */
  origin: 'snapshot' | 'built';
}

/** One article exactly as indexed: what `cli show <id> --json` prints (fields fixed in ../shared/CONTRACT.md). */
export interface ArticleView extends ArticleMeta {
  /** The cleaned text that passages and statements point into. */
  text: string;
  passages: { id: string; start: number; end: number; text: string }[];
}

export interface AskOptions {
  /** Called with the answer text so far while an LLM streams its summary (never in extractive mode). */
  onPartial?: (answerSoFar: string) => void;
  /** At most this many citations: the room the front end has for them (unset: no limit). */
  maxCitations?: number;
}

/**
 * The indexed corpus and everything a front end (CLI, console, Discord) can ask of it.
 * Front ends depend on this interface only, never on corpus/search/answer/quotes internals.
 */
export interface Library {
  readonly status: LibraryStatus;
  /** Every indexed article, newest first; undated articles last. */
  sources(): SourceEntry[];
  /** Whether a question can be looked up at all, with a friendly message in its language (else in `fallback`, the asker's) when not. */
  checkQuestion(question: string, fallback?: Language): QuestionCheck;
  /**
   * Answers a question as `checkQuestion` accepted and read it (front ends call that first, so that an
   * empty or oversized question gets its message instead). Plain text is checked here; one the check
   * turns away is answered with the check's message, refused.
   */
  ask(question: CheckedQuestion | string, options?: AskOptions): Promise<AskResult>;
  /** The statements of the actor the query resolves to. */
  quote(actor: string): QuoteResult;
  /** Known speakers, most statements first. */
  actors(): Actor[];
  /** One article as indexed (metadata, cleaned text, passages); undefined for an unknown id. */
  article(id: string): ArticleView | undefined;
  /** Every statement found in one article, attributed or not, in reading order; undefined for an unknown id. */
  statements(articleId: string): Statement[] | undefined;
  /** Up to `limit` actor names for autocomplete: accent-insensitive prefix matches first, then fuzzy ones. */
  suggestActors(partial: string, limit: number): string[];
}

/** The Library `openLibrary` returns: what front ends use, and the owner's way to stop it. */
export interface OpenedLibrary extends Library {
  /**
   * Stops following the seeds folder (a no-op when not watching): no change is applied after it is
   * called; the update under way completes and is journaled, and a whole save not yet begun is left to
   * the next start. Resolves once nothing writes to INDEX_DIR; never throws.
   */
  close(): Promise<void>;
  /**
   * For a shutdown: cuts short the language model's summaries and translations under way, and skips the model from
   * then on, so that every answer already acknowledged goes out at once as its extractive answer (with a notice)
   * instead of waiting up to LLM_TIMEOUT_MS past the drain's deadline. A no-op without a model; never throws.
   */
  stopLanguageModel(): void;
  /**
   * Resolves once the changes found in the seeds folder at the start (files added, changed or deleted while the
   * process was stopped) are applied, so that an answer covers the whole folder; at once when not watching, and
   * at `close`. Never rejects.
   */
  caughtUp(): Promise<void>;
}

/** Bump when anything that shapes the snapshot changes (cleaning, splitting, analysis, quote rules). */
const INDEX_FORMAT = 312;
/** After a change applied while running, how long to wait for more before saving the whole snapshot (one save for a burst). */
const SAVE_DELAY_MS = 1000;
/**
 * A journal longer than this is folded into a new whole snapshot a moment after the update that grew it.
 * A start replays the journal, which costs about 0.25 s of CPU per MB, most of it indexing the journaled
 * articles' passages again (measured at 10,000 realistic articles: 400 articles, 2.2 MB, +0.52 s; 713,
 * 3.8 MB, +1.06 s; docs/BENCHMARKS.md), so 1 MB (about 200 articles) keeps a start within about a
 * quarter of a second of its time without a journal. A smaller limit saves the whole library (seconds
 * of this thread at 100,000 articles) more often.
 */
const JOURNAL_COMPACT_BYTES = 1 << 20;
/** After the start-up catch-up of the seeds folder, how long before a worker is readied for changed seed files (the first question comes first). */
const WARM_READER_AFTER_MS = 3000;
/** After the start-up catch-up of the seeds folder, how long before the warm-up of /ask and /quote begins (the first question comes first). */
const WARM_UP_AFTER_MS = 3000;

export interface OpenLibraryOptions {
  /**
   * Keep the library up to date with the seeds folder while the process runs (the bot and console
   * mode): a file added, changed or removed is applied within seconds and the snapshot saved again.
   * A restored library is returned before the seeds folder's first look is applied: files added or changed while
   * the process was stopped are applied like any other change, a moment after the start. Files
   * deleted meanwhile are dropped before it is returned (a listing of the folder, no stat), so that
   * a retracted article is never cited.
   */
  watch?: boolean;
  /** When watching, the journal of changes is folded into a new whole snapshot once it holds more than this many bytes (default JOURNAL_COMPACT_BYTES). */
  journalLimitBytes?: number;
  /**
   * When watching, first-use work is done in the idle time after the start (warm-up.ts), beginning `afterMs`
   * (default WARM_UP_AFTER_MS) after the start-up catch-up of the seeds folder (`caughtUp`); `false`: none, each piece
   * waits for the first command that needs it.
   */
  warmUp?: false | { afterMs?: number };
  /**
   * When watching and warming up, the warm-up's first step starts the question translator's processes (Apertium's
   * pipelines), not the first question that needs them: the bot and console mode. Off by default: a library a test opens
   * answers few questions, and the pipelines starting beside a watching library's first update slowed it (docs/BENCHMARKS.md, stop 47).
   */
  startTranslator?: boolean;
  /**
   * When watching, the start-up look at the seeds folder (what changed while stopped) begins at once, beside the
   * snapshot's load (its diff waits for the library), not after the load and the watcher's debounce: for a caller that
   * waits for it (`caughtUp`) before its first answer, as piped console input does.
   */
  lookAtOnce?: boolean;
}

/**
 * Restores the index snapshot and re-reads only the seed files whose path, size or modification time
 * changed since (their content hash confirms it; when watching, after returning), or builds everything
 * when there is no usable snapshot; saves the result, then returns the Library every front end talks to.
 */
export async function openLibrary(config: Config, log: Logger, options: OpenLibraryOptions = {}): Promise<OpenedLibrary> {
  // For a caller whose first answer waits for the start-up catch-up (piped console input), the seeds folder's watcher
  // starts first: its first whole look (a listing, and at 100,000 files a second of stats on a worker) runs beside the
  // snapshot's load, not after it, and only its diff waits for the library. A bot's first answer does not wait for the
  // catch-up: its look comes after the load, which then has the cores to itself (on a loaded machine, work beside the
  // load slowed it: docs/BENCHMARKS.md, stops 49 and 53).
  const early = options.watch && options.lookAtOnce ? earlyWatcher(config.seedsDir, log, true) : undefined;
  try {
    return await openWith(config, log, options, early);
  } catch (error) {
    early?.watcher.stop();
    throw error;
  }
}

/** A watcher started before keepUpToDate has the library (openLibrary, or just before keepUpToDate), and how it is handed the library once it can say what it knows. */
interface EarlyWatcher {
  watcher: SeedWatcher;
  /** The library's files, its update and what to do at each file event: the watcher's first look diffs and applies from then on. */
  begin(target: Pick<SeedWatcherOptions, 'known' | 'apply' | 'heard'>): void;
  /** With `lookAtOnce`, the first look's listing of the folder (undefined if that look failed before it), taken beside the snapshot's load. */
  listing?: Promise<SeedListing | undefined>;
}

/** Starts watching `seedsDir` now; `known` and `apply` are asked for only after `begin` (SeedWatcherOptions' `ready`). */
function earlyWatcher(seedsDir: string, log: Logger, lookAtOnce: boolean): EarlyWatcher {
  let target: Pick<SeedWatcherOptions, 'known' | 'apply' | 'heard'> | undefined;
  let begun = () => {};
  const ready = new Promise<void>((resolve) => (begun = resolve));
  const begin = (library: typeof target) => {
    target = library;
    begun();
  };
  const held = () => {
    if (!target) throw new Error('the seeds watcher asked for the library before it was begun');
    return target;
  };
  let handOver: ((listing: SeedListing | undefined) => void) | undefined;
  const listing = lookAtOnce ? new Promise<SeedListing | undefined>((resolve) => (handOver = resolve)) : undefined;
  const watcher = watchSeeds({
    dir: seedsDir,
    known: () => held().known(),
    apply: (diff) => held().apply(diff),
    heard: () => target?.heard?.(),
    ready,
    log,
    ...(handOver && { firstLookAfterMs: 0, firstListing: handOver }),
  });
  return { watcher, begin, ...(listing && { listing }) };
}

/** openLibrary's work, with the watcher it started early, if it did. */
async function openWith(config: Config, log: Logger, options: OpenLibraryOptions, early: EarlyWatcher | undefined): Promise<OpenedLibrary> {
  const lap = lapTimer();
  // Asked now, answered while the snapshot loads (a process to start: a tenth of a second or more on a loaded machine).
  const apertium = config.translator === 'auto' ? apertiumAvailableSoon() : Promise.resolve(true);
  const apertiumOnce = once(() => apertiumTranslator({ timeoutMs: APERTIUM_TIMEOUT_MS }));
  // A watching restart drops the files deleted while stopped before its first answer: the folder is listed while the
  // snapshot loads (at 10,000 files, a tenth of a second spent mostly waiting on the disk), by the early look when there
  // is one (a second listing of 100,000 files cost the main thread about 0.1 s: docs/BENCHMARKS.md, stop 55).
  // Listing only warns (a folder it cannot list); were it to fail, the watcher's first scan drops them a moment later.
  const listing = options.watch ? (early?.listing ?? listSeedFiles(config.seedsDir, { ordered: false }).catch(() => undefined)) : undefined;
  const embeddings = await createEmbeddings(config.embeddings);
  const key = snapshotKey({ settings: { format: INDEX_FORMAT, embeddings: embeddings ? [config.embeddings.provider, config.embeddings.model] : null } });
  let loadMs = 0;
  /** The generation of the snapshot in use (its folder's name), where a running library journals. */
  let generation: string | undefined;
  /** Lets go of the hold a watching library keeps on that generation while it journals there. */
  let letGo: (() => Promise<void>) | undefined;
  // Watching, the generation is held for as long as this process journals there: a one-shot command's save beside it
  // (which folds a journal past its limit, or keeps files changed since the snapshot) then removes it from under no one.
  const letGoOfGeneration = async () => {
    const held = letGo;
    letGo = undefined;
    await held?.();
  };
  const useGeneration = async (folder: string) => {
    generation = path.basename(folder);
    if (!options.watch) return;
    const previous = letGo;
    letGo = await holdGeneration(config.indexDir, generation, true).catch(() => undefined);
    await previous?.();
  };
  // The journal is read while the snapshot is held (loadSnapshot): a running bot folding it meanwhile leaves it to this reader.
  const snapshot = await loadSnapshot(
    config.indexDir,
    key,
    async (read) => {
      await useGeneration(read.folder);
      const restored = await readLibrarySnapshot(read, {
        embeddings,
        bookNotUsed: (reason) => log.warn('the snapshot\'s quote book cannot be used; it is made again when first wanted', { reason }),
      });
      loadMs = lap();
      const replayed = await replayJournal(read.folder, restored.data, restored.index).catch((error: unknown) => {
        // Without its journal the snapshot is still a good state: the files the journal accounted for are read again.
        log.warn('could not read the snapshot journal; the files it kept are read again', { error });
        return undefined;
      });
      return { ...restored, replayed };
    },
    // Watching, the postings stay in the file until the warm-up's first step reads them whole: the first answer does not
    // wait for 500 MB read into fresh memory (docs/BENCHMARKS.md, stop 54). Else read whole now: no warm-up comes.
    { bytesOnDisk: TEXT_ON_DISK, optional: OPTIONAL_PARTS, ...(options.watch && { arraysOnDisk: POSTINGS_ON_DISK }) },
  );
  if (snapshot.status !== 'restored') loadMs = lap();
  const reader = seedReader({ threads: config.buildThreads, log });
  let data: LibraryData;
  let index: PassageIndex;
  /** The journal of the snapshot in use: an update while running is kept there, not by saving everything again. */
  let journal: Journal<ChangeRecord> | undefined;
  let journalMs = 0;
  const save = async (saved: LibraryData, savedIndex: PassageIndex) => {
    try {
      // The hold on the generation it replaces goes once the new one is in place, so that this save's clean-up removes it.
      const folder = await saveSnapshot(config.indexDir, key, await librarySnapshotParts(saved, savedIndex), letGoOfGeneration);
      await useGeneration(folder);
      ({ journal } = await openJournal<ChangeRecord, unknown>(folder, (record) => record));
    } catch (error) {
      // The snapshot in use stays, with its journal.
      log.warn('could not save the index snapshot', { error });
    }
  };
  if (snapshot.status === 'restored') {
    const { replayed } = snapshot.payload;
    if (replayed?.cutBytes) log.warn('the snapshot journal ends in a damaged or unfinished record, left out; the files it changed are read again', { bytes: replayed.cutBytes });
    if (replayed) ({ data: snapshot.payload.data, journal } = replayed);
    if (replayed?.changes) log.info('replayed the snapshot journal', { changes: replayed.changes, articles: snapshot.payload.data.articles.length });
    journalMs = lap();
  }
  // A journal past its limit at a start (the process ended before it was folded, or a one-shot command read it) is
  // replayed again at every start and keeps the text of articles since deleted on disk: it is folded into a whole
  // snapshot, by a one-shot command now, by a watching process a moment after its start.
  const journalLimit = options.journalLimitBytes ?? JOURNAL_COMPACT_BYTES;
  const journalOverLimit = (journal?.bytes ?? 0) > journalLimit;
  if (snapshot.status === 'restored' && options.watch) {
    // Watching, the watcher's first scan (a moment after the start) applies what changed while the bot was stopped: a
    // scan here would stat every file twice, and keep the first answer waiting for a second at 100,000 files.
    ({ data, index } = snapshot.payload);
    // The snapshot's warnings are repeated as they were (a file changed since is read again by the watcher, which warns anew).
    for (const warning of data.warnings) log.warn(warning.message, { file: warning.file });
    log.info('restored index from snapshot', { dir: config.indexDir, articles: data.articles.length, ms: { load: loadMs, journal: journalMs } });
  } else if (snapshot.status === 'restored') {
    ({ data, index } = snapshot.payload);
    const found = await scanSeedFolder(config.seedsDir);
    const { scan } = found;
    // An empty folder where the snapshot has articles (an unmounted volume's mount point) is out of reach, as one that cannot be read.
    const emptied = emptiedFolder(data.files, scan, found.unlisted);
    const unlisted = emptied ? ['.'] : found.unlisted;
    const diff = diffSeeds(data.files, scan, unlisted);
    const scanMs = lap();
    if (emptied) log.warn('the seeds folder is empty; the articles indexed from it are kept (an unmounted volume looks like this); to remove articles, delete their files while the bot runs', { file: config.seedsDir, articles: data.articles.length });
    else if (unlisted.includes('.')) log.warn('the seeds folder cannot be read; the articles indexed from it are kept until it can', { file: config.seedsDir, articles: data.articles.length });
    warnIfMostFilesGone(log, config.seedsDir, diff.removed.length, data.files.length);
    const changed = new Set([...diff.removed, ...diff.changed.map(({ file }) => file)]);
    // Files the update read (changed ones, and those a removed file freed: "nota.txt" once "nota.html" is gone) warn as it reads them.
    const applied = new Set<string>();
    if (!isEmptyDiff(diff)) {
      const { applySeedChanges, logSeedUpdate } = await archive();
      const update = await applySeedChanges(data, config.seedsDir, diff, reader, index);
      await index.update(update.passages);
      logSeedUpdate(update, log);
      for (const { file } of update.applied) applied.add(file);
      data = update.data;
    }
    if (!isEmptyDiff(diff) || journalOverLimit) {
      // A running bot on this index applies and journals the same changes itself, and folds its journal: a save here
      // would only supersede the generation it journals into.
      if (await isFollowed(config.indexDir)) log.info('a running bot follows this index folder and keeps its snapshot; this command does not save it', { dir: config.indexDir });
      else await save(data, index);
    }
    // The warnings of the build that made the snapshot still hold for the files that have not changed since, once
    // the update is applied: a warning whose cause went with it is not repeated.
    for (const warning of data.warnings) if (!changed.has(warning.file) && !applied.has(warning.file)) log.warn(warning.message, { file: warning.file });
    log.info('restored index from snapshot', { dir: config.indexDir, articles: data.articles.length, changedFiles: changed.size, ms: { load: loadMs, journal: journalMs, scan: scanMs, update: lap() } });
  } else {
    if (snapshot.status === 'corrupt') log.warn('index snapshot is damaged; rebuilding it', { reason: snapshot.reason });
    if (snapshot.status === 'stale') log.info('settings or index format changed; rebuilding the index');
    const { buildLibraryData } = await archive();
    const built = await buildLibraryData(config.seedsDir, { threads: config.buildThreads, log, embeddings, textFolder: config.indexDir });
    ({ data, index } = built);
    lap();
    for (const warning of data.warnings) log.warn(warning.message, { file: warning.file });
    await save(data, index);
    log.info('built index', { articles: data.articles.length, passages: data.passages.length, threads: built.threads, ms: { load: loadMs, ...built.ms, save: lap() }, workersWaitedMs: built.workersWaitedMs });
  }

  const llm = await languageModelSteps(config.llm, log);
  const library = createLibrary({
    data,
    index,
    origin: snapshot.status === 'restored' ? 'snapshot' : 'built',
    llm,
    translate: chooseTranslator(config.translator, llm, { installed: await apertium, translator: apertiumOnce }, log),
  });
  if (!options.watch) {
    // No update comes after the start's: the worker its reading kept (about 90 MB) is let go.
    reader.close();
    return library.view;
  }
  const listed = snapshot.status === 'restored' ? await listing : undefined;
  const gone = listed ? seedFilesGone(listed, data.files) : [];
  warnIfMostFilesGone(log, config.seedsDir, gone.length, data.files.length);
  const following = keepUpToDate(library, config.seedsDir, reader, log, { gone, early: early ?? earlyWatcher(config.seedsDir, log, options.lookAtOnce ?? false) }, {
    foldNow: journalOverLimit,
    whole: () => save(library.data(), library.index),
    change: async (change) => {
      // No journal (it could not be read): the next start reads the changed files again, as without one.
      if (!journal) return false;
      // Another process saved the index since (no start would read this journal): the whole library is saved instead.
      if (generation !== undefined && (await currentGeneration(config.indexDir)) !== generation) {
        log.info('another process saved the index snapshot; saving the whole index again', { dir: config.indexDir });
        return true;
      }
      await journal.append(changeRecord(change));
      return journal.bytes > journalLimit;
    },
    letGo: letGoOfGeneration,
  });
  library.followedBy(following);
  await following.ready;
  // In idle time, not beside the snapshot's load or the catch-up: begun there, the pipelines slowed both on a loaded machine (docs/BENCHMARKS.md).
  const translatorStep = options.startTranslator && apertiumOnce.made() ? [{ name: 'translator', run: () => apertiumOnce().start() }] : [];
  if (options.warmUp !== false) library.warmedBy(startWarmUp([...translatorStep, ...library.warmUpSteps()], { after: following.caughtUp(), afterMs: options.warmUp?.afterMs ?? WARM_UP_AFTER_MS, busy: library.busy, log }));
  return library.view;
}

/**
 * Reading, cleaning and analysing seed files, loaded only when some are to be read: a restart with no
 * changed file needs none of it (the HTML and Markdown readers and the language detector take about
 * half a second of CPU to load).
 */
function archive(): Promise<typeof import('./live/archive.js')> {
  return import('./live/archive.js');
}

/** How a running library keeps its changes between starts. */
interface Keeping {
  /** Whether the journal the start replayed is past its limit: the whole library is saved a moment after the start. */
  foldNow: boolean;
  /** Saves the whole library as a new snapshot (whose journal starts empty); never throws (a failure is logged). */
  whole(): Promise<void>;
  /**
   * Appends one update to the snapshot's journal (flushed to disk); resolves whether the journal has grown enough to
   * save the whole library instead, or another process has saved the index since (the journal is then read by no start).
   */
  change(change: ArchiveChange): Promise<boolean>;
  /** Lets go of the hold on the snapshot's generation: no update comes now. */
  letGo(): Promise<void>;
}

/** At a start, one warning when most of the snapshot's files are not in the seeds folder (see mostFilesGone). */
function warnIfMostFilesGone(log: Logger, seedsDir: string, gone: number, known: number): void {
  if (!mostFilesGone(gone, known)) return;
  log.warn('most of the indexed files are not in the seeds folder: was the index built from another folder (SEEDS_DIR)? Their articles leave the index now; the files themselves are untouched, and come back when this folder holds them', { seedsDir, gone, indexed: known });
}

/**
 * Applies changes in the seeds folder to a running library, one at a time, each kept in the
 * snapshot's journal as soon as it is applied (its own few kilobytes an article, not the archive: a
 * whole save took 14-32 s of this thread at 100,000 articles, docs/BENCHMARKS.md). The whole library
 * is saved again only when the journal has grown past JOURNAL_COMPACT_BYTES, a moment after the last
 * update. Updates and saves share one queue: neither ever sees half an update. Changed files are read
 * on a worker thread (kept ready between updates) before their update joins the queue: this thread only
 * merges what it prepared and goes on answering meanwhile, and a slow file holds up no other update; an
 * update does not keep the process from ending. `start.gone` (seed files deleted while
 * the process was stopped) are dropped first; `ready` resolves once they are, and the watcher (`start.early`, started
 * before the library) diffs and applies from then on.
 * `stop` ends the following: the watcher and the save timer stop, and it resolves once the update under way
 * (read, applied and journaled) and a save already begun are done.
 */
function keepUpToDate(library: LiveLibrary, seedsDir: string, reader: SeedReader, log: Logger, start: { gone: string[]; early: EarlyWatcher }, keep: Keeping): { ready: Promise<void> } & Following {
  const { gone } = start;
  let stopped = false;
  const { watcher } = start.early;
  /** Updates under way: reading their files, waiting for their turn, or applying. */
  const underWay = new Set<Promise<void>>();
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (task: () => Promise<void>) => (queue = queue.then(task, task));
  // A restored library's first update continues a merge of every speaker (seconds at 100,000 articles, for its first
  // /quote or the save): made a slice at a time once that update is answerable, so that neither an answer nor the
  // update waits for it (begun at the file event, its slices took turns with the update's: docs/BENCHMARKS.md).
  let preparing: Promise<void> | undefined;
  const prepareSpeakers = (): Promise<void> =>
    (preparing ??= (library.data().prepareSpeakerMerge?.() ?? Promise.resolve()).catch((error: unknown) => {
      log.warn('could not prepare the quote data for updates; the first /quote after one makes it', { error });
    }));
  let saveTimer: NodeJS.Timeout | undefined;
  const scheduleSave = () => {
    clearTimeout(saveTimer);
    if (stopped) return;
    saveTimer = setTimeout(
      () =>
        void enqueue(async () => {
          const lap = lapTimer();
          // Saving needs the quote data the last update left to be made when wanted; the quote book is made with it, ready for the next /quote.
          // A restored library's merge, which that continues, is let finish in slices first: a save can wait, an answer should not.
          await prepareSpeakers();
          library.makeQuoteBook();
          const quotesMs = lap();
          await keep.whole();
          log.debug('saved the index snapshot', { ms: { quotes: quotesMs, save: lap() } });
        }),
      SAVE_DELAY_MS,
    );
  };
  // Ready for the first update: a worker to read its files (loading the readers is about a second of CPU), this
  // thread's update code (archive.ts and the corpus modules it imports: 3 s of a 4 s first update at 10,000 articles,
  // load 8, docs/BENCHMARKS.md) and the held articles' folded titles. Started a moment after the start-up catch-up (the first question comes first), or as soon as a file
  // event says an update may be coming; a failure to load is the update's to report.
  let warming: Promise<void> | undefined;
  const warmUpdates = () => {
    reader.warm();
    // Once: the titles of articles an update adds are folded by that update.
    warming ??= archive()
      .then(({ prepareTitleKeys }) => prepareTitleKeys(library.data().articles))
      .catch(() => undefined);
  };
  let warmTimer: NodeJS.Timeout | undefined;
  if (keep.foldNow) scheduleSave();
  const applyNow = async (diff: SeedDiff) => {
    const started = performance.now();
    log.debug('applying seed changes', { changed: diff.changed.length, removed: diff.removed.length });
    const { applySeedChanges, logSeedUpdate, readAhead } = await archive();
    // Its files are read before the update takes its turn: a slow one holds up no other update meanwhile.
    const read = diff.changed.length ? await readAhead(library.data(), seedsDir, diff, reader) : reader;
    return enqueue(async () => {
      const update = await applySeedChanges(library.data(), seedsDir, diff, read, library.index, false);
      const lap = lapTimer();
      // From its end /ask and /sources see the change; the quote data is merged when first wanted.
      await library.update(update.data, update.passages);
      void prepareSpeakers();
      const indexMs = lap();
      logSeedUpdate(update, log);
      // Deleting every file one by one empties the archive, as asked; said plainly, since it is seldom meant.
      if (update.data.articles.length === 0 && update.change.removedArticles.length > 0) {
        log.warn('the archive has no articles now: every article\'s file was deleted from the seeds folder', { seedsDir });
      }
      log.info('applied seed changes', { files: update.applied.length, articles: update.data.articles.length, ms: { ...update.ms, index: indexMs, total: Math.round(performance.now() - started) } });
      try {
        const compact = await keep.change(update.change);
        log.debug('journaled the seed changes', { ms: lap() });
        if (compact) scheduleSave();
      } catch (error) {
        // The change stays applied; what is not journaled is read again at the next start, or kept by a whole save.
        log.warn('could not journal the seed changes; saving the whole index instead', { error });
        scheduleSave();
      }
    });
  };
  const apply = (diff: SeedDiff): Promise<void> => {
    if (stopped) return Promise.resolve();
    const update = applyNow(diff);
    underWay.add(update);
    const done = () => underWay.delete(update);
    update.then(done, done);
    return update;
  };
  const startWatching = () => start.early.begin({ known: () => library.data().files, apply, heard: warmUpdates });
  let stopping: Promise<void> | undefined;
  const stopNow = async () => {
    stopped = true;
    watcher.stop();
    clearTimeout(saveTimer);
    clearTimeout(warmTimer);
    await Promise.allSettled(underWay);
    // A save the timer began before the stop is in the queue.
    await queue.catch(() => undefined);
    // The worker kept for the next update holds the readers' modules (about 90 MB): no update comes now.
    reader.close();
    await keep.letGo();
  };
  // A second stop resolves when the first is done, not at once: a caller that closes again waits for the same work.
  const stop = () => (stopping ??= stopNow());
  const pending = () => watcher.pending();
  const updating = () => underWay.size > 0 || pending() > 0;
  // The watcher diffs once they are dropped: its first look compares the folder with the library as it is then.
  const ready = gone.length === 0 ? Promise.resolve(startWatching()) : apply({ changed: [], removed: gone })
    .catch((error: unknown) => log.warn('could not drop the articles of seed files deleted while stopped; the first scan tries again', { error }))
    .finally(startWatching);
  const caughtUp = () => ready.then(() => watcher.caughtUp());
  // The worker is readied once the start-up catch-up is done: at 100,000 files its stats are what a piped console's first answer waits for.
  void caughtUp().then(() => {
    if (!stopped) warmTimer = setTimeout(warmUpdates, WARM_READER_AFTER_MS).unref();
  });
  return { ready, stop, pending, updating, caughtUp };
}

/** What an optional chat model adds to /ask: a summary of the extractive draft, and translation of questions for retrieval. */
interface LanguageModelSteps {
  summarise(draft: AskResult, onPartial?: (text: string) => void): Promise<AskResult>;
  translate(question: string, from: Language, to: Language): Promise<string | undefined>;
  /** Cuts the model's replies under way short and skips it from now on (at shutdown). */
  stop(): void;
}

async function languageModelSteps(config: LlmConfig, log: Logger): Promise<LanguageModelSteps | undefined> {
  const model = await createChatModel(config);
  if (!model) return undefined;
  // Loaded only with a model: LangChain's prompts take about a quarter of a second to load.
  const [{ summarise }, { translateQuestion }] = await Promise.all([import('./answer/summarise.js'), import('./answer/translate.js')]);
  // The translation comes before retrieval and the summary after it: half the budget keeps their sum bounded.
  const translationTimeoutMs = Math.ceil(config.timeoutMs / 2);
  const stopping = new AbortController();
  return {
    summarise: (draft, onPartial) => summarise(draft, model, { timeoutMs: config.timeoutMs, onPartial, log, stop: stopping.signal }),
    translate: (question, from, to) => translateQuestion(question, from, to, model, { timeoutMs: translationTimeoutMs, log, stop: stopping.signal }),
    stop: () => stopping.abort(),
  };
}

/** How long Apertium may take to translate one question (it starts in a few hundred milliseconds). */
const APERTIUM_TIMEOUT_MS = 5000;

/**
 * Whether TRANSLATOR asks for Apertium: by name, or (auto) when no language model is configured (`llmConfigured`) and
 * Apertium is installed (`apertiumInstalled`: what `apertiumAvailable` says, for auto).
 */
function usesApertium(choice: TranslatorChoice, llmConfigured: boolean, apertiumInstalled: boolean): boolean {
  return choice === 'apertium' || (choice === 'auto' && !llmConfigured && apertiumInstalled);
}

/**
 * The question translator TRANSLATOR asks for: the LLM's, Apertium's (`apertium.translator`, made when first called),
 * none, or (auto) the LLM's else Apertium's when installed (`usesApertium`). With auto, an LLM and Apertium both there,
 * a question the LLM does not translate (down, timed out, an unusable reply) is translated by Apertium.
 */
function chooseTranslator(choice: TranslatorChoice, llm: LanguageModelSteps | undefined, apertium: { installed: boolean; translator: () => Translate }, log: Logger): Translate | undefined {
  if (choice === 'auto' && llm && apertium.installed) {
    const translate: Translate = async (question, from, to, keep) => (await llm.translate(question, from, to)) ?? apertium.translator()(question, from, to, keep);
    return translate;
  }
  if (!usesApertium(choice, llm !== undefined, apertium.installed)) return choice === 'none' ? undefined : llm?.translate;
  log.info('translating questions with Apertium for the lookup');
  return apertium.translator();
}

interface LibraryParts {
  data: LibraryData;
  index: PassageIndex;
  origin: LibraryStatus['origin'];
  llm: LanguageModelSteps | undefined;
  translate: Translate | undefined;
}

/** A running library's following of its seeds folder (keepUpToDate). */
interface Following {
  /** Stops it: resolves once the update under way and a save already begun are done. */
  stop(): Promise<void>;
  /** Seed files found new or changed and not applied yet (SeedWatcher.pending). */
  pending(): number;
  /** Whether an update is under way or files wait for one. */
  updating(): boolean;
  /** Resolves once the changes found at the start are applied (SeedWatcher.caughtUp), or at `stop`. */
  caughtUp(): Promise<void>;
}

/** The Library front ends see, and the update path they do not: its data can be replaced while it serves. */
interface LiveLibrary {
  view: OpenedLibrary;
  /** The following of the seeds folder: what `close` stops, and what /ask tells of while files wait to be read. */
  followedBy(following: Following): void;
  index: PassageIndex;
  data(): LibraryData;
  /**
   * Applies an update's passage change to the index, then swaps in its data. Meanwhile the data in use lists the
   * articles the change removes with the passage counts they had, not the index's as it changes (one view a reply).
   */
  update(data: LibraryData, passages: PassageChange): Promise<void>;
  /** Makes the current data's quote book now, if no call has made it yet (merging the quote data an update left unmerged). */
  makeQuoteBook(): void;
  /** Whether a question is being answered or an update of the seeds folder is under way or waiting now. */
  busy(): boolean;
  /** The first-use work of /ask's postings left in the snapshot's file, /ask's and /quote's quote data, /sources and autocomplete, as warm-up steps. */
  warmUpSteps(): WarmUpStep[];
  /** The warm-up under way: `close` stops it. */
  warmedBy(warmUp: WarmUp): void;
}

/**
 * Lookups the front ends' calls need, made once per version of the data. Only /ask's is made at once;
 * the others when first asked for, so that a restart answers its first question sooner (the quote
 * book takes about a tenth of a restart). A version made by an update derives /sources from the
 * version before when that one's was made: its rows are kept, the changed articles' rows merged in
 * (not every article sorted again, nor every passage counted); its quote book continues the last one made
 * (only the actors the update changed are indexed again). `passagesOf` counts an article's passages in the
 * index, except for the articles an update under way is taking out of it (`keepCounts`).
 */
function viewsOf(data: LibraryData, passagesOf: (articleId: string) => number, previous?: EarlierViews) {
  const passagesByArticle = once(() => groupBy(data.passages, (passage) => passage.articleId));
  const articles = new Map(data.articles.map((article) => [article.id, article]));
  /** Passage counts of this version's articles that an update under way is taking out of the index. */
  const kept = new Map<string, number>();
  const entry = ({ id, title, outlet, author, date, language, words }: Article): SourceEntry => ({ id, title, outlet, author, date, language, passages: kept.get(id) ?? passagesOf(id), words });
  // Only the earlier rows and articles are held, not the earlier version, and only when they were made: no chain of versions.
  const earlier = previous?.sourcesMade() ? { articles: previous.articles, sources: previous.sources() } : undefined;
  // The quote book continues the last one made (its tables move over, only the changed actors redone): one book held, no chain.
  let earlierBook = previous?.latestQuoteBook();
  const quoteBook = once(() => {
    const book = createQuoteBook(data.quotes, earlierBook);
    earlierBook = undefined;
    return book;
  });
  const sources = once((): SourceEntry[] => {
    if (!earlier) return sortNewestFirst(data.articles).map(entry);
    const unchanged = earlier.sources.filter(({ id }) => articles.get(id) === earlier.articles.get(id));
    return mergeNewestFirst(unchanged, sortNewestFirst(data.articles.filter((article) => earlier.articles.get(article.id) !== article)).map(entry));
  });
  const statementsByArticle = once(() => inReadingOrder(groupBy(data.quotes.statements, (statement) => statement.articleId)));
  /**
   * An article's statements in reading order, none for an article without any. A restored library's come from its saved
   * tables until every statement is grouped: its first question about what someone said reads only the articles it cites.
   */
  const statementsIn = (articleId: string): readonly Statement[] => {
    const saved = statementsByArticle.made() ? undefined : data.quotes.saved?.();
    return saved ? saved.inArticle(articleId).sort((a, b) => a.start - b.start) : (statementsByArticle().get(articleId) ?? []);
  };
  return {
    data,
    articles,
    passagesByArticle,
    statementsByArticle,
    statementsIn,
    sources,
    sourcesMade: () => sources.made(),
    quoteBook,
    latestQuoteBook: () => (quoteBook.made() ? quoteBook() : earlierBook),
    /**
     * Keeps the counts of the articles whose passages (ids: every passage of each) an update is about to take out of
     * the index. A count already kept stays: an update that failed half-way may have taken some of them already.
     */
    keepCounts: (removed: readonly string[]) => {
      const counts = new Map<string, number>();
      for (const passage of removed) {
        const articleId = readPassageId(passage)?.articleId;
        if (articleId !== undefined) counts.set(articleId, (counts.get(articleId) ?? 0) + 1);
      }
      for (const [articleId, count] of counts) if (!kept.has(articleId)) kept.set(articleId, count);
    },
  };
}

/** What a version's views take from the version before. */
interface EarlierViews {
  articles: ReadonlyMap<string, Article>;
  sources(): SourceEntry[];
  sourcesMade(): boolean;
  /** The quote book of this version if made, else the one this version would continue. */
  latestQuoteBook(): QuoteBook | undefined;
}

/**
 * Each article's statements in reading order (by start), sorted article by article: sorting all of them at once took
 * 0.7-0.8 s of CPU at 100,000 articles (341,000 statements) on the first question about what someone said, this 0.2 s.
 */
function inReadingOrder(byArticle: Map<string, [Statement, ...Statement[]]>): Map<string, [Statement, ...Statement[]]> {
  for (const statements of byArticle.values()) statements.sort((a, b) => a.start - b.start);
  return byArticle;
}

/** `make`, called the first time the result is wanted and remembered; `made()` says whether it was. */
function once<T>(make: () => T): (() => T) & { made(): boolean } {
  let made: { value: T } | undefined;
  return Object.assign(() => (made ??= { value: make() }).value, { made: () => made !== undefined });
}

function createLibrary({ data, index, origin, llm, translate }: LibraryParts): LiveLibrary {
  const passagesOf = (articleId: string) => passageIdsOf(articleId, (id) => index.passage(id) !== undefined).length;
  let current = viewsOf(data, passagesOf);
  let following: Following = { stop: () => Promise.resolve(), pending: () => 0, updating: () => false, caughtUp: () => Promise.resolve() };
  let warmUp: WarmUp | undefined;
  /** Questions being answered now (an answer may wait on a translator or a language model). */
  let asking = 0;

  /** A checked question answered from the metadata or the passages, with a note when a refusal may wait on files being read. */
  async function answerChecked(question: CheckedQuestion, options: AskOptions): Promise<AskResult> {
    // Who signed an article, what was published when: the articles' metadata answers, not their passages.
    const aboutArticles = metadataQuestion(question.asked);
    const facts = aboutArticles && (await metadataFacts(aboutArticles, question.language, index, current.articles, translate, options.maxCitations));
    if (facts) return metadataReply(question.question, question.language, facts);
    const result = await answerQuestion({
      index,
      articles: current.articles,
      question,
      summarise: llm && ((draft) => llm.summarise(draft, options.onPartial)),
      translate,
      statementsBy: (name) => {
        const book = current.quoteBook();
        const { actor, statements, resolvedBy, related = [] } = book.lookupSpeakers(name);
        if (actor === null) return undefined;
        // A place read as its country ("Washington" → Estados Unidos) also names the speakers described by it
        // ("Funcionarios de Washington y Seúl"): their words are what the question asks the place said.
        const through = resolvedBy === 'country' ? related.flatMap((speaker) => book.lookupSpeakers(speaker).statements) : [];
        return { forms: [actor, ...(book.actor(actor)?.aliases ?? [])], statements: [...new Set([...statements, ...through])] };
      },
      statementsIn: (articleId) => current.statementsIn(articleId),
      ...(options.maxCitations !== undefined && { maxCitations: options.maxCitations }),
    });
    // A refusal while files wait to be read may be answered by them (a restart reads what changed while stopped).
    const waiting = result.refused ? following.pending() : 0;
    return waiting > 0 ? withNotice(result, WORDS[result.language].stillReading(waiting)) : result;
  }

  const view: OpenedLibrary = {
    get status(): LibraryStatus {
      const now = current.data;
      return {
        articles: now.articles.length,
        // The index counts the passages without the list a restart makes only when first wanted (it holds the same ones).
        passages: index.size,
        // Getters: a restart parses the statements when first wanted, an update merges speakers when first wanted, and the console's banner wants only the articles.
        get statements() {
          return now.quotes.statements.length;
        },
        get actors() {
          return now.quotes.actors.length;
        },
        origin,
      };
    },
    sources: () => current.sources(),
    checkQuestion,
    ask: async (asked, options = {}) => {
      const question = typeof asked === 'string' ? checkQuestion(asked) : asked;
      if (!question.ok) return { question: String(asked), language: question.language, answer: question.message, mode: 'extractive', refused: true, citations: [] };
      const result = await answerChecked(question, options);
      // A zero-width space inside a word has two readings (text/invisible.ts): a refused one gives way to the other.
      const joined = result.refused && question.joinedReading !== undefined ? checkQuestion(question.joinedReading, question.language) : undefined;
      const other = joined?.ok ? await answerChecked(joined, options) : undefined;
      return other && !other.refused ? other : result;
    },
    quote: (actor) => {
      const result = current.quoteBook().lookup(actor);
      if (current.articles.size === 0) return { ...result, archiveEmpty: true };
      // As for /ask: the files still being read may quote the one asked for.
      const waiting = result.statements.length === 0 ? following.pending() : 0;
      return waiting > 0 ? { ...result, filesPending: waiting } : result;
    },
    actors: () => current.quoteBook().actors(),
    article: (id) => {
      const article = current.articles.get(id);
      if (!article) return undefined;
      const { title, outlet, author, date, language, text } = article;
      const passages = (current.passagesByArticle().get(id) ?? []).map(({ id: passageId, start, end, text: passageText }) => ({ id: passageId, start, end, text: passageText }));
      return { id, title, outlet, author, date, language, text, passages };
    },
    statements: (articleId) => (current.articles.has(articleId) ? [...current.statementsIn(articleId)] : undefined),
    suggestActors: (partial, limit) => current.quoteBook().suggest(partial, limit),
    close: () => {
      warmUp?.stop();
      return following.stop();
    },
    caughtUp: () => following.caughtUp(),
    stopLanguageModel: () => llm?.stop(),
  };
  const answer = view.ask;
  view.ask = async (asked, options) => {
    asking++;
    try {
      return await answer(asked, options);
    } finally {
      asking--;
    }
  };
  return {
    view,
    followedBy: (next) => (following = next),
    index,
    data: () => current.data,
    update: async (next, passages) => {
      current.keepCounts(passages.remove);
      await index.update(passages);
      current = viewsOf(next, passagesOf, current);
    },
    makeQuoteBook: () => void current.quoteBook(),
    busy: () => asking > 0 || following.updating(),
    warmUpSteps: () => [
      // First: until then a question reads each of its terms' lists from the snapshot's file (a restart's postings stay there).
      { name: 'postings', run: () => index.readStoredPostings() },
      // A restored library's quote data is parsed; once a journal or an update changed it, it is a merge that continues
      // the restored one's, and that is prepared. Either a slice per turn.
      { name: 'quoteData', run: () => (current.data.prepareQuotes ?? current.data.prepareSpeakerMerge)?.() },
      { name: 'quoteBook', run: () => current.quoteBook() },
      { name: 'statementsByArticle', run: () => current.statementsByArticle() },
      { name: 'sources', run: () => current.sources() },
      { name: 'autocomplete', run: () => view.suggestActors('a', 1) },
    ],
    warmedBy: (next) => (warmUp = next),
  };
}

function sortNewestFirst(articles: Article[]): Article[] {
  // ISO dates sort as text; undated articles go last, in seed order.
  return [...articles].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}

/**
 * Two lists sorted newest first merged into one: on equal dates `earlier`'s rows first, as a stable sort
 * of `earlier`'s articles followed by `later`'s gives them (an update's articles come after the rest).
 */
function mergeNewestFirst<T extends { date: string | null }>(earlier: T[], later: T[]): T[] {
  const merged: T[] = [];
  let at = 0;
  for (const row of later) {
    while (at < earlier.length && (earlier[at]!.date ?? '').localeCompare(row.date ?? '') >= 0) merged.push(earlier[at++]!);
    merged.push(row);
  }
  for (; at < earlier.length; at++) merged.push(earlier[at]!);
  return merged;
}
