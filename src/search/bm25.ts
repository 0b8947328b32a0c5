/**
 * BM25 over compact postings (postings.ts), computed exactly as Orama computes it (same formula, same
 * order of operations), cut to the best few. Scores are the same to the last bit whichever way a
 * query is scored:
 *
 * - short queries, and every query over a smaller index (PRUNE_FROM_DOCUMENTS), are scored
 *   exhaustively, term by term into a reused array, then cut by a bounded heap;
 * - when the postings are many in a large index (a common word at 100,000 articles is in a tenth of
 *   1.2 million passages), by block-max MaxScore, document at a time (`scoreByBlockMaxScore`): once the best
 *   `limit` scores so far exceed what the commonest terms together could add, only the documents of
 *   the other terms are visited, and the common terms' postings are looked up for them only when the
 *   maxima of the blocks they fall in (block-max.ts) could still lift them into the results. Sums
 *   in this order differ from the exhaustive ones by rounding, so comparisons keep a margin and the
 *   few documents that may make the results are scored again in the exhaustive order: their scores,
 *   and the ranking, are exactly the exhaustive ones.
 */
import type { Field, Postings } from './postings.js';
import { BLOCK, blockMaxima, blockMaximum } from './block-max.js';
import { assemble, lowerBound, postingsOf } from './postings.js';

export interface Bm25Parameters {
  k: number;
  b: number;
  d: number;
}

/** A document's internal id and its score. */
export type Scored = [internalId: number, score: number];

/**
 * Scratch space reused by every search (a search at 100,000 articles touches hundreds of thousands
 * of documents; fresh arrays each time kept the garbage collector busy): scores by internal id
 * (0 = not scored), the ids scored, and the ids that may make the results when pruning.
 */
export interface ScoreBoard {
  scores: Float64Array;
  scored: Uint32Array;
  finalists: Uint32Array;
}

export interface Bm25Query {
  /**
   * Distinct query terms, analysed as the index terms were, each with its alternatives: the same
   * question word as other analysers index it. A term's document frequency is that of all its
   * alternatives together (a blended frequency, as Lucene's SynonymQuery scores synonyms), and a
   * document holding any of them is scored with it.
   */
  terms: string[][];
  /** Per field searched, its weight (Orama's `boost`; 1 when absent). */
  fields: { field: Field; weight: number }[];
  parameters: Bm25Parameters;
  /** Live documents, BM25's N. */
  docsCount: number;
  /** When present, only these documents are scored. */
  only?: Set<number>;
  /** How many documents to return. */
  limit: number;
  /**
   * Prune (block-max MaxScore) whenever the query allows it, whatever the sizes; by default only from
   * PRUNE_FROM_DOCUMENTS documents and PRUNE_FROM_POSTINGS postings. Results are the same either way.
   */
  prune?: boolean;
}

/** Orama's BM25 (components/algorithms.js), term for term. */
export function bm25(tf: number, matchingCount: number, docsCount: number, fieldLength: number, averageFieldLength: number, parameters: Bm25Parameters): number {
  return bm25WithIdf(inverseDocumentFrequency(matchingCount, docsCount), tf, fieldLength, averageFieldLength, parameters);
}

function inverseDocumentFrequency(matchingCount: number, docsCount: number): number {
  return Math.log(1 + (docsCount - matchingCount + 0.5) / (matchingCount + 0.5));
}

/** `bm25` with its IDF computed once per term: the same operations on the same values, so the same result. */
function bm25WithIdf(idf: number, tf: number, fieldLength: number, averageFieldLength: number, { k, b, d }: Bm25Parameters): number {
  return (idf * (d + tf * (k + 1))) / (tf + k * (1 - b + (b * fieldLength) / averageFieldLength));
}

/** An empty score board; `scoreBm25` grows it as ids grow. */
export function createScoreBoard(): ScoreBoard {
  return { scores: new Float64Array(0), scored: new Uint32Array(0), finalists: new Uint32Array(0) };
}

/** One query term in one field: its postings (one list per alternative the field holds), IDF and weight. */
interface TermGroup {
  field: Field;
  weight: number;
  idf: number;
  /** The term numbers of the alternatives the field holds. */
  terms: number[];
  /** Their postings, in the alternatives' order. */
  lists: Postings[];
  postings: number;
}

/**
 * Fewer postings than this are scored exhaustively: MaxScore's bookkeeping costs more than it saves
 * (at 10,000 articles a question reads about 20,000 postings per field).
 */
const PRUNE_FROM_POSTINGS = 20_000;
/**
 * Fewer live documents than this are scored exhaustively whatever the postings. Measured on the
 * realistic archives (docs/BENCHMARKS.md, "Query latency at 10,000 and 100,000 articles"), both ways
 * on the same questions: at 10,000 articles (122,000 passages) pruning took 1.0–3.6 times the CPU of
 * scoring every posting at every query size (the best 100 of fewer documents leave a lower floor, and
 * the document-at-a-time bookkeeping costs more than the postings it skips); at 100,000 (1.2 million
 * passages) it took about half. The crossover lies between the two, here taken at their geometric
 * mean, not measured.
 */
const PRUNE_FROM_DOCUMENTS = 400_000;
/** Relative slack for rounding when partial sums, computed in another order, are compared. */
const SLACK = 1e-9;

/** The `limit` best documents for the query, summed over fields, best first, ties by id (Orama's order). */
export function scoreBm25(board: ScoreBoard, query: Bm25Query): Scored[] {
  let largestId = 0;
  for (const { field } of query.fields) {
    assemble(field);
    largestId = Math.max(largestId, field.lengths.length - 1);
  }
  if (board.scores.length <= largestId) {
    board.scores = new Float64Array(largestId + 1);
    board.scored = new Uint32Array(largestId + 1);
    board.finalists = new Uint32Array(largestId + 1);
  }
  const groups = termGroups(query);
  const postings = groups.reduce((sum, group) => sum + group.postings, 0);
  const large = query.prune === true || (postings >= PRUNE_FROM_POSTINGS && query.docsCount >= PRUNE_FROM_DOCUMENTS);
  const prunable = !query.only && large && groups.every((group) => positive(group, query.parameters));
  return prunable ? scoreByBlockMaxScore(board, groups, query) : scoreExhaustively(board, groups, query);
}

function termGroups(query: Bm25Query): TermGroup[] {
  const groups: TermGroup[] = [];
  for (const { field, weight } of query.fields) {
    for (const alternatives of query.terms) {
      const terms: number[] = [];
      const lists: Postings[] = [];
      let postings = 0;
      for (const token of alternatives) {
        const number = field.terms.numberOf(token);
        if (number === undefined) continue;
        const list = postingsOf(field, number);
        terms.push(number);
        lists.push(list);
        postings += list.to - list.from;
      }
      // A term no alternative of which the field holds adds nothing.
      if (lists.length === 0) continue;
      const idf = inverseDocumentFrequency(postings, query.docsCount);
      groups.push({ field, weight, idf, terms, lists, postings });
    }
  }
  return groups;
}

/**
 * The largest (d + tf·(k + 1)) / (tf + k·(1 − b + b·length / average)) over every count tf ≥ 1 and
 * length ≥ 0, a posting's score without its IDF and weight: for a fixed length it is monotonic in the
 * count, so the largest is at a count of 1 or in the limit of large counts (k + 1); the shortest
 * length gives the largest. A term's bound, tighter ones being its blocks' maxima (block-max.ts).
 */
function largestWeight({ k, b, d }: Bm25Parameters): number {
  return Math.max((d + k + 1) / (1 + k * (1 - b)), k + 1);
}

/**
 * Whether every posting of the term scores above 0, as pruning needs (a document without the term then
 * gets less from it than one with it): BM25's parameters in their ranges, a positive IDF and weight.
 */
function positive({ idf, weight }: TermGroup, { k, b, d }: Bm25Parameters): boolean {
  return k >= 0 && b >= 0 && b <= 1 && d >= 0 && weight > 0 && idf > 0;
}

/** Every posting of every term scored, in query order; the best `limit` by a bounded heap. */
function scoreExhaustively(board: ScoreBoard, groups: TermGroup[], query: Bm25Query): Scored[] {
  const { scores, scored } = board;
  let scoredCount = 0;
  for (const { field, weight, idf, lists } of groups) {
    const { lengths, averageLength } = field;
    for (const { documents, counts, from, to } of lists) {
      for (let at = from; at < to; at++) {
        const id = documents[at]!;
        if (query.only && !query.only.has(id)) continue;
        const score = bm25WithIdf(idf, counts[at]!, lengths[id]!, averageLength, query.parameters) * weight;
        // BM25 scores are positive, so 0 means "not scored yet".
        if (scores[id] === 0) scored[scoredCount++] = id;
        scores[id] = scores[id]! + score;
      }
    }
  }
  const ids = scored.subarray(0, scoredCount);
  const best = bestResults(ids, scores, query.limit);
  for (const id of ids) scores[id] = 0;
  return best;
}

/**
 * One alternative of one query term in one field, read document at a time: its postings
 * `documents[at…to)`, what each posting is worth (`idf`, `weight`), and its block maxima (block-max.ts)
 * scaled to this query, with `block` the block `at` or a later probe is in.
 */
interface Cursor {
  field: Field;
  /** The term's postings (`postingsOf`), held here for the inner loop. */
  postings: Postings;
  documents: Uint32Array;
  counts: Uint16Array | Uint32Array;
  idf: number;
  weight: number;
  from: number;
  at: number;
  to: number;
  maxima: Float64Array;
  parameters: Bm25Parameters;
  /** Multiplies a block maximum into a bound on this query's term score, with a margin for rounding. */
  scale: number;
  /** The most any posting can get: the largest block maximum, scaled. */
  bound: number;
  block: number;
  /**
   * The last document of `block` (NONE past the end; -1 before the first bound) and the block's scaled maximum, kept by
   * `blockBound`: most documents a cursor is bounded at fall in the block of the one before.
   */
  blockLast: number;
  blockBound: number;
}

/**
 * Block-max MaxScore, document at a time (Turtle & Flood 1995 with Ding & Suel's block maxima, as in
 * Mallia et al., "An experimental study of index compression and DAAT query processing methods", 2019):
 * cursors sorted by bound; once the best `limit` scores so far exceed what the lowest-bounded cursors
 * together can add, those cursors are non-essential: only documents of the others are visited, and a
 * non-essential cursor is read at a document only if the maxima of the blocks the document falls in
 * could still lift it to the best `limit`. Scores summed in this order differ from the exhaustive sums
 * by rounding, so every comparison keeps a margin (`SLACK`) and the documents that may make the results
 * are scored again in the exhaustive order: the results are exactly `scoreExhaustively`'s.
 */
function scoreByBlockMaxScore(board: ScoreBoard, groups: TermGroup[], query: Bm25Query): Scored[] {
  const { parameters, limit } = query;
  const cursors: Cursor[] = [];
  for (const { field, weight, idf, lists, terms } of groups) {
    terms.forEach((term, alternative) => {
      const scale = idf * weight * (1 + SLACK);
      const postings = lists[alternative]!;
      const { documents, counts, from, to } = postings;
      cursors.push({ field, postings, documents, counts, idf, weight, from, at: from, to, maxima: blockMaxima(field, term, postings, parameters), parameters, scale, bound: largestWeight(parameters) * scale, block: 0, blockLast: -1, blockBound: 0 });
    });
  }
  cursors.sort((a, b) => a.bound - b.bound);
  const count = cursors.length;
  // upTo[i]: the most cursors 0…i-1 together can add to a document.
  const upTo = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) upTo[i + 1] = (upTo[i]! + cursors[i]!.bound) * (1 + SLACK);
  // The best `limit` scores so far (a min-heap of values); below `floor` a document cannot make the results.
  const best = new Float64Array(limit);
  let bestCount = 0;
  let floor = 0;
  // Cursors below `essential` are non-essential.
  let essential = 0;
  const { scores, scored } = board;
  let candidates = 0;
  // The document each essential cursor is at (NONE past its end), and the smallest of them: the next document to visit.
  const next = new Float64Array(count);
  for (let i = 0; i < count; i++) next[i] = cursors[i]!.from < cursors[i]!.to ? cursors[i]!.documents[cursors[i]!.from]! : NONE;
  const smallest = (from: number) => {
    let id = NONE;
    for (let i = from; i < count; i++) if (next[i]! < id) id = next[i]!;
    return id;
  };
  let following = smallest(0);
  for (;;) {
    const id = following;
    if (id === NONE) break;
    // Scored and moved past `id`; the smallest document after it found on the way.
    let score = 0;
    following = NONE;
    for (let i = essential; i < count; i++) {
      if (next[i] === id) {
        const cursor = cursors[i]!;
        score += termScore(cursor, cursor.at++, id, parameters);
        next[i] = cursor.at < cursor.to ? cursor.documents[cursor.at]! : NONE;
      }
      if (next[i]! < following) following = next[i]!;
    }
    if (essential > 0) {
      if (score + upTo[essential]! < floor) continue;
      // What the non-essential cursors can add at this document, block by block.
      let rest = 0;
      for (let i = 0; i < essential; i++) rest += blockBound(cursors[i]!, id);
      if (score + rest * (1 + SLACK) < floor) continue;
      for (let i = essential - 1; i >= 0 && score + rest * (1 + SLACK) >= floor; i--) {
        const cursor = cursors[i]!;
        rest -= blockBound(cursor, id);
        const at = seek(cursor, id);
        if (at !== -1) score += termScore(cursor, at, id, parameters);
      }
      if (score < floor) continue;
    }
    scores[id] = score;
    scored[candidates++] = id;
    if (bestCount < limit) pushHeap(best, bestCount++, score);
    else if (score > best[0]!) replaceTop(best, limit, score);
    if (bestCount === limit) {
      floor = best[0]! * (1 - SLACK);
      const before = essential;
      while (essential < count && upTo[essential + 1]! < floor) essential++;
      // Cursors that became non-essential no longer choose the next document.
      if (essential !== before) following = smallest(essential);
    }
  }
  // Whoever may be among the best `limit`, scored again exactly as `scoreExhaustively` scores.
  let finalists = 0;
  for (let i = 0; i < candidates; i++) {
    const id = scored[i]!;
    if (scores[id]! >= floor) board.finalists[finalists++] = id;
    scores[id] = 0;
  }
  const ids = board.finalists.subarray(0, finalists);
  for (const id of ids) scores[id] = exactScore(groups, id, parameters);
  const results = bestResults(ids, scores, limit);
  for (const id of ids) scores[id] = 0;
  return results;
}

/** Larger than any internal id. */
const NONE = 2 ** 32;

function termScore(cursor: Cursor, at: number, id: number, parameters: Bm25Parameters): number {
  const { field } = cursor;
  return bm25WithIdf(cursor.idf, cursor.counts[at]!, field.lengths[id]!, field.averageLength, parameters) * cursor.weight;
}

/** Moves the cursor's block to the one document `id` would be in (blocks only move forward); its scaled maximum, 0 past the end. */
function blockBound(cursor: Cursor, id: number): number {
  if (id <= cursor.blockLast) return cursor.blockBound;
  const blocks = cursor.maxima.length;
  let block = cursor.block;
  while (block < blocks && lastOfBlock(cursor, block) < id) block++;
  cursor.block = block;
  cursor.blockLast = block < blocks ? lastOfBlock(cursor, block) : NONE;
  cursor.blockBound = block < blocks ? blockMaximum(cursor.field, cursor.maxima, block, cursor.postings, cursor.parameters) * cursor.scale : 0;
  return cursor.blockBound;
}

/** The last document of the cursor's block `block`. */
function lastOfBlock(cursor: Cursor, block: number): number {
  return cursor.documents[Math.min(cursor.from + (block + 1) * BLOCK, cursor.to) - 1]!;
}

/** The posting of document `id` in the cursor's current block (set by `blockBound`), or -1; the cursor moves past smaller ids. */
function seek(cursor: Cursor, id: number): number {
  if (cursor.block >= cursor.maxima.length) return -1;
  const { documents } = cursor;
  const from = Math.max(cursor.at, cursor.from + cursor.block * BLOCK);
  const to = Math.min(cursor.from + (cursor.block + 1) * BLOCK, cursor.to);
  const low = lowerBound(documents, from, to, id);
  cursor.at = low;
  return low < to && documents[low] === id ? low : -1;
}

/** Adds `value` to a min-heap of `size` values. */
function pushHeap(heap: Float64Array, size: number, value: number): void {
  let at = size;
  while (at > 0) {
    const parent = (at - 1) >> 1;
    if (heap[parent]! <= value) break;
    heap[at] = heap[parent]!;
    at = parent;
  }
  heap[at] = value;
}

/** Replaces the smallest of a full min-heap of `size` values by a larger `value`. */
function replaceTop(heap: Float64Array, size: number, value: number): void {
  let at = 0;
  for (;;) {
    const left = 2 * at + 1;
    if (left >= size) break;
    const right = left + 1;
    const child = right < size && heap[right]! < heap[left]! ? right : left;
    if (heap[child]! >= value) break;
    heap[at] = heap[child]!;
    at = child;
  }
  heap[at] = value;
}

/** One document's score summed over the terms in query order, as `scoreExhaustively` sums it. */
function exactScore(groups: TermGroup[], id: number, parameters: Bm25Parameters): number {
  let score = 0;
  for (const { field, weight, idf, lists } of groups) {
    for (const { documents, counts, from, to } of lists) {
      const at = findPosting(documents, from, to, id);
      if (at !== -1) score = score + bm25WithIdf(idf, counts[at]!, field.lengths[id]!, field.averageLength, parameters) * weight;
    }
  }
  return score;
}

/** Where document `id` is in the postings `documents[from…to)` (ascending), or -1. */
function findPosting(documents: Uint32Array, from: number, to: number, id: number): number {
  const at = lowerBound(documents, from, to, id);
  return at < to && documents[at] === id ? at : -1;
}

/** The `limit` best documents by score, ties by id (Orama's order), best first; a bounded heap, not a full sort. */
export function bestResults(ids: Uint32Array, scores: Float64Array, limit: number): Scored[] {
  if (limit <= 0) return [];
  // `worse(a, b)`: a ranks below b.
  const worse = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
  const heap: number[] = [];
  const siftDown = (from: number) => {
    for (let at = from; ; ) {
      const left = 2 * at + 1;
      const right = left + 1;
      let worst = at;
      if (left < heap.length && worse(heap[left]!, heap[worst]!)) worst = left;
      if (right < heap.length && worse(heap[right]!, heap[worst]!)) worst = right;
      if (worst === at) return;
      [heap[at], heap[worst]] = [heap[worst]!, heap[at]!];
      at = worst;
    }
  };
  // The heap's worst entry, read once per replacement rather than per id: most ids fall below it.
  let floorScore = -Infinity;
  let floorId = 0;
  for (const id of ids) {
    if (heap.length === limit) {
      const score = scores[id]!;
      // `worse(id, heap[0])` or equal, inline: the bulk of ids stops here.
      if (score < floorScore || (score === floorScore && id >= floorId)) continue;
      heap[0] = id;
      siftDown(0);
      floorScore = scores[heap[0]!]!;
      floorId = heap[0]!;
    } else {
      heap.push(id);
      for (let at = heap.length - 1; at > 0; ) {
        const parent = (at - 1) >> 1;
        if (!worse(heap[at]!, heap[parent]!)) break;
        [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
        at = parent;
      }
      if (heap.length === limit) {
        floorScore = scores[heap[0]!]!;
        floorId = heap[0]!;
      }
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0)).map((id): Scored => [id, scores[id]!]);
}
