/**
 * Offsets into a text counted in code points. The library's `start`/`end` offsets are UTF-16 code units (JavaScript
 * string indices): a character outside the Basic Multilingual Plane (most emoji, "🌡") is two of them, so a reader
 * that indexes strings by code point (Python's `str`, Rust's `chars()`) needs these instead.
 */

/**
 * A function from a UTF-16 offset into `text` (0 to `text.length`) to the number of code points before it: for
 * "🌡 hoy", 0 → 0, 2 → 1, 3 → 2. An offset inside a surrogate pair counts that character as not yet begun; an offset
 * outside 0…`text.length` is clamped to it. One pass over the text when made; each call is a lookup. Never throws.
 */
export function codePointOffsets(text: string): (offset: number) => number {
  const before = new Uint32Array(text.length + 1);
  let count = 0;
  for (let at = 0; at < text.length; at++) {
    before[at] = count;
    const unit = text.charCodeAt(at);
    // A high surrogate followed by a low one is one code point, counted once its low half has passed.
    const pairStart = unit >= 0xd800 && unit <= 0xdbff && at + 1 < text.length && isLowSurrogate(text.charCodeAt(at + 1));
    if (!pairStart) count++;
  }
  before[text.length] = count;
  return (offset) => before[Math.min(Math.max(Math.trunc(offset), 0), text.length)] ?? count;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
