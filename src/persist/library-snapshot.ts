/**
 * What the Library keeps between starts, as snapshot parts (persist/snapshot.ts) and back:
 * - `files`: each seed file's path, size, modification time, content hash and article, so that the
 *   next start re-reads only the files that changed; one record per block of up to FILES_PER_BLOCK files, as columns;
 * - `articles`: one record per block of up to ARTICLES_PER_BLOCK articles, as columns: each field a
 *   list, and the texts as UTF-8 bytes, the paragraphs as [start, end] pairs and the passages as
 *   [paragraph, start, end] triples, each kind one typed array for the block with each article's end
 *   (raw bytes in the part's array file, read back as views without parsing or copying). A restart
 *   keeps the text as those bytes (corpus/compact.ts): a passage's text is read from its article's
 *   when cited, and its id is `<article>#<n>`, so neither is stored twice;
 * - `statements`: the quote book's statements, merged across articles, one record per block of up to
 *   STATEMENTS_PER_BLOCK as columns, each statement's title and date left to its article (unless they differ);
 * - `actors`: the quote book's speakers, restored as they are;
 * - `unquoted`: the people the articles name but credit with no statement (the quote book's data too);
 * - `speakers`: per article, its aliases, the people it names unquoted and each of its statements' speaker as the article names it
 *   (before merging): with the statements they give back each article's own quote analysis, which an
 *   update needs (one article can change without analysing the rest), rebuilt only when first needed;
 * - `book`: the quote book's tables (persist/saved-quote-book.ts), optional: a damaged one is made again;
 * - `warnings`: what reading the corpus reported, repeated at each start;
 * - `index`: the passage index (its numeric tables go to disk as raw bytes).
 */
import type { Article, CorpusWarning, Passage } from '../corpus/types.js';
import { passageId } from '../corpus/split.js';
import { articleParagraphPairs, articleTextBytes, compactArticle, type ArticleHead } from '../corpus/compact.js';
import { articlePositions, passageTable } from '../corpus/passage-table.js';
import { mergeSpeakersStepwise, type Actor, type ArticleQuotes, type NamedPerson, type Statement } from '../quotes/index.js';
import type { LibraryData, SeedRecord } from '../live/archive.js';
import { restorePassageIndex, type PassageIndex, type PassageIndexOptions } from '../search/store.js';
import { STORED_POSTING_KEYS } from '../search/postings.js';
import type { DeferredPart, SnapshotParts, SnapshotReader, StoredBytes } from './snapshot.js';
import { quoteBookRecords, savedQuoteTables } from './saved-quote-book.js';

/** One article's aliases, the people it names unquoted and, for each of its statements in order, the speaker as the article names it. */
interface SpeakerRecord {
  aliases: ArticleQuotes['aliases'];
  unquoted: ArticleQuotes['unquoted'];
  speakers: (string | null)[];
}

/**
 * Articles per record of the `articles` part. Columns parse several times faster than a JSON object per
 * article (measured at 100,000 articles: 0.1 s against 0.5 s, besides three typed arrays revived per
 * article instead of six per block); a block is about 60 kB of JSON and 1 MB of arrays, so no line or
 * write grows with the archive, and a running bot's save makes one between turns of the event loop.
 */
const ARTICLES_PER_BLOCK = 256;

/**
 * Statements per record of the `statements` part. Columns without the article's title and date parse several times
 * faster than a JSON object per statement (measured at 100,000 realistic articles, 340,553 statements: 115 MB of JSON,
 * docs/BENCHMARKS.md stop 51), and a block is about 150 kB of JSON: no line grows with the archive.
 */
const STATEMENTS_PER_BLOCK = 1024;

/**
 * Seed files per record of the `files` part. A watching restart reads every file's record before its first answer (the
 * start-up catch-up compares them with the folder): at 100,000 files, columns parse in about half the time of one JSON
 * object per file (docs/BENCHMARKS.md stop 57), and a block is about 400 kB of JSON.
 */
const FILES_PER_BLOCK = 4096;

/** Seed file records as columns: the i-th entry of each list is the i-th file's. */
interface FileBlock {
  file: string[];
  size: number[];
  mtimeMs: number[];
  hash: (string | null)[];
  articleId: (string | null)[];
  /** The files skipped as the same article as another (SeedRecord.sameAs): [position in the block, the file kept]. */
  sameAs: [number, string][];
}

/** Statements as columns: the i-th entry of each list is the i-th statement's. */
interface StatementBlock {
  articleId: string[];
  /** 1 for a quotation ("direct"), 0 for reported speech ("indirect"). */
  direct: number[];
  text: string[];
  speaker: (string | null)[];
  via: (string | null)[];
  start: number[];
  end: number[];
  /** The statements whose title or date is not their article's (none, as the quote rules make them): [position in the block, title, date]. */
  differs: [number, string, string | null][];
}

/**
 * The parts whose byte arrays a restart leaves in the snapshot's files (persist/snapshot.ts, `bytesOnDisk`): the
 * articles' text, read from the file when a passage or an article is read (about 20 articles an /ask, each a few
 * kB; the 64 read last are kept decoded). At 100,000 realistic articles that is 330 MB the process no longer holds.
 */
export const TEXT_ON_DISK = ['articles'];

/** The parts a restore can do without (persist/snapshot.ts `optional`): the quote book's tables, made again from the rest. */
export const OPTIONAL_PARTS = ['book'];
/**
 * The arrays a restart leaves in the snapshot's files by part and key (persist/snapshot.ts, `arraysOnDisk`): the index's
 * postings, read a term's list at a time when a question needs it (search/postings.ts). At 100,000 realistic articles
 * that is 500 of index.bin's 534 MB the restart no longer reads into memory.
 */
export const POSTINGS_ON_DISK = { index: STORED_POSTING_KEYS };

/** Articles as columns: the i-th entry of each list, and the i-th slice of each typed array, is the i-th article's. */
interface ArticleBlock {
  id: string[];
  title: string[];
  outlet: (string | null)[];
  author: (string | null)[];
  date: (string | null)[];
  language: string[];
  words: number[];
  /** The texts, UTF-8, one after another; `textEnds[i]` is where the i-th ends. Restored, left in the snapshot's file (TEXT_ON_DISK). */
  text: Uint8Array | StoredBytes;
  textEnds: Uint32Array;
  /** Each paragraph's start and end (UTF-16 offsets into its article's text, as everywhere else). */
  paragraphs: Uint32Array;
  paragraphEnds: Uint32Array;
  /** Each passage's paragraph, start and end. */
  passages: Uint32Array;
  passageEnds: Uint32Array;
}

/**
 * The parts to save; the index is captured now, the rest is read from `data` (never changed in place) as it
 * is written. Passages are taken from the index article by article as the blocks are written, not from the
 * list of every passage (made in one call: seconds of the thread at 100,000 articles after an update).
 */
export async function librarySnapshotParts(data: LibraryData, index: PassageIndex): Promise<SnapshotParts> {
  const passages = () => passagesInOrder(data.articles, index);
  return {
    files: fileBlocks(data.files),
    articles: articleBlocks(data.articles, passages()),
    statements: statementBlocks(data.quotes.statements, data.articles),
    actors: data.quotes.actors,
    unquoted: data.quotes.unquoted,
    speakers: speakerRecords(data.analyses),
    book: quoteBookRecords(data.quotes),
    warnings: data.warnings,
    index: [await index.toSnapshot(passages())],
  };
}

/** `statements` in blocks of columns (StatementBlock), made as they are written; `articles` give the titles and dates left out. */
function* statementBlocks(statements: Statement[], articles: Article[]): Generator<StatementBlock> {
  const byId = new Map(articles.map((article) => [article.id, article]));
  for (let blockStart = 0; blockStart < statements.length; blockStart += STATEMENTS_PER_BLOCK) {
    const members = statements.slice(blockStart, blockStart + STATEMENTS_PER_BLOCK);
    const differs: StatementBlock['differs'] = [];
    for (const [position, { articleId, title, date }] of members.entries()) {
      const article = byId.get(articleId);
      if (article?.title !== title || article.date !== date) differs.push([position, title, date]);
    }
    yield {
      articleId: members.map(({ articleId }) => articleId),
      direct: members.map(({ kind }) => (kind === 'direct' ? 1 : 0)),
      text: members.map(({ text }) => text),
      speaker: members.map(({ speaker }) => speaker),
      via: members.map(({ via }) => via),
      start: members.map(({ start }) => start),
      end: members.map(({ end }) => end),
      differs,
    };
  }
}

/** The statements of one block (statementBlocks), each with its article's title and date unless the block says otherwise; throws if the columns do not match or an article is unknown. */
function statementsOfBlock(block: StatementBlock, articleOf: (id: string) => Article | undefined): Statement[] {
  const statements: Statement[] = [];
  const count = block.articleId.length;
  if (![block.direct, block.text, block.speaker, block.via, block.start, block.end].every((column) => column.length === count)) throw new Error('the snapshot\'s statement columns do not match');
  const differs = new Map(block.differs.map(([position, title, date]) => [position, { title, date }]));
  for (let n = 0; n < count; n++) {
    const articleId = block.articleId[n]!;
    const own = differs.get(n) ?? articleOf(articleId);
    if (!own) throw new Error(`the snapshot's statements name an article it does not hold: ${articleId}`);
    statements.push({ articleId, title: own.title, date: own.date, kind: block.direct[n] === 1 ? 'direct' : 'indirect', text: block.text[n]!, speaker: block.speaker[n]!, via: block.via[n]!, start: block.start[n]!, end: block.end[n]! });
  }
  return statements;
}

/**
 * The restored statements, a block decoded when one of its statements is first wanted (one speaker's, one article's:
 * persist/saved-quote-book.ts) or all of them at once; the same objects either way. Every block but the last holds
 * STATEMENTS_PER_BLOCK (statementBlocks); a block that does not throws when decoded.
 */
function restoredStatements(part: DeferredPart, articleOf: (id: string) => Article | undefined) {
  const blocks: (Statement[] | undefined)[] = [];
  const decoded = (n: number, record: unknown): Statement[] => {
    let block = blocks[n];
    if (block) return block;
    block = statementsOfBlock(record as StatementBlock, articleOf);
    if (n < part.count - 1 && block.length !== STATEMENTS_PER_BLOCK) throw new Error('the snapshot\'s statement blocks are not whole');
    return (blocks[n] = block);
  };
  let all: Statement[] | undefined;
  return {
    all: () => (all ??= part.parse().flatMap((record, n) => decoded(n, record))),
    at: (position: number): Statement => {
      const n = Math.floor(position / STATEMENTS_PER_BLOCK);
      const statement = (blocks[n] ?? decoded(n, part.record(n)))[position % STATEMENTS_PER_BLOCK];
      if (!statement) throw new Error(`the snapshot holds no statement ${position}`);
      return statement;
    },
    /** How many statements the part holds, from its blocks' count and its last block (decoded for it). */
    count: () => (part.count === 0 ? 0 : (part.count - 1) * STATEMENTS_PER_BLOCK + (blocks[part.count - 1] ?? decoded(part.count - 1, part.record(part.count - 1))).length),
  };
}

/** `files` in blocks of columns (FileBlock), made as they are written. */
function* fileBlocks(files: SeedRecord[]): Generator<FileBlock> {
  for (let blockStart = 0; blockStart < files.length; blockStart += FILES_PER_BLOCK) {
    const members = files.slice(blockStart, blockStart + FILES_PER_BLOCK);
    const sameAs: FileBlock['sameAs'] = [];
    for (const [position, record] of members.entries()) if (record.sameAs !== undefined) sameAs.push([position, record.sameAs]);
    yield {
      file: members.map(({ file }) => file),
      size: members.map(({ size }) => size),
      mtimeMs: members.map(({ mtimeMs }) => mtimeMs),
      hash: members.map(({ hash }) => hash),
      articleId: members.map(({ articleId }) => articleId),
      sameAs,
    };
  }
}

/**
 * The seed file records of the `files` part's records: blocks of columns (fileBlocks), or one record per file as an
 * index saved before stop 57 holds them (such an index restores so until its next whole save, which
 * writes blocks). Throws if a block's columns do not match.
 */
function seedRecordsOf(records: unknown[]): SeedRecord[] {
  const files: SeedRecord[] = [];
  for (const record of records) {
    if (!Array.isArray((record as Partial<FileBlock>).file)) {
      files.push(record as SeedRecord);
      continue;
    }
    const block = record as FileBlock;
    const count = block.file.length;
    if (![block.size, block.mtimeMs, block.hash, block.articleId].every((column) => Array.isArray(column) && column.length === count) || !Array.isArray(block.sameAs)) {
      throw new Error('the snapshot\'s file columns do not match');
    }
    const first = files.length;
    for (let n = 0; n < count; n++) files.push({ file: block.file[n]!, size: block.size[n]!, mtimeMs: block.mtimeMs[n]!, hash: block.hash[n]!, articleId: block.articleId[n]! });
    for (const [position, kept] of block.sameAs) {
      const named = files[first + position];
      if (position >= count || !named) throw new Error('the snapshot\'s file columns do not match');
      named.sameAs = kept;
    }
  }
  return files;
}

/** Each analysis's speaker record, made as it is written. */
function* speakerRecords(analyses: ArticleQuotes[]): Generator<SpeakerRecord> {
  for (const analysis of analyses) yield { aliases: analysis.aliases, unquoted: analysis.unquoted, speakers: analysis.statements.map(({ speaker }) => speaker) };
}

/** The index's passages, article by article in `articles`' order, each article's in reading order. */
function* passagesInOrder(articles: Article[], index: PassageIndex): Generator<Passage> {
  for (const article of articles) {
    for (let n = 0; ; n++) {
      const passage = index.passage(passageId(article.id, n));
      if (!passage) break;
      yield passage;
    }
  }
}

/** Passages come in article order, as the corpus splits them; each must be its article's n-th. */
function* articleBlocks(articles: Article[], passageList: Iterable<Passage>): Generator<ArticleBlock> {
  const passages = passageList[Symbol.iterator]();
  let passage = passages.next();
  for (let blockStart = 0; blockStart < articles.length; blockStart += ARTICLES_PER_BLOCK) {
    const members = articles.slice(blockStart, blockStart + ARTICLES_PER_BLOCK);
    const texts: Uint8Array[] = [];
    const paragraphs: Uint32Array[] = [];
    const spans: number[] = [];
    const passageEnds = new Uint32Array(members.length);
    for (const [position, article] of members.entries()) {
      for (let n = 0; !passage.done && passage.value.articleId === article.id; n++, passage = passages.next()) {
        const { id, paragraph, start, end } = passage.value;
        if (id !== passageId(article.id, n)) throw new Error(`passage ${id} is out of order; cannot snapshot it`);
        spans.push(paragraph, start, end);
      }
      passageEnds[position] = spans.length;
      texts.push(articleTextBytes(article));
      paragraphs.push(articleParagraphPairs(article));
    }
    const [text, textEnds] = joined(texts, Uint8Array);
    const [paragraphPairs, paragraphEnds] = joined(paragraphs, Uint32Array);
    yield {
      id: members.map(({ id }) => id),
      title: members.map(({ title }) => title),
      outlet: members.map(({ outlet }) => outlet),
      author: members.map(({ author }) => author),
      date: members.map(({ date }) => date),
      language: members.map(({ language }) => language),
      words: members.map(({ words }) => words),
      text,
      textEnds,
      paragraphs: paragraphPairs,
      paragraphEnds,
      passages: Uint32Array.from(spans),
      passageEnds,
    };
  }
  if (!passage.done) throw new Error(`passage ${passage.value.id} belongs to no article in order; cannot snapshot it`);
}

/** `pieces` one after another in one array, and where each piece ends in it. */
function joined<T extends Uint8Array | Uint32Array>(pieces: T[], Type: new (length: number) => T): [T, Uint32Array] {
  const all = new Type(pieces.reduce((sum, piece) => sum + piece.length, 0));
  const ends = new Uint32Array(pieces.length);
  let at = 0;
  for (const [n, piece] of pieces.entries()) {
    all.set(piece, at);
    at += piece.length;
    ends[n] = at;
  }
  return [all, ends];
}

/** The library's data and index from a snapshot; throws (and loadSnapshot reports the snapshot as corrupt) if anything is amiss. */
export async function readLibrarySnapshot(reader: SnapshotReader, options: PassageIndexOptions & RestoreNotes): Promise<{ data: LibraryData; index: PassageIndex }> {
  // File records (17 MB of JSON at 100,000 articles), statements, speakers and actors are wanted only after the first answer
  // (the watcher's scan, /quote, an update): each is checked while the articles are read, its records parsed when first wanted.
  // Statements a block at a time too: a speaker's, found through the quote book's saved tables.
  const checking = Promise.all([
    reader.deferred('files'),
    reader.deferred('statements', { byRecord: true }),
    reader.deferred('speakers'),
    reader.deferred('actors'),
    reader.deferred('unquoted'),
    reader.optional('book'),
  ]);
  // Awaited below; a damaged part fails the restore there, not as an unhandled rejection while the articles are read.
  checking.catch(() => undefined);
  const articles: Article[] = [];
  const spans: Uint32Array[] = [];
  for await (const record of reader.records('articles')) {
    const block = record as ArticleBlock;
    const count = block.id.length;
    const fields = [block.title, block.outlet, block.author, block.date, block.language, block.words];
    if (!fields.every((column) => column.length === count) || !endsFit(block.textEnds, block.text.byteLength, count) || !endsFit(block.paragraphEnds, block.paragraphs.length, count) || !endsFit(block.passageEnds, block.passages.length, count)) {
      throw new Error('the snapshot\'s article columns do not match');
    }
    for (let n = 0; n < count; n++) {
      const head: ArticleHead = { id: block.id[n]!, title: block.title[n]!, outlet: block.outlet[n]!, author: block.author[n]!, date: block.date[n]!, language: block.language[n]!, words: block.words[n]! };
      articles.push(compactArticle(head, piece(block.text, block.textEnds, n), piece(block.paragraphs, block.paragraphEnds, n)));
      spans.push(piece(block.passages, block.passageEnds, n));
    }
  }
  // Passages stay columns of the article records: the index makes the few it is asked for; the list is made when first wanted (an update, a save, /sources).
  const positions = articlePositions(articles);
  const table = passageTable(articles, spans, positions);
  // Statements and speakers are parsed when first wanted (/quote, an update, a save): /ask needs neither.
  const [files, statements, speakers, actors, unquoted, book] = await checking;
  if (speakers.count !== articles.length) throw new Error('the snapshot\'s speakers do not match its articles');
  const warnings = (await collect(reader.records('warnings'))) as CorpusWarning[];
  const [indexSnapshot] = await collect(reader.records('index'));
  const index = await restorePassageIndex(indexSnapshot, table, options);
  let analyses: ArticleQuotes[] | undefined;
  // A statement's article through the passage table's positions: no second map of every article's id.
  const restored = restoredStatements(statements, (id) => {
    const at = positions.get(id);
    return at === undefined ? undefined : articles[at];
  });
  const statementsNow = restored.all;
  // A damaged book is told of now, and made from the quote data when first wanted.
  if ('damage' in book) options.bookNotUsed(book.damage);
  const saved = 'damage' in book ? () => undefined : savedQuoteTables(book, { statementCount: restored.count, actorCount: () => (actors.parse() as Actor[]).length, statementAt: restored.at }, options.bookNotUsed);
  const speakerMerge = mergeSpeakersStepwise(() => data.analyses);
  let passages: Passage[] | undefined;
  let seedRecords: SeedRecord[] | undefined;
  const data: LibraryData = {
    get files() {
      return (seedRecords ??= seedRecordsOf(files.parse()));
    },
    articles,
    get passages() {
      return (passages ??= Array.from({ length: table.length }, (_, position) => table.at(position)));
    },
    quotes: {
      get statements() {
        return statementsNow();
      },
      get actors() {
        return actors.parse() as Actor[];
      },
      get unquoted() {
        return unquoted.parse() as NamedPerson[];
      },
      saved,
    },
    warnings,
    // Merging analyses again costs about as much as reading them: only an update needs them.
    get analyses() {
      return (analyses ??= articleAnalyses(statementsNow(), speakers.parse() as SpeakerRecord[]));
    },
    // What the first update's merge continues: the saved quote data as a merge (the same statements and actors), made then or prepared ahead.
    get speakerMerge() {
      return speakerMerge.now();
    },
    async prepareSpeakerMerge() {
      await statements.parseSoon();
      await speakers.parseSoon();
      await speakerMerge.soon();
    },
    async prepareQuotes() {
      await statements.parseSoon();
      await actors.parseSoon();
      await unquoted.parseSoon();
    },
  };
  return { data, index };
}

/** What a restore reports without failing. */
export interface RestoreNotes {
  /** The snapshot's quote-book tables cannot be used (`reason`): the book is made from the quote data when first wanted. */
  bookNotUsed(reason: string): void;
}

/** Each article's own analysis: its slice of the merged statements (articles' order) with the speakers it named. */
function articleAnalyses(statements: Statement[], speakers: SpeakerRecord[]): ArticleQuotes[] {
  if (speakers.reduce((sum, record) => sum + record.speakers.length, 0) !== statements.length) throw new Error('the snapshot\'s speakers do not match its statements');
  let next = 0;
  return speakers.map(({ aliases, unquoted, speakers: named }) => ({
    aliases,
    unquoted,
    statements: named.map((speaker) => ({ ...statements[next++]!, speaker })),
  }));
}

/** Whether `ends` holds `count` ends, in order, within an array of `length` elements. */
function endsFit(ends: Uint32Array, length: number, count: number): boolean {
  if (ends.length !== count) return false;
  for (let n = 1; n < count; n++) if (ends[n]! < ends[n - 1]!) return false;
  return count === 0 || ends[count - 1]! <= length;
}

/** The n-th piece of an array of pieces one after another (`ends`: where each ends). */
function piece<T extends Uint8Array | Uint32Array | StoredBytes>(array: T, ends: Uint32Array, n: number): T {
  return array.subarray(n === 0 ? 0 : ends[n - 1]!, ends[n]!) as T;
}

async function collect(records: AsyncIterable<unknown>): Promise<unknown[]> {
  const all: unknown[] = [];
  for await (const record of records) all.push(record);
  return all;
}
