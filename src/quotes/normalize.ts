/** Text keys for matching names and words regardless of case, accents and hyphenation. */
import { remembered } from '../remembered.js';
import { withoutInvisible } from '../text/invisible.js';
import { foldAccents } from '../text/words.js';

const foldRemembered = remembered(foldAccents);

/** The text with its first letter in upper case, the rest as written: a speaker phrase as a name ("la defensa" → "La defensa"). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Headings and kickers set names in capitals: "ZÁRATE" is "Zárate" in the story's case; a word not all in capitals stays as written. */
export function inStoryCase(words: readonly string[]): string {
  return words.map((word) => (word === word.toUpperCase() ? word.charAt(0) + word.slice(1).toLowerCase() : word)).join(' ');
}

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

/** An English possessive ending a word inside a name, with the space after it ("Russia’s Foreign Ministry"). */
const OWNER_POSSESSIVE = /(?<=\p{L})['’]s\s+/u;

/**
 * Every proper beginning and ending of a name's key, word for word ("Ana Ruiz Gómez": "ana", "gomez", "ana ruiz",
 * "ruiz gomez"), and the forms without a middle name or a second surname (`gappedForms`): the short forms of a
 * name, for indexing names by them. A name an owner's possessive opens has the owned name's forms, that name among them.
 */
export function shortFormsOf(name: string): string[] {
  // "Peter Vance and Maria Lund": two people's joint subject; "Peter Vance" is another actor, not a short form of it.
  if (coordinatedMembers(name)) return [];
  // "Russia’s Foreign Ministry": the owner is another actor, so only the owned name is shortened ("Foreign Ministry").
  const owner = name.search(OWNER_POSSESSIVE);
  if (owner >= 0) {
    const owned = name.slice(owner).replace(OWNER_POSSESSIVE, '');
    return [nameKey(owned), ...shortFormsOf(owned)];
  }
  const words = nameKey(name).split(' ');
  const affixes: string[] = [];
  for (let cut = 1; cut < words.length; cut++) affixes.push(words.slice(0, cut).join(' '), words.slice(cut).join(' '));
  return [...affixes, ...gappedForms(words)];
}

/** The most words of a name whose middle words may be left out (given names, two surnames and a particle are five). */
const MAX_GAPPED_NAME_WORDS = 6;

/** Words that join the parts of a description or a body's name ("Banco Central de Nicaragua"), never a person's plain name. */
const JOINING_WORDS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'of', 'the', 'and', 'for', 'da', 'do', 'dos', 'das']);

/**
 * A person's name without one run of middle words, and that without its last words, keeping at least one word after
 * the gap: "Nancy Paola Rodas" → "nancy rodas"; "Juan Orlando Hernández Alvarado" → "juan hernandez alvarado", "juan
 * hernandez"; "Michael R. Bloomberg" → "michael bloomberg". The press drops a middle name, a middle initial or the second
 * surname at will, never the first word. Only plain names: no joining word (a body's name "Banco Central de Nicaragua"
 * is not "Banco de Nicaragua"), at most MAX_GAPPED_NAME_WORDS words.
 */
function gappedForms(words: readonly string[]): string[] {
  if (words.length < 3 || words.length > MAX_GAPPED_NAME_WORDS || words.some((word) => JOINING_WORDS.has(word))) return [];
  const forms: string[] = [];
  for (let from = 1; from < words.length - 1; from++) {
    for (let to = from + 1; to < words.length; to++) {
      const kept = [...words.slice(0, from), ...words.slice(to)];
      for (let end = from + 1; end <= kept.length; end++) forms.push(kept.slice(0, end).join(' '));
    }
  }
  return forms;
}

/**
 * Every name `shortFormsOf` may lead to from `key`, step after step (a short form's own short forms), `key` itself
 * included: the names whose longer name may change when `key` comes or goes. Those are its runs of whole words, and
 * every choice of words in order from a run that is a plain name (`gappedForms` drops middle words at each step).
 */
export function innerFormsOf(key: string): string[] {
  const words = nameKey(key).split(' ');
  const found = new Set<string>();
  for (let from = 0; from < words.length; from++) {
    for (let to = from + 1; to <= words.length; to++) {
      const run = words.slice(from, to);
      found.add(run.join(' '));
      if (run.length >= 3 && gappedForms(run).length > 0) for (const chosen of subsequences(run)) found.add(chosen.join(' '));
    }
  }
  return [...found];
}

/** Every non-empty choice of `words` in their order (2^n − 1 of them: for the few words of a name). */
function subsequences(words: readonly string[]): string[][] {
  const chosen: string[][] = [];
  for (let mask = 1; mask < 1 << words.length; mask++) chosen.push(words.filter((_, at) => mask & (1 << at)));
  return chosen;
}

/** Words that join two speakers' names into one subject ("Ana Ruiz y Luis Mora", "Peter Vance and Maria Lund"). Folded. */
const NAME_COORDINATORS = new Set(['and', 'y', 'e', 'et', 'und']);

/** The most words of each of two names joined into one subject. */
const MAX_MEMBER_WORDS = 4;

/** The most letters of each of two one-word names joined into one subject: acronyms ("CDC and FDA"), not "Bosnia and Herzegovina". */
const MAX_JOINED_ACRONYM_LETTERS = 5;

/**
 * The keys of the two names a speaker's name joins ("Peter Vance and Maria Lund" → ["peter vance", "maria lund"], "CDC and
 * FDA" → ["cdc", "fda"]), or undefined for one name. Each side a plain name of two to MAX_MEMBER_WORDS words with no joining
 * word, or both sides one short word: a body's name with "and" inside it has a joining word or sides of unlike length
 * ("Department of Health and Human Services", "Food and Drug Administration", "Simon and Luke LLC") and stays one name.
 */
export function coordinatedMembers(name: string): [string, string] | undefined {
  const words = nameKey(name).split(' ');
  const at = words.findIndex((word) => NAME_COORDINATORS.has(word));
  if (at < 0 || words.slice(at + 1).some((word) => NAME_COORDINATORS.has(word))) return undefined;
  const [first, second] = [words.slice(0, at), words.slice(at + 1)];
  const plain = (side: string[]) => side.length >= 2 && side.length <= MAX_MEMBER_WORDS && !side.some((word) => JOINING_WORDS.has(word));
  const short = (side: string[]) => side.length === 1 && side[0]!.length >= 2 && side[0]!.length <= MAX_JOINED_ACRONYM_LETTERS;
  return (plain(first) && plain(second)) || (short(first) && short(second)) ? [first.join(' '), second.join(' ')] : undefined;
}
