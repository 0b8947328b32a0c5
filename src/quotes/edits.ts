/** Edit distance between names, swaps counted as one edit (a typed query's, an article's misspelling). */
import { distance } from 'fastest-levenshtein';

/**
 * Edits between two strings with a swap of two neighbouring letters counted as one ("marhs" for "marsh"), as Lucene's
 * FuzzyQuery and Elasticsearch's `fuzzy_transpositions` (on by default) count them: the optimal string alignment
 * distance. Levenshtein's (fastest-levenshtein) first; the alignment only when swaps could bring it within `limit`
 * (each swap saves at most one of Levenshtein's edits).
 */
export function editsApart(a: string, b: string, limit: number): number {
  const plain = distance(a, b);
  if (plain <= 1 || plain > 2 * limit) return plain;
  // Three rows of the alignment table: two back, one back, this one.
  let [older, last] = [[] as number[], Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const swap = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] ? older[j - 2]! + 1 : Infinity;
      row[j] = Math.min(last[j]! + 1, row[j - 1]! + 1, last[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), swap);
    }
    [older, last] = [last, row];
  }
  return last[b.length]!;
}
