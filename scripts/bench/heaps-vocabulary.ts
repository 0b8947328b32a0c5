/**
 * Words drawn as news text draws them (issue 17, item 5): a few very common words and a tail that
 * never ends, so that the number of distinct words keeps growing with the archive, as Heaps' law
 * V(T) ≈ k·T^β says it does in real collections (Reuters RCV1: k ≈ 44, β ≈ 0.49; Manning, Raghavan &
 * Schütze, Introduction to Information Retrieval, §5.1.1).
 *
 * Each draw is a rank from a Lomax (Pareto II) distribution, P(rank ≥ x) = (1 + x/scale)^-α: its
 * rank-frequency curve is Zipf's, p(r) ∝ (r + scale)^-(α+1), flat over the first `scale` ranks, and n
 * independent draws hold about n^(1/(α+1)) distinct ranks; α = 1/β − 1 gives Heaps' exponent β.
 * Draws are independent, so an article depends only on its own random numbers, not on the others.
 * The lowest ranks are real words (a corpus's own, most frequent first), the rest invented ones.
 */
import type { Random } from '../../tests/support/random.js';

/** Heaps' exponent of RCV1 (see above). */
export const HEAPS_BETA = 0.49;
/** Ranks above this are folded back (a 9-syllable word is long enough; the fold keeps the tail's shape below it). */
const MAX_RANK = 2 ** 30;

const SYLLABLES = [
  'ba', 'be', 'bri', 'ca', 'ce', 'cla', 'co', 'cu', 'da', 'de', 'di', 'do', 'fa', 'fe', 'fi', 'fra', 'ga', 'ge', 'go', 'gra',
  'ja', 'la', 'le', 'li', 'lo', 'lu', 'ma', 'me', 'mi', 'mo', 'na', 'ne', 'ni', 'no', 'pa', 'pe', 'pi', 'pla', 'po', 'pre',
  'ra', 're', 'ri', 'ro', 'sa', 'se', 'si', 'so', 'ta', 'te', 'ti', 'to', 'tra', 'tu', 'va', 've', 'vi', 'za', 'zo', 'que',
];
/** Spanish word endings, so that invented words inflect and stem as real ones do. */
const ENDINGS = ['o', 'a', 'os', 'as', 'ción', 'ciones', 'ar', 'ado', 'ada', 'mente', 'dad', 'ista', 'al', 'ente', 'ía', 'ero', 'era', 'ismo'];

/** The invented word of a rank: a stem spelling the rank in syllables, and an ending; different for every rank. */
export function inventedTerm(rank: number): string {
  let stem = '';
  let rest = Math.floor(rank / ENDINGS.length) + SYLLABLES.length; // at least two syllables
  while (rest > 0) {
    stem += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  }
  return stem + ENDINGS[rank % ENDINGS.length];
}

export interface Vocabulary {
  /** One word: a real one for the first ranks, then invented ones. */
  draw(random: Random): string;
}

/**
 * A vocabulary whose first ranks are `common` (most frequent first) and whose draws hold distinct words
 * growing as T^β; `scale` is how many ranks share the top frequencies.
 */
export function heapsVocabulary(common: readonly string[], options: { beta?: number; scale: number }): Vocabulary {
  return {
    draw: (random) => {
      const rank = heapsRank(random, options.scale, options.beta);
      return rank < common.length ? common[rank]! : inventedTerm(rank - common.length);
    },
  };
}

/** A rank drawn as `heapsVocabulary` draws them: for names, places and outlets, whose cast keeps growing too. */
export function heapsRank(random: Random, scale: number, beta = HEAPS_BETA): number {
  const alpha = 1 / beta - 1;
  // 1 - next() is in (0, 1]: never a division by zero.
  return Math.floor(scale * ((1 - random.next()) ** (-1 / alpha) - 1)) % MAX_RANK;
}
