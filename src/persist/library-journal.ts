/**
 * The library's changes since its snapshot, as records of the snapshot's journal (persist/journal.ts)
 * and back: one record per update, holding what the update read and made (file records, the articles
 * that go, the new articles with their text, paragraphs and passages as spans, their quote analyses,
 * the warnings), so that a start replays it without reading, cleaning or analysing any file again.
 * Plain JSON: a record is one update's worth, a few kilobytes an article.
 */
import type { CorpusWarning } from '../corpus/types.js';
import { articleParagraphPairs, compactArticle, spanPassage, type ArticleHead } from '../corpus/compact.js';
import { passageId } from '../corpus/split.js';
import type { ArticleQuotes } from '../quotes/index.js';
import type { ArchiveChange } from '../live/archive-change.js';
import type { LibraryData, SeedRecord } from '../live/archive.js';
import type { PassageIndex } from '../search/store.js';
import { openJournal, type Journal } from './journal.js';

/** One new article: its fields, text, paragraphs as [start, end] pairs and passages as [paragraph, start, end] triples (UTF-16 offsets). */
interface ArticleRecord extends ArticleHead {
  text: string;
  paragraphs: number[];
  passages: number[];
}

/** A journal record: an ArchiveChange with its articles and passages as plain data. */
export interface ChangeRecord {
  files: SeedRecord[];
  removedFiles: string[];
  removedArticles: string[];
  articles: ArticleRecord[];
  analyses: ArticleQuotes[];
  touched: string[];
  warnings: CorpusWarning[];
}

/** A change as a journal record; throws if its passages are not grouped by article, in order, each its article's n-th. */
export function changeRecord(change: ArchiveChange): ChangeRecord {
  let next = 0;
  const articles = change.articles.map((article): ArticleRecord => {
    const { id, title, outlet, author, date, language, words } = article;
    const passages: number[] = [];
    for (let n = 0; next < change.passages.length && change.passages[next]!.articleId === id; n++, next++) {
      const passage = change.passages[next]!;
      if (passage.id !== passageId(id, n)) throw new Error(`passage ${passage.id} is out of order; cannot journal it`);
      passages.push(passage.paragraph, passage.start, passage.end);
    }
    return { id, title, outlet, author, date, language, words, text: article.text, paragraphs: [...articleParagraphPairs(article)], passages };
  });
  if (next < change.passages.length) throw new Error(`passage ${change.passages[next]!.id} belongs to no article in order; cannot journal it`);
  const { files, removedFiles, removedArticles, analyses, touched, warnings } = change;
  return { files, removedFiles, removedArticles, articles, analyses, touched, warnings };
}

/** A journal record as the change it was made from (articles compact, as a restored library's); throws if it is not one. */
function changeFromRecord(value: unknown): ArchiveChange {
  const record = value as Partial<ChangeRecord> | null;
  const lists = [record?.files, record?.removedFiles, record?.removedArticles, record?.articles, record?.analyses, record?.touched, record?.warnings];
  if (!record || !lists.every(Array.isArray) || record.articles!.length !== record.analyses!.length) throw new Error('not a journal record of library changes');
  const change: ArchiveChange = { files: record.files!, removedFiles: record.removedFiles!, removedArticles: record.removedArticles!, articles: [], passages: [], analyses: record.analyses!, touched: record.touched!, warnings: record.warnings! };
  for (const { text, paragraphs, passages, ...head } of record.articles!) {
    if (typeof text !== 'string' || !Array.isArray(paragraphs) || !Array.isArray(passages) || passages.length % 3 !== 0) throw new Error('not a journal record of library changes');
    const article = compactArticle(head, Buffer.from(text, 'utf8'), Uint32Array.from(paragraphs));
    change.articles.push(article);
    for (let n = 0; 3 * n < passages.length; n++) {
      change.passages.push(spanPassage(article, { id: passageId(article.id, n), n, paragraph: passages[3 * n]!, start: passages[3 * n + 1]!, end: passages[3 * n + 2]! }));
    }
  }
  return change;
}

/** A restored library brought up to date with its snapshot's journal, and the journal, open for the next changes. */
export interface ReplayedJournal {
  data: LibraryData;
  journal: Journal<ChangeRecord>;
  /** How many changes were replayed, and how many bytes after the last whole one were cut off (a crash mid-append). */
  changes: number;
  cutBytes: number;
}

/**
 * Opens the journal of the snapshot generation `folder` and applies its changes to the library
 * restored from that snapshot, as one composed change and one index update (the journal's records
 * are each one update: applied one by one, each would pass over the whole archive's file records and
 * articles). A damaged tail is cut off: the files it changed are not accounted for by the records, so
 * the next scan of the seeds folder reads them again. Throws if the journal cannot be read.
 */
export async function replayJournal(folder: string, data: LibraryData, index: PassageIndex): Promise<ReplayedJournal> {
  const { journal, records, cutBytes } = await openJournal<ChangeRecord, ArchiveChange>(folder, changeFromRecord);
  if (records.length === 0) return { data, journal, changes: 0, cutBytes };
  // Loaded only when there is something to replay (it brings the quote merging in).
  const { applyChange, composeChanges } = await import('../live/archive-change.js');
  const applied = applyChange(data, composeChanges(records), index);
  await index.update(applied.passages);
  return { data: applied.data, journal, changes: records.length, cutBytes };
}
