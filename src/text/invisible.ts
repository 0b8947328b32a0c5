/**
 * Invisible format characters in text from the web and from users: zero-width spaces and joiners,
 * the word joiner, the soft hyphen, bidirectional controls and the byte-order mark. Pages copied from
 * the web carry them inside words ("Ka\u200Brl"), where a reader sees one word and a tokeniser two.
 */

// U+180E is the old Mongolian vowel separator, invisible in other text. The joiners U+200C/U+200D go
// too: they shape emoji sequences and scripts this archive does not index, and split a Latin word.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

/** `text` without invisible format characters, so that "Ka\u200Brl Ma\u200Brx" reads "Karl Marx". Never throws. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}
