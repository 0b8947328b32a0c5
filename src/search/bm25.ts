/**
 * BM25 over compact postings (postings.ts), computed exactly as Orama computes it (same formula, same
 * order of operations), scored into a reused array and cut to the best few with a bounded heap.
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

/** Scratch space reused by every search: scores by internal id (0 = not scored), and the ids scored. */
export interface ScoreBoard {
  scores: Float64Array;
  scored: Uint32Array;
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
export function bm25(tf: number, matchingCount: number, docsCount: number, fieldLength: number, averageFieldLength: number, { k, b, d }: Bm25Parameters): number {
  const idf = Math.log(1 + (docsCount - matchingCount + 0.5) / (matchingCount + 0.5));
  return (idf * (d + tf * (k + 1))) / (tf + k * (1 - b + (b * fieldLength) / averageFieldLength));
}

/** An empty score board; `scoreBm25` grows it as ids grow. */
export function createScoreBoard(): ScoreBoard {
  return { scores: new Float64Array(0), scored: new Uint32Array(0) };
}

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
  }
  const { scores, scored } = board;
  let scoredCount = 0;
  for (const { field, weight } of query.fields) {
    for (const alternatives of query.terms) {
      const numbers = alternatives.flatMap((token) => field.termNumbers.get(token) ?? []);
      const matchingCount = numbers.reduce((sum, number) => sum + field.offsets[number + 1]! - field.offsets[number]!, 0);
      for (const number of numbers) {
        const from = field.offsets[number]!;
        const to = field.offsets[number + 1]!;
        for (let at = from; at < to; at++) {
          const id = field.documents[at]!;
          if (query.only && !query.only.has(id)) continue;
          const score = bm25(field.counts[at]!, matchingCount, query.docsCount, field.lengths[id]!, field.averageLength, query.parameters) * weight;
          // BM25 scores are positive, so 0 means "not scored yet".
          if (scores[id] === 0) scored[scoredCount++] = id;
          scores[id] = scores[id]! + score;
        }
      }
    }
  }
  const ids = scored.subarray(0, scoredCount);
  const best = bestResults(ids, scores, query.limit);
  for (const id of ids) scores[id] = 0;
  return best;
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
