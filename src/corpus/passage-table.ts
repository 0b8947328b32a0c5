/**
 * Passages as columns (issue 17, the restart): a restart at 100,000 articles restores about 1.2
 * million passages, and making each an object with an id string of its own (then a map of those ids)
 * took about half of the restart's CPU, a quarter of it garbage collection, although a question cites
 * a few dozen. A table keeps each article's passages as the [paragraph, start, end] triples the
 * snapshot stores (views, not copies) and makes a passage, or its id, only when asked for one.
 */
import { spanPassage } from './compact.js';
import { passageId, readPassageId } from './split.js';
import type { Article, Passage } from './types.js';

/** A read-only list of passages in a fixed order; positions count from 0. */
export interface PassageTable {
  readonly length: number;
  /** The passage at `position`, made when asked for (two calls give two equal objects). Throws outside 0..length-1. */
  at(position: number): Passage;
  /** Its id (`Passage.id`), without making the passage. */
  idAt(position: number): string;
  /** Its language (`Passage.language`), without making the passage. */
  languageAt(position: number): string;
  /** The position of the passage with this id; undefined for an id not in the table. */
  positionOf(id: string): number | undefined;
}

/** Numbers a passage record holds: paragraph, start, end. */
export const PASSAGE_FIELDS = 3;

/**
 * The passages of `articles`, article by article in their order: `spans[i]` holds article i's
 * passages as [paragraph, start, end] triples (UTF-16 offsets into its text), its n-th passage being
 * `<article id>#<n>`. `indexOfArticle` is each article's position by id, when the caller made it already (a restart
 * shares it with its statements: a second map of 100,000 ids is tens of milliseconds). Throws if the two lists differ
 * in length or a span list is not whole triples.
 */
export function passageTable(articles: Article[], spans: Uint32Array[], indexOfArticle: ReadonlyMap<string, number> = articlePositions(articles)): PassageTable {
  if (spans.length !== articles.length) throw new Error('every article needs its list of passage spans');
  const first = new Uint32Array(articles.length + 1);
  spans.forEach((triples, a) => {
    if (triples.length % PASSAGE_FIELDS !== 0) throw new Error(`the passage spans of ${articles[a]!.id} are not whole triples`);
    first[a + 1] = first[a]! + triples.length / PASSAGE_FIELDS;
  });
  const length = first[articles.length]!;
  const articleAt = new Uint32Array(length);
  for (let a = 0; a < articles.length; a++) articleAt.fill(a, first[a]!, first[a + 1]!);
  const articleOf = (position: number): number => {
    if (!Number.isInteger(position) || position < 0 || position >= length) throw new RangeError(`no passage at position ${position}`);
    return articleAt[position]!;
  };
  return {
    length,
    at(position) {
      const a = articleOf(position);
      const article = articles[a]!;
      const n = position - first[a]!;
      const at = n * PASSAGE_FIELDS;
      const triples = spans[a]!;
      return spanPassage(article, { id: passageId(article.id, n), n, paragraph: triples[at]!, start: triples[at + 1]!, end: triples[at + 2]! });
    },
    idAt(position) {
      const a = articleOf(position);
      return passageId(articles[a]!.id, position - first[a]!);
    },
    languageAt: (position) => articles[articleOf(position)]!.language,
    positionOf(id) {
      const read = readPassageId(id);
      const a = read && indexOfArticle.get(read.articleId);
      if (read === undefined || a === undefined || read.n >= first[a + 1]! - first[a]!) return undefined;
      return first[a]! + read.n;
    },
  };
}

/** Each article's position in `articles` by id. */
export function articlePositions(articles: readonly Article[]): Map<string, number> {
  return new Map(articles.map((article, a) => [article.id, a]));
}

/** Passages already made, as a table (ids looked up in a map made on the first lookup). */
export function tableOfPassages(passages: readonly Passage[]): PassageTable {
  let positions: Map<string, number> | undefined;
  const passageAt = (position: number): Passage => {
    const passage = passages[position];
    if (!passage) throw new RangeError(`no passage at position ${position}`);
    return passage;
  };
  return {
    length: passages.length,
    at: passageAt,
    idAt: (position) => passageAt(position).id,
    languageAt: (position) => passageAt(position).language,
    positionOf: (id) => (positions ??= new Map(passages.map((passage, position) => [passage.id, position]))).get(id),
  };
}
