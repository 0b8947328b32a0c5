/**
 * Term proximity, used to re-rank BM25's best few candidates. BM25 treats a passage as a bag of
 * words; a question, though, usually restates one sentence of the passage that answers it, so a
 * passage where the question's terms stand close together is better evidence than one where the same
 * terms are scattered. Measured on XQuAD (docs/EVALUATION.md): +0.007 Recall@1 in Spanish; the other
 * proximity measures tried (BM25TP term pairs, closest pair distance, best sentence) did less.
 */
import type { Ranking } from './rank-fusion.js';

/**
 * Width of the window, in index terms (stop words are not counted): about one sentence of news
 * prose. 5, 10, 15 and 25 were measured; 15 did best and its neighbours nearly as well.
 */
export const PROXIMITY_WINDOW = 15;

/**
 * The largest total weight of distinct `weights` terms that occur together within `width`
 * consecutive terms of `passageTerms` (a sliding window, linear in the passage's length).
 */
export function densestWindowWeight(passageTerms: readonly string[], weights: ReadonlyMap<string, number>, width: number): number {
  const inWindow = new Map<string, number>();
  let weight = 0;
  let best = 0;
  for (let end = 0; end < passageTerms.length; end++) {
    const entering = passageTerms[end]!;
    const enteringWeight = weights.get(entering);
    if (enteringWeight !== undefined) {
      const count = inWindow.get(entering) ?? 0;
      if (count === 0) weight += enteringWeight;
      inWindow.set(entering, count + 1);
    }
    const leaving = passageTerms[end - width];
    const leavingWeight = leaving === undefined ? undefined : weights.get(leaving);
    if (leaving !== undefined && leavingWeight !== undefined) {
      const count = inWindow.get(leaving)! - 1;
      inWindow.set(leaving, count);
      if (count === 0) weight -= leavingWeight;
    }
    best = Math.max(best, weight);
  }
  return best;
}

/**
 * Adds each of the first `depth` candidates' proximity bonus to its score and re-sorts them; the
 * rest keep their order below. The bonus is on the scale of a BM25 score (a sum of IDF weights), so
 * it reorders near ties and cannot lift a candidate that matches much less of the question.
 */
export function rerankByProximity(ranking: Ranking, depth: number, bonus: (id: string) => number): Ranking {
  const head = ranking.slice(0, depth).map(([id, score]): [string, number] => [id, score + bonus(id)]);
  return [...head.sort((a, b) => b[1] - a[1]), ...ranking.slice(depth)];
}
