/**
 * Word-level text helpers shared by search, answer and quotes, so that every module folds accents
 * and cuts words the same way.
 */

/** Lower-cases and removes diacritics: "Moscú" → "moscu", "niño" → "nino". */
export function foldAccents(text: string): string {
  // ñ is folded to n too: measured on XQuAD it makes no difference to ranking, and people who type
  // without accents usually type "ano" for "año" as well.
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

// A number keeps its digits together whatever the separators ("1.500", "1,500" → "1500"), so that
// Spanish and English spellings of the same figure meet; anything else is a run of letters.
// Exported so that highlighting (src/answer/matching.ts) finds the same words in the original text.
export const WORD = /\p{N}+(?:[.,]\p{N}+)*|\p{L}[\p{L}\p{M}]*/gu;
const NUMBER = /^\p{N}/u;

/** The words of a text, folded, in reading order; numbers without their separators. */
export function words(text: string): string[] {
  // `match`, not `matchAll`: the words alone, without an iterator and a match object for each (indexing reads every
  // passage's words; matchAll and its match objects were half of this function's time on a 10,000-article build).
  const found = foldAccents(text).match(WORD) ?? [];
  for (let at = 0; at < found.length; at++) if (startsWithDigit(found[at]!)) found[at] = found[at]!.replace(/[.,]/g, '');
  return found;
}

/** The words of a text as written (not folded), each a run of letters that keeps its inner apostrophes and hyphens ("O'Brien", "Sánchez-Vicario"). */
export function writtenWords(text: string): string[] {
  return text.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
}

/**
 * Whether `word` starts with a number character (\p{N}). An ASCII first character answers without the expression:
 * indexing asks it of every word of every passage, and a regular expression call per word was a third of `words`.
 */
export function startsWithDigit(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 0x80 ? code >= 0x30 && code <= 0x39 : NUMBER.test(word);
}
