/** Text keys for matching names and words regardless of case, accents and hyphenation. */
import { remembered } from '../remembered.js';
import { withoutInvisible } from '../text/invisible.js';
import { foldAccents } from '../text/words.js';

const foldRemembered = remembered(foldAccents);

/**
 * Lower case without diacritics, as the index folds: "Líder" → "lider". Called for every word of every article:
 * a plain ASCII word is folded by lower-casing alone (its NFD form is itself), others are remembered.
 */
export function foldWord(word: string): string {
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80) return foldRemembered(word);
    if (code >= 0x41 && code <= 0x5a) upper = true;
  }
  return upper ? word.toLowerCase() : word;
}

const LEADING_DETERMINER = /^(?:el|la|los|las|the|un|una|a|an)\s+/;

/**
 * A lookup key for a name or title phrase: folded, hyphens and punctuation as spaces, leading article dropped.
 * "Kim Jong-un" and "kim jong un" share a key; so do "El líder norcoreano" and "lider norcoreano".
 */
export const nameKey: (text: string) => string = remembered((text) =>
  foldWord(withoutInvisible(text.normalize('NFKC')))
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(LEADING_DETERMINER, ''),
);

/**
 * Every proper beginning and ending of a name's key, word for word ("Ana Ruiz Gómez": "ana", "gomez", "ana ruiz",
 * "ruiz gomez"): the short forms `isShortFormOf` accepts, for indexing names by them.
 */
export function affixesOf(name: string): string[] {
  const words = nameKey(name).split(' ');
  const affixes: string[] = [];
  for (let cut = 1; cut < words.length; cut++) affixes.push(words.slice(0, cut).join(' '), words.slice(cut).join(' '));
  return affixes;
}

/** Whether `short` is the start or the end of `full`, word for word ("Kim" / "Kim Jong Un", "Putin" / "Vladimir Putin"). */
export function isShortFormOf(short: string, full: string): boolean {
  const a = nameKey(short).split(' ');
  const b = nameKey(full).split(' ');
  if (a.length >= b.length) return false;
  const matchesAt = (offset: number) => a.every((word, i) => word === b[offset + i]);
  return matchesAt(0) || matchesAt(b.length - a.length);
}
