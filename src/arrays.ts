/**
 * Array helpers, safe at any length. Spreading an array into a call (`target.push(...items)`,
 * `Math.max(...values)`) passes each element as an argument on the stack, and V8 throws "Maximum call
 * stack size exceeded" past about 120,000 of them: one article with 150,000 passages stopped a whole build.
 */

/** Appends every item of `items` to `target` (changed in place) and returns `target`. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values`, or `floor` when it is larger or there are none. */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const value of values) if (value > max) max = value;
  return max;
}

/** The smallest of `values`, or `ceiling` when it is smaller or there are none. */
export function minOf(values: Iterable<number>, ceiling = Infinity): number {
  let min = ceiling;
  for (const value of values) if (value < min) min = value;
  return min;
}

/**
 * `items` grouped by one key each, in the items' order; every group has at least one item.
 * (Node 20 has no `Map.groupBy`.)
 */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, [T, ...T[]]> {
  const groups = new Map<K, [T, ...T[]]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * `items` (distinct) under each of their keys, each item once per key, in the items' order. A key an item
 * repeats finds the item already last in its group: no set of keys per item (a quote book made from nothing
 * indexes every actor's keys and words).
 */
export function groupByEach<T, K>(items: Iterable<T>, keysOf: (item: T) => Iterable<K>): Map<K, [T, ...T[]]> {
  const groups = new Map<K, [T, ...T[]]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key);
      if (!group) groups.set(key, [item]);
      else if (group[group.length - 1] !== item) group.push(item);
    }
  }
  return groups;
}

/**
 * The first position in `sorted` (ascending by `compare`) whose item does not come before `item`: where
 * `item` goes to keep the order, before any equal ones (C++'s `std::lower_bound`). A binary search: O(log n).
 */
export function lowerBound<T>(sorted: readonly T[], item: T, compare: (a: T, b: T) => number): number {
  return partitionPoint(sorted, (candidate) => compare(candidate, item) < 0);
}

/** Strings compared by UTF-16 code units, as Array.prototype.sort's default: the same order on every machine and locale. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The first position in `sorted` whose item is not `before`, for a `before` that holds of a prefix of `sorted` and
 * of nothing after it (Rust's `slice::partition_point`); with `from`, the same within `sorted` from that position on
 * (`before` need hold of nothing before it). A binary search: O(log n).
 */
export function partitionPoint<T>(sorted: readonly T[], before: (item: T) => boolean, from = 0): number {
  return partitionIndex(from, sorted.length, (at) => before(sorted[at]!));
}

/**
 * `partitionPoint` over positions: the first position from `from` to `to` (exclusive) at which `before` does not hold, for
 * a `before` that holds of the positions before some point and of none after it; `to` when it holds of all. For a sorted
 * sequence read by position rather than held as an array (persist/saved-quote-book.ts's saved strings).
 */
export function partitionIndex(from: number, to: number, before: (at: number) => boolean): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
