import type { Config, LlmConfig } from './config.js';
import type { Logger } from './log.js';
import type { Article, ArticleMeta, Corpus, Language } from './corpus/types.js';
import type { AskResult, QuestionCheck } from './answer/types.js';
import type { Actor, QuoteResult, Statement } from './quotes/types.js';
import { buildCorpus, fingerprintSeedFiles, readSeedFiles } from './corpus/index.js';
import { createPassageIndex, type PassageIndex } from './search/store.js';
import { loadSnapshot, saveSnapshot, snapshotKey } from './persist/snapshot.js';
import { createEmbeddings } from './search/embeddings.js';
import { buildQuoteData, createQuoteBook } from './quotes/index.js';
import { librarySnapshotParts, readLibrarySnapshot, type LibraryData } from './persist/library-snapshot.js';
import { answerQuestion } from './answer/ask.js';
import { checkQuestion } from './answer/question.js';
import { createChatModel } from './answer/llm.js';
import { summarise } from './answer/summarise.js';
import { translateQuestion } from './answer/translate.js';

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
  /** Answers a question; front ends call `checkQuestion` first, so that an empty or oversized one gets its message instead. */
  ask(question: string, options?: AskOptions): Promise<AskResult>;
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

/** Bump when anything that shapes the snapshot changes (cleaning, splitting, analysis, quote rules). */
const INDEX_FORMAT = 2;

/**
 * Reads the seeds, restores the index snapshot when it matches the seeds' content and settings, or
 * rebuilds (and saves) it, then returns the Library every front end talks to.
 */
export async function openLibrary(config: Config, log: Logger): Promise<Library> {
  // Each phase's time goes into the log line that ends the start, so an operator sees where it went.
  let phaseStart = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = Math.round(now - phaseStart);
    phaseStart = now;
    return ms;
  };
  // The snapshot key needs only the files' bytes; decoding and converting them is a rebuild's work.
  const fingerprints = await fingerprintSeedFiles(config.seedsDir);
  const embeddings = await createEmbeddings(config.embeddings);
  const key = snapshotKey({
    fileHashes: fingerprints,
    settings: { format: INDEX_FORMAT, embeddings: embeddings ? [config.embeddings.provider, config.embeddings.model] : null },
  });

  const scanMs = lap();
  const snapshot = await loadSnapshot(config.indexDir, key, (reader) => readLibrarySnapshot(reader, { embeddings }));
  const loadMs = lap();
  let data: LibraryData;
  let index: PassageIndex;
  if (snapshot.status === 'restored') {
    ({ data, index } = snapshot.payload);
    // The warnings of the build that made the snapshot still hold: the files have not changed since.
    for (const warning of data.warnings) log.warn(warning.message, { file: warning.file });
    log.info('restored index from snapshot', { dir: config.indexDir, articles: data.articles.length, ms: { scan: scanMs, load: loadMs } });
  } else {
    if (snapshot.status === 'corrupt') log.warn('index snapshot is damaged; rebuilding it', { reason: snapshot.reason });
    if (snapshot.status === 'stale') log.info('seeds or settings changed; rebuilding the index');
    const { corpus, readMs } = await readCorpus(config.seedsDir, lap);
    const corpusMs = lap();
    for (const warning of corpus.warnings) log.warn(warning.message, { file: warning.file });
    index = await createPassageIndex(corpus.passages, { embeddings });
    const indexMs = lap();
    const quotes = buildQuoteData(corpus.articles);
    const quotesMs = lap();
    data = { articles: corpus.articles, passages: corpus.passages, quotes, warnings: corpus.warnings };
    await saveSnapshot(config.indexDir, key, await librarySnapshotParts(data, index)).catch((error: unknown) => log.warn('could not save the index snapshot', { error }));
    const ms = { scan: scanMs, load: loadMs, read: readMs, corpus: corpusMs, index: indexMs, quotes: quotesMs, save: lap() };
    log.info('built index', { articles: data.articles.length, passages: data.passages.length, ms });
  }

  return createLibrary({
    data,
    index,
    origin: snapshot.status === 'restored' ? 'snapshot' : 'built',
    llm: await languageModelSteps(config.llm, log),
  });
}

/**
 * The corpus with every warning about it. The seed files' decoded text is needed only while the
 * articles are made: it goes out of scope (and can be collected) when this returns.
 */
async function readCorpus(seedsDir: string, lap: () => number): Promise<{ corpus: Corpus; readMs: number }> {
  const { files, warnings } = await readSeedFiles(seedsDir);
  const readMs = lap();
  const corpus = buildCorpus(files);
  return { corpus: { ...corpus, warnings: [...warnings, ...corpus.warnings] }, readMs };
}

/** What an optional chat model adds to /ask: a summary of the extractive draft, and translation of questions for retrieval. */
interface LanguageModelSteps {
  summarise(draft: AskResult, onPartial?: (text: string) => void): Promise<AskResult>;
  translate(question: string, from: Language, to: Language): Promise<string | undefined>;
}

async function languageModelSteps(config: LlmConfig, log: Logger): Promise<LanguageModelSteps | undefined> {
  const model = await createChatModel(config);
  if (!model) return undefined;
  // The translation comes before retrieval and the summary after it: half the budget keeps their sum bounded.
  const translationTimeoutMs = Math.ceil(config.timeoutMs / 2);
  return {
    summarise: (draft, onPartial) => summarise(draft, model, { timeoutMs: config.timeoutMs, onPartial, log }),
    translate: (question, from, to) => translateQuestion(question, from, to, model, { timeoutMs: translationTimeoutMs, log }),
  };
}

interface LibraryParts {
  data: LibraryData;
  index: PassageIndex;
  origin: LibraryStatus['origin'];
  llm: LanguageModelSteps | undefined;
}

function createLibrary({ data, index, origin, llm }: LibraryParts): Library {
  const articles = new Map(data.articles.map((article) => [article.id, article]));
  const passagesByArticle = groupBy(data.passages, (passage) => passage.articleId);
  const statementsByArticle = groupBy(
    [...data.quotes.statements].sort((a, b) => a.start - b.start),
    (statement) => statement.articleId,
  );
  const quoteBook = createQuoteBook(data.quotes);
  const sources = sortNewestFirst(data.articles).map(
    ({ id, title, outlet, author, date, language, words }): SourceEntry => ({ id, title, outlet, author, date, language, passages: passagesByArticle.get(id)?.length ?? 0, words }),
  );
  return {
    status: { articles: articles.size, passages: data.passages.length, statements: data.quotes.statements.length, actors: data.quotes.actors.length, origin },
    sources: () => sources,
    checkQuestion,
    ask: (question, options = {}) =>
      answerQuestion({
        index,
        articles,
        question,
        summarise: llm && ((draft) => llm.summarise(draft, options.onPartial)),
        translate: llm?.translate,
      }),
    quote: (actor) => quoteBook.lookup(actor),
    actors: () => quoteBook.actors(),
    article: (id) => {
      const article = articles.get(id);
      if (!article) return undefined;
      const { title, outlet, author, date, language, text } = article;
      const passages = (passagesByArticle.get(id) ?? []).map(({ id: passageId, start, end, text: passageText }) => ({ id: passageId, start, end, text: passageText }));
      return { id, title, outlet, author, date, language, text, passages };
    },
    statements: (articleId) => (articles.has(articleId) ? (statementsByArticle.get(articleId) ?? []) : undefined),
    suggestActors: (partial, limit) => quoteBook.suggest(partial, limit),
  };
}

function sortNewestFirst(articles: Article[]): Article[] {
  // ISO dates sort as text; undated articles go last, in seed order.
  return [...articles].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}
