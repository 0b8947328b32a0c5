/**
 * What the Library keeps between starts, as snapshot parts (persist/snapshot.ts) and back:
 * - `files`: each seed file's path, size, modification time, content hash and article, so that the
 *   next start re-reads only the files that changed;
 * - `articles`: one record per article: its fields, its text as UTF-8 bytes, its paragraphs as
 *   [start, end] pairs and its passages as [paragraph, start, end] triples, all three as typed arrays
 *   (raw bytes in the part's array file, read back as views without parsing or copying). A restart
 *   keeps the text as those bytes (corpus/compact.ts): a passage's text is read from its article's
 *   when cited, and its id is `<article>#<n>`, so neither is stored twice;
 * - `statements` and `actors`: the quote book's data, merged across articles, restored as they are;
 * - `speakers`: per article, its aliases and each of its statements' speaker as the article names it
 *   (before merging): with the statements they give back each article's own quote analysis, which an
 *   update needs (one article can change without analysing the rest), rebuilt only when first needed;
 * - `warnings`: what reading the corpus reported, repeated at each start;
 * - `index`: the passage index (its numeric tables go to disk as raw bytes).
 */
import type { Article, CorpusWarning, Passage } from '../corpus/types.js';
import { passageId } from '../corpus/split.js';
import { articleTextBytes, compactArticle, spanPairs, type ArticleHead } from '../corpus/compact.js';
import { PASSAGE_FIELDS, passageTable } from '../corpus/passage-table.js';
import type { Actor, ArticleQuotes, Statement } from '../quotes/index.js';
import type { LibraryData, SeedRecord } from '../live/archive.js';
import { restorePassageIndex, type PassageIndex, type PassageIndexOptions } from '../search/store.js';
import type { SnapshotParts, SnapshotReader } from './snapshot.js';

/** One article's aliases and, for each of its statements in order, the speaker as the article names it. */
interface SpeakerRecord {
  aliases: ArticleQuotes['aliases'];
  speakers: (string | null)[];
}

interface ArticleRecord {
  article: ArticleHead;
  /** The text, UTF-8. */
  text: Uint8Array;
  /** Each paragraph's start and end (UTF-16 offsets into the text, as everywhere else). */
  paragraphs: Uint32Array;
  /** Each passage's paragraph, start and end. */
  passages: Uint32Array;
}

/** The parts to save; the index is captured now, the rest is read from `data` (never changed in place) as it is written. */
export async function librarySnapshotParts(data: LibraryData, index: PassageIndex): Promise<SnapshotParts> {
  return {
    files: data.files,
    articles: articleRecords(data.articles, data.passages),
    statements: data.quotes.statements,
    actors: data.quotes.actors,
    speakers: data.analyses.map((analysis): SpeakerRecord => ({ aliases: analysis.aliases, speakers: analysis.statements.map(({ speaker }) => speaker) })),
    warnings: data.warnings,
    index: [await index.toSnapshot(data.passages)],
  };
}

/** Passages come in article order, as the corpus splits them; each must be its article's n-th. */
function* articleRecords(articles: Article[], passages: Passage[]): Generator<ArticleRecord> {
  let next = 0;
  for (const article of articles) {
    const first = next;
    while (next < passages.length && passages[next]!.articleId === article.id) next++;
    const spans = new Uint32Array((next - first) * PASSAGE_FIELDS);
    for (let n = 0; n < next - first; n++) {
      const passage = passages[first + n]!;
      if (passage.id !== passageId(article.id, n)) throw new Error(`passage ${passage.id} is out of order; cannot snapshot it`);
      spans.set([passage.paragraph, passage.start, passage.end], n * PASSAGE_FIELDS);
    }
    const { id, title, outlet, author, date, language, words } = article;
    yield { article: { id, title, outlet, author, date, language, words }, text: articleTextBytes(article), paragraphs: spanPairs(article.paragraphs), passages: spans };
  }
  if (next < passages.length) throw new Error(`passage ${passages[next]!.id} belongs to no article in order; cannot snapshot it`);
}

/** The library's data and index from a snapshot; throws (and loadSnapshot reports the snapshot as corrupt) if anything is amiss. */
export async function readLibrarySnapshot(reader: SnapshotReader, options: PassageIndexOptions): Promise<{ data: LibraryData; index: PassageIndex }> {
  const files = (await collect(reader.records('files'))) as SeedRecord[];
  const articles: Article[] = [];
  const spans: Uint32Array[] = [];
  for await (const record of reader.records('articles')) {
    const { article: head, text, paragraphs, passages } = record as ArticleRecord;
    articles.push(compactArticle(head, text, paragraphs));
    spans.push(passages);
  }
  // Passages stay columns of the article records: the index makes the few it is asked for; the list is made when first wanted (an update, a save, /sources).
  const table = passageTable(articles, spans);
  // Statements and speakers are parsed when first wanted (/quote, an update, a save): /ask needs neither.
  const statements = await reader.deferred('statements');
  const speakers = await reader.deferred('speakers');
  if (speakers.count !== articles.length) throw new Error('the snapshot\'s speakers do not match its articles');
  const actors = (await collect(reader.records('actors'))) as Actor[];
  const warnings = (await collect(reader.records('warnings'))) as CorpusWarning[];
  const [indexSnapshot] = await collect(reader.records('index'));
  const index = await restorePassageIndex(indexSnapshot, table, options);
  let analyses: ArticleQuotes[] | undefined;
  let passages: Passage[] | undefined;
  const data: LibraryData = {
    files,
    articles,
    get passages() {
      return (passages ??= Array.from({ length: table.length }, (_, position) => table.at(position)));
    },
    quotes: {
      get statements() {
        return statements.parse() as Statement[];
      },
      actors,
    },
    warnings,
    // Merging analyses again costs about as much as reading them: only an update needs them.
    get analyses() {
      return (analyses ??= articleAnalyses(statements.parse() as Statement[], speakers.parse() as SpeakerRecord[]));
    },
  };
  return { data, index };
}

/** Each article's own analysis: its slice of the merged statements (articles' order) with the speakers it named. */
function articleAnalyses(statements: Statement[], speakers: SpeakerRecord[]): ArticleQuotes[] {
  if (speakers.reduce((sum, record) => sum + record.speakers.length, 0) !== statements.length) throw new Error('the snapshot\'s speakers do not match its statements');
  let next = 0;
  return speakers.map(({ aliases, speakers: named }) => ({
    aliases,
    statements: named.map((speaker) => ({ ...statements[next++]!, speaker })),
  }));
}

async function collect(records: AsyncIterable<unknown>): Promise<unknown[]> {
  const all: unknown[] = [];
  for await (const record of records) all.push(record);
  return all;
}
