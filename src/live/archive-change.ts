/**
 * A change to the library's data, as an update makes it from changed seed files (live/archive.ts) and
 * as the snapshot's journal keeps it (persist/library-journal.ts): applied to the data it was made
 * against, or several composed into one, so that a start replays a journal in one step.
 */
import type { Article, CorpusWarning, Passage } from '../corpus/types.js';
import { passageIdsOf } from '../corpus/split.js';
import { groupBy } from '../arrays.js';
import type { ArticleQuotes, SpeakerMerge } from '../quotes/index.js';
import type { PassageChange, PassageIndex } from '../search/store.js';
import type { LibraryData, SeedRecord } from './archive.js';

/** What one update changes: which seed file records and articles come and go, and the warnings of the files it read. */
export interface ArchiveChange {
  /** Seed file records added or replaced. */
  files: SeedRecord[];
  /** Seed files no longer there. */
  removedFiles: string[];
  /** Articles that go (an article changed goes and comes back); their passages are found in the index. */
  removedArticles: string[];
  /** Articles that come, in order, with their passages (grouped by article, in the same order) and their own quote analyses. */
  articles: Article[];
  passages: Passage[];
  analyses: ArticleQuotes[];
  /** Files whose earlier warnings are replaced by `warnings`. */
  touched: string[];
  warnings: CorpusWarning[];
}

/**
 * `data` with `change` applied, and what the passage index must remove and add (the passages of a
 * removed article are looked up in `index`, so the list of every passage is not needed). New articles
 * come after the others. The list of every passage and the merged quote data are made when first
 * wanted: /ask and /sources need neither, and both cost in proportion to the archive.
 */
export function applyChange(data: LibraryData, change: ArchiveChange, index: Pick<PassageIndex, 'passage'>): { data: LibraryData; passages: PassageChange } {
  const records = new Map(data.files.map((record) => [record.file, record]));
  for (const file of change.removedFiles) records.delete(file);
  for (const record of change.files) records.set(record.file, record);
  const gone = new Set(change.removedArticles);
  const keep = (articleId: string) => !gone.has(articleId);
  const touched = new Set(change.touched);
  const removedPassages = change.removedArticles.flatMap((articleId) => passageIdsOf(articleId, (id) => index.passage(id) !== undefined));
  const quotes = laterQuotes(data, keep, change.analyses);
  const passages = later(data, (previous) => [...previous.passages.filter((passage) => keep(passage.articleId)), ...change.passages]);
  return {
    data: {
      files: [...records.values()],
      articles: [...data.articles.filter((article) => keep(article.id)), ...change.articles],
      get passages() {
        return passages();
      },
      get analyses() {
        return quotes().analyses;
      },
      get quotes() {
        return quotes().data;
      },
      get speakerMerge() {
        return quotes();
      },
      warnings: [...data.warnings.filter((warning) => !touched.has(warning.file)), ...change.warnings],
      // This version's merge continues the earlier one's: preparing that one is what there is to prepare.
      ...(data.prepareSpeakerMerge && { prepareSpeakerMerge: data.prepareSpeakerMerge }),
    },
    passages: { remove: removedPassages, add: change.passages },
  };
}

/**
 * One change that does what `changes` do applied one after another (same articles, records, warnings
 * and answers; a file's record and an article that changed twice come once, as the later change has
 * them). An article both added and removed by them does not come at all.
 */
export function composeChanges(changes: ArchiveChange[]): ArchiveChange {
  const files = new Map<string, SeedRecord | null>();
  const removedArticles = new Set<string>();
  const added = new Map<string, { article: Article; passages: Passage[]; analysis: ArticleQuotes }>();
  const warnings = new Map<string, CorpusWarning[]>();
  for (const change of changes) {
    for (const file of change.removedFiles) files.set(file, null);
    for (const record of change.files) files.set(record.file, record);
    for (const articleId of change.removedArticles) {
      removedArticles.add(articleId);
      added.delete(articleId);
    }
    const passagesOf = groupBy(change.passages, (passage) => passage.articleId);
    change.articles.forEach((article, at) => {
      // Deleted first so that a changed article moves to the end, where applying the changes one by one puts it.
      added.delete(article.id);
      added.set(article.id, { article, passages: passagesOf.get(article.id) ?? [], analysis: change.analyses[at]! });
    });
    for (const file of change.touched) warnings.set(file, []);
    for (const warning of change.warnings) {
      const group = warnings.get(warning.file);
      if (group) group.push(warning);
      else warnings.set(warning.file, [warning]);
    }
  }
  const kept = [...added.values()];
  return {
    files: [...files.values()].filter((record): record is SeedRecord => record !== null),
    removedFiles: [...files].filter(([, record]) => record === null).map(([file]) => file),
    removedArticles: [...removedArticles],
    articles: kept.map(({ article }) => article),
    passages: kept.flatMap(({ passages }) => passages),
    analyses: kept.map(({ analysis }) => analysis),
    touched: [...warnings.keys()],
    warnings: [...warnings.values()].flat(),
  };
}

/**
 * An updated library's quote data, made when first wanted (the first /quote or statement question, the
 * save): /ask and /sources need none of it, so an update is answerable before it is made. Each new
 * article's analysis is already made (by the worker); `keep` says which of `previous`'s stay. The previous
 * version's merge goes on with only the speakers the change touches merged again.
 */
function laterQuotes(previous: LibraryData, keep: (articleId: string) => boolean, added: ArticleQuotes[]): () => SpeakerMerge {
  return later(previous, ({ articles, analyses, speakerMerge }) => speakerMerge.next(analyses.filter((_, at) => !keep(articles[at]!.id)), added));
}

/**
 * `make(previous)`, made when first wanted and remembered; `previous` is let go once it is made (each
 * update's data would otherwise hold every version before it).
 */
function later<T>(previous: LibraryData, make: (previous: LibraryData) => T): () => T {
  let from: LibraryData | undefined = previous;
  let made: { value: T } | undefined;
  return () => {
    if (!made) {
      made = { value: make(from!) };
      from = undefined;
    }
    return made.value;
  };
}
