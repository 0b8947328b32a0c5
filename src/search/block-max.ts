/**
 * Per-block maximum term scores, for block-max pruning (Ding & Suel, "Faster top-k document retrieval
 * using block-max indexes", SIGIR 2011): a term's postings are cut into blocks of `BLOCK` postings, and
 * each block gets the largest BM25 term weight of its postings without the IDF,
 * (d + tf·(k + 1)) / (tf + k·(1 − b + b·length / average length)). Multiplied by a query's IDF and
 * field weight, it bounds what any document of the block can get from the term.
 *
 * Computed lazily, block by block, the first time a query needs a block's bound (a question's
 * common terms hold a tenth of the passages; computing all their blocks at first use cost as much as
 * scoring them), and kept while the field's postings (its `version`), its average length and the
 * parameters stay as they were: an update changes the postings and the average, so the maxima are
 * computed again as needed. They depend on the average length, so they are never saved.
 */
import type { Bm25Parameters } from './bm25.js';
import type { Field, Postings } from './postings.js';

/** log2 of the block size. 64 postings: a block's maximum is tight and its bound costs one multiplication. */
const BLOCK_BITS = 6;
export const BLOCK = 1 << BLOCK_BITS;

interface Maxima {
  version: number;
  averageLength: number;
  parameters: Bm25Parameters;
  /** By term number: the maximum of each block of the term's postings, in order; NOT_YET until computed. */
  byTerm: Map<number, Float64Array>;
}

const cache = new WeakMap<Field, Maxima>();

/** A block maximum not computed yet (maxima are positive). */
const NOT_YET = -1;

/**
 * The block maxima of term number `term` in an assembled `field` under `parameters`, to be read through
 * `blockMaximum`: entry j covers the term's postings (`postings`, as `postingsOf` gives them) from
 * `from + j·BLOCK` up to the next block or the term's end. Cached (see above).
 */
export function blockMaxima(field: Field, term: number, postings: Postings, parameters: Bm25Parameters): Float64Array {
  let maxima = cache.get(field);
  const { k, b, d } = parameters;
  if (!maxima || maxima.version !== field.version || maxima.averageLength !== field.averageLength || maxima.parameters.k !== k || maxima.parameters.b !== b || maxima.parameters.d !== d) {
    maxima = { version: field.version, averageLength: field.averageLength, parameters: { k, b, d }, byTerm: new Map() };
    cache.set(field, maxima);
  }
  let blocks = maxima.byTerm.get(term);
  if (!blocks) {
    blocks = new Float64Array((postings.to - postings.from + BLOCK - 1) >>> BLOCK_BITS).fill(NOT_YET);
    maxima.byTerm.set(term, blocks);
  }
  return blocks;
}

/**
 * Block `block` of `maxima` (from `blockMaxima` for the same field, term and parameters), computed now if
 * it was not, from the term's `postings`.
 */
export function blockMaximum(field: Field, maxima: Float64Array, block: number, { documents, counts, from, to }: Postings, { k, b, d }: Bm25Parameters): number {
  const known = maxima[block]!;
  if (known !== NOT_YET) return known;
  const { lengths, averageLength } = field;
  let largest = 0;
  for (let at = from + block * BLOCK, end = Math.min(at + BLOCK, to); at < end; at++) {
    const tf = counts[at]!;
    const weight = (d + tf * (k + 1)) / (tf + k * (1 - b + (b * lengths[documents[at]!]!) / averageLength));
    if (weight > largest) largest = weight;
  }
  maxima[block] = largest;
  return largest;
}
