/** A ranked list of ids with their scores, best first. */
export type Ranking = Array<[id: string, score: number]>;

/**
 * Adds the scores of several rankings with a weight each: used to blend BM25 over the stemmed text
 * with BM25 over the cross-lingual keys, whose scores share a scale.
 */
export function weightedSum(rankings: Array<{ ranking: Ranking; weight: number }>): Ranking {
  const totals = new Map<string, number>();
  for (const { ranking, weight } of rankings) {
    for (const [id, score] of ranking) totals.set(id, (totals.get(id) ?? 0) + weight * score);
  }
  return sortByScore(totals);
}

/**
 * Reciprocal-rank fusion (Cormack et al., 2009): each ranking contributes 1 / (k + rank). It needs
 * no common score scale, which BM25 and cosine similarity do not have. k = 60 is the paper's value.
 */
export function reciprocalRankFusion(rankings: Ranking[], k = 60): Ranking {
  const totals = new Map<string, number>();
  for (const ranking of rankings) {
    ranking.forEach(([id], rank) => totals.set(id, (totals.get(id) ?? 0) + 1 / (k + rank + 1)));
  }
  return sortByScore(totals);
}

function sortByScore(totals: Map<string, number>): Ranking {
  return [...totals].sort((a, b) => b[1] - a[1]);
}
