/**
 * Invisible format characters in text from the web and from users: zero-width spaces and joiners,
 * the word joiner, the soft hyphen, bidirectional controls and the byte-order mark. Pages copied from
 * the web carry them inside words ("Ka\u2060rl", "Dipu\u00ADtación"), where a reader sees one word and a
 * tokeniser two; the zero-width space alone is a word boundary a reader does not see ("cero\u200Bancho").
 */

// U+180E is the old Mongolian vowel separator, invisible in other text. The joiners U+200C/U+200D go
// too: they shape emoji sequences and scripts this archive does not index, and split a Latin word.
const INVISIBLE = /[\u00AD\u180E\u200C-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

/**
 * The zero-width space between two letters or digits (beside a punctuation mark or a space there is a boundary already). It is the one invisible character that separates
 * words: Unicode gives it its own line-breaking class, ZW, a break opportunity (UAX #14), and leaves it out
 * of the format characters a word boundary ignores (UAX #29, WB4), unlike the joiners, the word joiner and
 * the byte-order mark (U+FEFF, once the zero-width no-break space).
 */
const WORD_BOUNDARY = /(?<=[\p{L}\p{M}\p{N}])\u200B+(?=[\p{L}\p{N}])/gu;

/**
 * `text` without invisible format characters, so that "Ka\u2060rl Ma\u00ADrx" reads "Karl Marx"; a zero-width
 * space between two letters or digits is a space ("cero\u200Bancho" reads "cero ancho"), elsewhere it goes.
 * Never throws.
 */
export function withoutInvisible(text: string): string {
  const visible = text.replace(INVISIBLE, '');
  // Most text has no zero-width space: its two passes are skipped then.
  return visible.includes('\u200B') ? visible.replace(WORD_BOUNDARY, ' ').replaceAll('\u200B', '') : visible;
}

/**
 * The other reading of a zero-width space between two letters or digits: none, the word whole as a reader sees
 * it ("ex\u200Bportó" reads "exportó"). Text copied from some pages carries it inside words, as a line-break hint
 * or to mark copies; `withoutInvisible`'s reading (a word boundary) then splits a word the articles hold whole.
 * Undefined when `text` has no such space, so that the two readings differ. Never throws.
 */
export function withZeroWidthSpacesJoined(text: string): string | undefined {
  if (!text.includes('\u200B')) return undefined;
  const joined = withoutInvisible(text.replaceAll('\u200B', ''));
  return joined === withoutInvisible(text) ? undefined : joined;
}
