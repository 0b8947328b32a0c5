/**
 * BM25 over compact postings (postings.ts), computed exactly as Orama computes it (same formula, same
 * order of operations), cut to the best few. Scores are the same to the last bit whichever way a
 * query is scored:
 *
 * - short queries are scored exhaustively, term by term into a reused array, then cut by a bounded heap;
 * - when the postings are many (a common word at 100,000 articles is in a tenth of 1.2 million
 *   passages), by term-at-a-time MaxScore (Turtle & Flood, "Query evaluation: strategies and
 *   optimizations", 1995): terms go from the highest possible contribution down; once the best
 *   `limit` partial scores exceed what every remaining term together could add, no document not yet
 *   seen can enter the results, so the remaining terms' postings are only looked up for the documents
 *   still in the running (binary search) instead of being read whole. Partial sums are only used to
 *   decide who stays in the running (with a margin for rounding); the few documents that may make the
 *   results are scored again in the exhaustive order, so their scores, and the ranking, are exactly
 *   the exhaustive ones.
 */
import type { Field } from './postings.js';
import { assemble } from './postings.js';

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
 * (0 = not scored), the ids scored, the ids still in MaxScore's running, and values to select from.
 */
export interface ScoreBoard {
  scores: Float64Array;
  scored: Uint32Array;
  running: Uint32Array;
  values: Float64Array;
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
  return { scores: new Float64Array(0), scored: new Uint32Array(0), running: new Uint32Array(0), values: new Float64Array(0) };
}

/** One query term in one field: its postings ranges (one per alternative the field holds), IDF and weight. */
interface TermGroup {
  field: Field;
  weight: number;
  idf: number;
  /** [from, to) ranges into the field's postings, in the alternatives' order. */
  ranges: number[];
  postings: number;
  /** The most any document can get from this term (see `upperBound`). */
  bound: number;
}

/**
 * Fewer postings than this are scored exhaustively: MaxScore's bookkeeping costs more than it saves
 * (at 10,000 articles a question reads about 20,000 postings per field).
 */
const PRUNE_FROM_POSTINGS = 20_000;
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
    board.running = new Uint32Array(largestId + 1);
    board.values = new Float64Array(largestId + 1);
  }
  const groups = termGroups(query);
  const postings = groups.reduce((sum, group) => sum + group.postings, 0);
  const prunable = !query.only && postings >= PRUNE_FROM_POSTINGS && groups.every((group) => Number.isFinite(group.bound) && group.bound > 0);
  return prunable ? scoreByMaxScore(board, groups, query) : scoreExhaustively(board, groups, query);
}

function termGroups(query: Bm25Query): TermGroup[] {
  const groups: TermGroup[] = [];
  for (const { field, weight } of query.fields) {
    for (const alternatives of query.terms) {
      const ranges: number[] = [];
      let postings = 0;
      for (const token of alternatives) {
        const number = field.termNumbers.get(token);
        if (number === undefined) continue;
        const from = field.offsets[number]!;
        const to = field.offsets[number + 1]!;
        ranges.push(from, to);
        postings += to - from;
      }
      // A term no alternative of which the field holds adds nothing.
      if (ranges.length === 0) continue;
      const idf = inverseDocumentFrequency(postings, query.docsCount);
      groups.push({ field, weight, idf, ranges, postings, bound: (ranges.length / 2) * upperBound(idf, weight, query.parameters) });
    }
  }
  return groups;
}

/**
 * The largest contribution one posting can make: BM25 with this IDF over every term count ≥ 1 and
 * field length ≥ 0. For a fixed length the score is monotonic in the count, so the largest is at a
 * count of 1 or in the limit of large counts (idf · (k + 1)); the shortest length gives the largest.
 * NaN (never pruned) when the parameters are outside BM25's ranges.
 */
function upperBound(idf: number, weight: number, { k, b, d }: Bm25Parameters): number {
  if (!(k >= 0 && b >= 0 && b <= 1 && d >= 0 && weight > 0 && idf > 0)) return Number.NaN;
  return weight * idf * Math.max((d + k + 1) / (1 + k * (1 - b)), k + 1) * (1 + SLACK);
}

/** Every posting of every term scored, in query order; the best `limit` by a bounded heap. */
function scoreExhaustively(board: ScoreBoard, groups: TermGroup[], query: Bm25Query): Scored[] {
  const { scores, scored } = board;
  let scoredCount = 0;
  for (const { field, weight, idf, ranges } of groups) {
    const { documents, counts, lengths, averageLength } = field;
    for (let range = 0; range < ranges.length; range += 2) {
      for (let at = ranges[range]!, to = ranges[range + 1]!; at < to; at++) {
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

/** MaxScore, term at a time (see the top of this file); the same results as `scoreExhaustively`. */
function scoreByMaxScore(board: ScoreBoard, groups: TermGroup[], query: Bm25Query): Scored[] {
  const { scores: partial, scored } = board;
  const order = [...groups].sort((a, b) => b.bound - a.bound);
  // remaining[i]: the most the terms from order[i] on can add to any document.
  const remaining = new Float64Array(order.length + 1);
  // unread[i]: the postings of the terms from order[i] on.
  const unread = new Float64Array(order.length + 1);
  for (let i = order.length - 1; i >= 0; i--) {
    remaining[i] = (remaining[i + 1]! + order[i]!.bound) * (1 + SLACK);
    unread[i] = unread[i + 1]! + order[i]!.postings;
  }
  let scoredCount = 0;
  let next = 0;
  // Terms read whole while a document not seen yet could still make the results.
  for (; next < order.length; next++) {
    // Worth asking only when the rest is longer than the documents seen, which would be looked up in it.
    if (scoredCount >= query.limit && unread[next]! > scoredCount && atLeast(query.limit, partial, scored.subarray(0, scoredCount), remaining[next]! / (1 - SLACK))) break;
    const { field, weight, idf, ranges } = order[next]!;
    const { documents, counts, lengths, averageLength } = field;
    for (let range = 0; range < ranges.length; range += 2) {
      for (let at = ranges[range]!, to = ranges[range + 1]!; at < to; at++) {
        const id = documents[at]!;
        if (partial[id] === 0) scored[scoredCount++] = id;
        partial[id] = partial[id]! + bm25WithIdf(idf, counts[at]!, lengths[id]!, averageLength, query.parameters) * weight;
      }
    }
  }
  const seen = scored.subarray(0, scoredCount);
  // The documents still in the running: a prefix of `running`, filtered in place.
  const { running, values } = board;
  running.set(seen);
  let runningCount = scoredCount;
  // The other terms only for the documents still in the running, which shrink as partial sums grow;
  // a document out of the running is set back to 0, so that reading a term whole skips it.
  for (; next < order.length; next++) {
    const threshold = nthLargest(partial, running.subarray(0, runningCount), query.limit, values) * (1 - SLACK);
    let kept = 0;
    for (let i = 0; i < runningCount; i++) {
      const id = running[i]!;
      if (partial[id]! + remaining[next]! >= threshold) running[kept++] = id;
      else partial[id] = 0;
    }
    runningCount = kept;
    const { field, weight, idf, ranges, postings } = order[next]!;
    const { documents, counts, lengths, averageLength } = field;
    if (runningCount * Math.log2(postings + 1) < postings) {
      for (let i = 0; i < runningCount; i++) {
        const id = running[i]!;
        for (let range = 0; range < ranges.length; range += 2) {
          const at = findPosting(documents, ranges[range]!, ranges[range + 1]!, id);
          if (at !== -1) partial[id] = partial[id]! + bm25WithIdf(idf, counts[at]!, lengths[id]!, averageLength, query.parameters) * weight;
        }
      }
      continue;
    }
    for (let range = 0; range < ranges.length; range += 2) {
      for (let at = ranges[range]!, to = ranges[range + 1]!; at < to; at++) {
        const id = documents[at]!;
        if (partial[id] !== 0) partial[id] = partial[id]! + bm25WithIdf(idf, counts[at]!, lengths[id]!, averageLength, query.parameters) * weight;
      }
    }
  }
  // Whoever may be among the best `limit`, scored again exactly as `scoreExhaustively` scores.
  const threshold = nthLargest(partial, running.subarray(0, runningCount), query.limit, values) * (1 - SLACK);
  let finalistCount = 0;
  for (let i = 0; i < runningCount; i++) if (partial[running[i]!]! >= threshold) running[finalistCount++] = running[i]!;
  const finalists = running.subarray(0, finalistCount);
  for (const id of seen) partial[id] = 0;
  for (const id of finalists) partial[id] = exactScore(groups, id, query.parameters);
  const best = bestResults(finalists, partial, query.limit);
  for (const id of finalists) partial[id] = 0;
  return best;
}

/** One document's score summed over the terms in query order, as `scoreExhaustively` sums it. */
function exactScore(groups: TermGroup[], id: number, parameters: Bm25Parameters): number {
  let score = 0;
  for (const { field, weight, idf, ranges } of groups) {
    for (let range = 0; range < ranges.length; range += 2) {
      const at = findPosting(field.documents, ranges[range]!, ranges[range + 1]!, id);
      if (at !== -1) score = score + bm25WithIdf(idf, field.counts[at]!, field.lengths[id]!, field.averageLength, parameters) * weight;
    }
  }
  return score;
}

/** Where document `id` is in the postings `documents[from…to)` (ascending), or -1. */
function findPosting(documents: Uint32Array, from: number, to: number, id: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const found = documents[middle]!;
    if (found === id) return middle;
    if (found < id) low = middle + 1;
    else high = middle;
  }
  return -1;
}

/** Whether at least `n` of `scores[id]` over `ids` exceed `bound`. */
function atLeast(n: number, scores: Float64Array, ids: Uint32Array, bound: number): boolean {
  let count = 0;
  for (let i = 0; i < ids.length; i++) if (scores[ids[i]!]! > bound && ++count >= n) return true;
  return false;
}

/** The n-th largest of `scores[id]` over `ids` (quickselect on a copy in `scratch`); 0 when there are fewer than n. */
function nthLargest(scores: Float64Array, ids: Uint32Array, n: number, scratch: Float64Array): number {
  if (ids.length < n) return 0;
  const values = scratch.subarray(0, ids.length);
  for (let i = 0; i < ids.length; i++) values[i] = scores[ids[i]!]!;
  let low = 0;
  let high = values.length - 1;
  const wanted = n - 1;
  while (low < high) {
    const pivot = values[(low + high) >>> 1]!;
    let i = low;
    let j = high;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i++] = values[j]!;
        values[j--] = swap;
      }
    }
    if (wanted <= j) high = j;
    else if (wanted >= i) low = i;
    else return values[wanted]!;
  }
  return values[wanted]!;
}

/** The `limit` best documents by score, ties by id (Orama's order), best first; a bounded heap, not a full sort. */
export function bestResults(ids: Uint32Array, scores: Float64Array, limit: number): Scored[] {
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
  for (const id of ids) {
    if (heap.length < limit) {
      heap.push(id);
      for (let at = heap.length - 1; at > 0; ) {
        const parent = (at - 1) >> 1;
        if (!worse(heap[at]!, heap[parent]!)) break;
        [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
        at = parent;
      }
    } else if (worse(heap[0]!, id)) {
      heap[0] = id;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0)).map((id): Scored => [id, scores[id]!]);
}
