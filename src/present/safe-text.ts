/**
 * Invisible format characters in text the bot did not write (articles, questions, names). A
 * right-to-left override (U+202E) or embedding left open in an excerpt turns everything after it
 * around, the bot's own "[1]" and labels included; other format characters (zero-width spaces, word
 * joiners, the byte-order mark, soft hyphens) only hide things. So they are stripped before text
 * reaches a reader. Kept: the zero-width joiner and non-joiner, which shape emoji and scripts
 * (Persian, Indic) without changing direction, and the tag characters of subdivision flag emoji.
 * Source: Unicode general category Cf, and UAX #9 for the bidirectional controls (U+061C, U+200E,
 * U+200F, U+202A–U+202E, U+2066–U+2069), all of which are Cf.
 */

/** One invisible format character, as matched with the `u` flag (astral ones are two UTF-16 units). */
export const INVISIBLE_FORMAT = /(?![\u200C\u200D\u{E0020}-\u{E007F}])\p{Cf}/gu;

/** `text` without its invisible format characters; safe to show between the bot's own words. */
export function withoutInvisibleFormat(text: string): string {
  return text.replace(INVISIBLE_FORMAT, '');
}

/** A control character (Unicode category Cc) other than the line feed and tab that lay out a reply. */
const LAYOUT_BREAKING_CONTROL = /(?![\n\t])\p{Cc}/gu;

/**
 * `text` as written to a terminal (console mode, the CLI's text output): without invisible format
 * characters, and each other control character (escape, bell, carriage return, backspace, C1 controls)
 * a space, so that a question or article echoed back can neither run terminal escape sequences (colours,
 * cursor moves, window titles) nor overwrite the bot's own words. Line feeds and tabs are kept.
 */
export function forTerminal(text: string): string {
  return withoutInvisibleFormat(text).replace(LAYOUT_BREAKING_CONTROL, ' ');
}

/**
 * A JSON document with its invisible format characters written as `\uXXXX` escapes: the same values
 * (verbatim excerpts stay verbatim), but a terminal showing the document is not turned around. Such
 * characters can only stand inside JSON strings, where the escape is valid.
 */
export function jsonWithInvisibleEscaped(json: string): string {
  return json.replace(INVISIBLE_FORMAT, unicodeEscape);
}

/** `character` as `\uXXXX` escapes: astral format characters (flag tags are kept, but others exist) are two UTF-16 units, one escape each. */
function unicodeEscape(character: string): string {
  return Array.from({ length: character.length }, (_, index) => `\\u${character.charCodeAt(index).toString(16).padStart(4, '0')}`).join('');
}

/** A control character (Cc) but the tab, or an invisible format character: what `escapedUnprintable` writes as an escape. */
const UNPRINTABLE = new RegExp(`(?!\\t)\\p{Cc}|${INVISIBLE_FORMAT.source}`, 'gu');

/**
 * `text` as one line that shows what it holds: each control character but the tab and each invisible format character
 * written as its JavaScript escape (`\n`, `\u202e`), so that a file name holding a line break, a right-to-left override
 * or a zero-width space, named in a log line, neither breaks the line nor turns it around, and can still be told apart.
 */
export function escapedUnprintable(text: string): string {
  return text.replace(UNPRINTABLE, (character) => (character === '\n' ? '\\n' : unicodeEscape(character)));
}
