/**
 * Remembers a pure function's results for the strings it has seen, up to `capacity` of them; past
 * that the memory starts afresh, so it stays bounded on any corpus. Text analysis calls the same
 * costly word functions (stemming, accent folding) on the same words over and over: news
 * vocabulary repeats.
 */
export function remembered<T>(analyse: (word: string) => T, capacity = 100_000): (word: string) => T {
  const results = new Map<string, T>();
  return (word) => {
    let result = results.get(word);
    if (result === undefined) {
      if (results.size >= capacity) results.clear();
      result = analyse(word);
      results.set(word, result);
    }
    return result;
  };
}
