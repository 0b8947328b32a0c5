/**
 * Word-level text helpers shared by search, answer and quotes, so that every module folds accents
 * and cuts words the same way.
 */

/** Lower-cases and removes diacritics: "Moscú" → "moscu", "niño" → "nino". */
export function foldAccents(text: string): string {
  // ñ is folded to n too: measured on XQuAD it makes no difference to ranking, and people who type
  // without accents usually type "ano" for "año" as well.
  const lower = text.toLowerCase();
  let folded = '';
  let copied = 0;
  for (let at = 0; at < lower.length; at++) {
    const code = lower.charCodeAt(at);
    if (code < 0x80) continue;
    const one = code < FOLDED_CHARACTERS.length ? FOLDED_CHARACTERS[code] : undefined;
    if (one === undefined) return lower.normalize('NFD').replace(MARKS, '');
    if (one === null) continue;
    folded += lower.slice(copied, at) + one;
    copied = at + 1;
  }
  return copied === 0 ? lower : folded + lower.slice(copied);
}

const MARKS = /\p{M}/gu;

/**
 * Code points folded one at a time, without `normalize` (foldAccents: about a third of the index's reading of a passage's
 * words): the Latin letters past ASCII (U+0080–U+024F), general punctuation and currency signs (U+2000–U+20CF). None of
 * them is a combining mark, and the marks their decompositions give (accents, cedillas, tildes) are all removed, so the
 * canonical reordering that NFD does between marks cannot change what is left: folding them one by one gives what
 * folding the whole text gives (tests/text/fold-accents.test.ts checks every one and every pair). Any other character
 * past ASCII sends the whole text through `normalize`. Null: the character folds to itself.
 */
const FOLDED_CHARACTERS: ReadonlyArray<string | null | undefined> = (() => {
  // Filled first: an array with a gap this long would be kept as a dictionary, slower to read.
  const table = new Array<string | null | undefined>(0x20d0).fill(undefined);
  for (const [from, to] of [[0x80, 0x24f], [0x2000, 0x20cf]] as const) {
    for (let code = from; code <= to; code++) {
      const character = String.fromCharCode(code);
      const folded = character.normalize('NFD').replace(MARKS, '');
      table[code] = folded === character ? null : folded;
    }
  }
  return table;
})();

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
