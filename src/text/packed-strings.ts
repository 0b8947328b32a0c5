/**
 * Many strings kept as one UTF-8 block and the byte offset where each ends, as a snapshot saves them (raw bytes in its
 * array file, read back without a JSON string parsed per string): the index's vocabularies (search/vocabulary.ts) and the
 * quote book's tables (persist/saved-quote-book.ts). A reader decodes only the strings it is asked for: a binary search
 * reads a few dozen of a million, and decoding the whole block first cost a tenth of a second or more at 100,000 articles.
 */

/** String n is `bytes[ends[n - 1] (or 0) … ends[n])`, UTF-8. */
export interface PackedStrings {
  bytes: Uint8Array;
  ends: Uint32Array;
}

/** `strings` packed (a lone surrogate is encoded, and so read back, as U+FFFD, as TextEncoder does). */
export function packStrings(strings: readonly string[]): PackedStrings {
  const bytes = new TextEncoder().encode(strings.join(''));
  const ends = new Uint32Array(strings.length);
  let end = 0;
  for (const [n, text] of strings.entries()) ends[n] = end += Buffer.byteLength(text, 'utf8');
  return { bytes, ends };
}

/** Whether `packed` holds typed arrays whose ends never fall and stay within the bytes (with `whole`, end exactly at their length). */
export function isPackedStrings({ bytes, ends }: PackedStrings, { whole = false } = {}): boolean {
  if (!(bytes instanceof Uint8Array && ends instanceof Uint32Array)) return false;
  for (let n = 0; n < ends.length; n++) if (ends[n]! < (n === 0 ? 0 : ends[n - 1]!) || ends[n]! > bytes.length) return false;
  return !whole || (ends.length === 0 ? 0 : ends[ends.length - 1]) === bytes.length;
}

/**
 * The n-th string of `packed` (0 ≤ n < `ends.length`), decoded when asked for; `packed` is read as it is, unchecked
 * (`isPackedStrings` checks it). The bytes are not copied.
 */
export function packedStringAt({ bytes, ends }: PackedStrings): (n: number) => string {
  const block = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return (n) => block.toString('utf8', n === 0 ? 0 : ends[n - 1]!, ends[n]!);
}
