/**
 * Remembers a pure function's results for the strings it has seen, up to `capacity` of them; past
 * that the memory starts afresh, so it stays bounded on any corpus. Text analysis calls the same
 * costly word functions (stemming, accent folding) on the same words over and over: news
 * vocabulary repeats.
 *
 * A word cut from a text (`text.slice`) may be a view that keeps the whole text alive (V8 makes a
 * slice of 13 characters or more a view of its source), and so may a result made from it: what is
 * remembered is a copy of each. Remembering the views kept up to a hundred thousand article texts
 * alive in each build worker (about 7 MB a thousand files, measured on the realistic archive).
 */
export function remembered<T>(analyse: (word: string) => T, capacity = 100_000): (word: string) => T {
  const results = new Map<string, T>();
  return (word) => {
    let result = results.get(word);
    if (result === undefined) {
      if (results.size >= capacity) results.clear();
      result = analyse(word);
      if (typeof result === 'string') result = ownCopy(result) as T;
      results.set(ownCopy(word), result);
    }
    return result;
  };
}

/** Shorter slices are copies already (V8's SlicedString::kMinLength). */
const SHORTEST_VIEW = 13;

/**
 * `text` as a string that holds no other string alive. A concatenation made flat holds its own
 * characters; the slice of it is a view of that copy only (one character longer than `text`).
 */
export function ownCopy(text: string): string {
  return text.length < SHORTEST_VIEW ? text : (' ' + text).slice(1);
}
