/**
 * Strings stored one byte a character where their characters allow it (issue 17: a build's memory).
 *
 * V8 stores a string two bytes a character when it holds a character past U+00FF, and so does every slice
 * of it: a statement's words, a title or a name cut from an article with one curly quote or dash (most news
 * pages) is two-byte even when it holds only Latin-1 letters. A worker's results cross to the main thread
 * as they are stored (postMessage copies the representation), and the library keeps them: in a heap
 * snapshot of a 2,000-article build, 89 % of the statements' texts and of the titles were two-byte with
 * Latin-1 letters only (docs/BENCHMARKS.md, stop 56).
 */

/** A character that one byte cannot hold. */
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/**
 * Shorter strings take the same memory either way: V8 rounds a string's 16-byte header and characters up to
 * 8 bytes, so a two-byte string saves nothing as one-byte below 5 characters.
 */
const SHORTEST_SAVING = 5;

/** `text`'s characters, stored one byte each when all are at most U+00FF (a copy), else `text` itself. */
export function oneByte(text: string): string {
  if (text.length < SHORTEST_SAVING || BEYOND_LATIN1.test(text)) return text;
  return Buffer.from(text, 'latin1').toString('latin1');
}

/**
 * A copy of `value` (plain objects, arrays and what they hold, as postMessage sends them) whose strings,
 * property names included, are `oneByte`'s; an object held twice is copied once, so the copy has the same
 * sharing. Anything else (numbers, typed arrays, class instances) is kept as it is.
 */
export function withOneByteStrings<T>(value: T): T {
  return copied(value, new Map()) as T;
}

function copied(value: unknown, copies: Map<object, unknown>): unknown {
  if (typeof value === 'string') return oneByte(value);
  if (typeof value !== 'object' || value === null) return value;
  const known = copies.get(value);
  if (known !== undefined) return known;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    copies.set(value, copy);
    for (const item of value) copy.push(copied(item, copies));
    return copy;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  // Filled after it is known, for an object that holds itself; defineProperty keeps a key "__proto__" an own property.
  const copy: Record<string, unknown> = {};
  copies.set(value, copy);
  for (const [key, item] of Object.entries(value)) Object.defineProperty(copy, oneByte(key), { value: copied(item, copies), enumerable: true, writable: true, configurable: true });
  return copy;
}
