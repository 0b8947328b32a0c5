/**
 * What the Library keeps between starts, as snapshot parts (persist/snapshot.ts) and back:
 * - `articles`: one record per article, with its passages as [paragraph, start, end] spans: a
 *   passage's text is `article.text.slice(start, end)` and its id `<article>#<n>`, so neither is
 *   stored twice (restored passages share their article's text instead of copying it);
 * - `statements` and `actors`: the quote book's data, one record each;
 * - `warnings`: what reading the corpus reported, repeated at each start;
 * - `index`: the passage index (its numeric tables go to disk as raw bytes).
 */
import type { Article, CorpusWarning, Passage } from '../corpus/types.js';
import { passageId } from '../corpus/index.js';
import type { Actor, Statement } from '../quotes/types.js';
import type { QuoteData } from '../quotes/index.js';
import { restorePassageIndex, type PassageIndex, type PassageIndexOptions } from '../search/store.js';
import type { SnapshotParts, SnapshotReader } from './snapshot.js';

export interface LibraryData {
  articles: Article[];
  passages: Passage[];
  quotes: QuoteData;
  warnings: CorpusWarning[];
}

type PassageSpan = [paragraph: number, start: number, end: number];

interface ArticleRecord {
  article: Article;
  passages: PassageSpan[];
}

export async function librarySnapshotParts(data: LibraryData, index: PassageIndex): Promise<SnapshotParts> {
  return {
    articles: articleRecords(data.articles, data.passages),
    statements: data.quotes.statements,
    actors: data.quotes.actors,
    warnings: data.warnings,
    index: [await index.toSnapshot(data.passages)],
  };
}

/** Passages come in article order, as the corpus splits them; each must be its article's n-th. */
function* articleRecords(articles: Article[], passages: Passage[]): Generator<ArticleRecord> {
  let next = 0;
  for (const article of articles) {
    const spans: PassageSpan[] = [];
    for (; next < passages.length && passages[next]!.articleId === article.id; next++) {
      const passage = passages[next]!;
      if (passage.id !== passageId(article.id, spans.length)) throw new Error(`passage ${passage.id} is out of order; cannot snapshot it`);
      spans.push([passage.paragraph, passage.start, passage.end]);
    }
    yield { article, passages: spans };
  }
  if (next < passages.length) throw new Error(`passage ${passages[next]!.id} belongs to no article in order; cannot snapshot it`);
}

/** The library's data and index from a snapshot; throws (and loadSnapshot reports the snapshot as corrupt) if anything is amiss. */
export async function readLibrarySnapshot(reader: SnapshotReader, options: PassageIndexOptions): Promise<{ data: LibraryData; index: PassageIndex }> {
  const articles: Article[] = [];
  const passages: Passage[] = [];
  for await (const record of reader.records('articles')) {
    const { article, passages: spans } = record as ArticleRecord;
    articles.push(article);
    spans.forEach(([paragraph, start, end], n) => {
      passages.push({ id: passageId(article.id, n), articleId: article.id, n, paragraph, start, end, text: article.text.slice(start, end) });
    });
  }
  const statements = (await collect(reader.records('statements'))) as Statement[];
  const actors = (await collect(reader.records('actors'))) as Actor[];
  const warnings = (await collect(reader.records('warnings'))) as CorpusWarning[];
  const [indexSnapshot] = await collect(reader.records('index'));
  const index = await restorePassageIndex(indexSnapshot, passages, options);
  return { data: { articles, passages, quotes: { statements, actors }, warnings }, index };
}

async function collect(records: AsyncIterable<unknown>): Promise<unknown[]> {
  const all: unknown[] = [];
  for await (const record of records) all.push(record);
  return all;
}
