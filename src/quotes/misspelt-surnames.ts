/**
 * Surnames an article misspells once ("Hauser said" after "Trevor Houser"; "Paczkowski" beside "Lance Packowski"): the
 * person named in full, not another speaker.
 */
import { editsApart } from './edits.js';
import { nameKey } from './normalize.js';
import { INSTITUTION_NOUNS, MEDIUM_NOUNS, GROUP_NOUNS } from './lexicon.js';

/** Letters a surname needs before one edit may be a misspelling of it: shorter ones differ by one letter as other names ("Kim", "Kin"). */
const MIN_MISSPELT_LETTERS = 5;

/** Words a person's full name may have ("Trevor Houser", "Ana María Pérez Gil"); longer runs are mostly bodies or titles. */
const MAX_PERSON_WORDS = 4;

/**
 * For each one-word name of `names` (the article's proper names as written) that no longer name of the article ends
 * with (`hasLongerForm`), the one full name of a person whose surname is one edit from it (a letter added, dropped,
 * changed, or two neighbouring letters swapped: editsApart), keyed by the one-word name's key (nameKey). Left out, to
 * stay conservative: surnames shorter than MIN_MISSPELT_LETTERS, a word one edit from two different surnames, a full
 * name with a body's, a group's or a medium's noun ("Acme Holdings"), and a first or last letter that differs (a
 * misspelling keeps the word's ends, "Hauser"/"Houser"; Spanish surnames differ by their last vowel, "Rivera"/"Rivero").
 */
export function misspeltSurnames(names: readonly string[], hasLongerForm: (name: string) => boolean): Map<string, string> {
  const people = names.filter((name) => {
    const words = name.split(/\s+/u);
    return words.length >= 2 && words.length <= MAX_PERSON_WORDS && words.every((word) => /^\p{Lu}/u.test(word)) && !words.some((word) => [INSTITUTION_NOUNS, GROUP_NOUNS, MEDIUM_NOUNS].some((nouns) => nouns.has(nameKey(word))));
  });
  const bySurname = new Map<string, Set<string>>();
  for (const person of people) {
    const surname = nameKey(person.split(/\s+/u).at(-1) ?? person);
    bySurname.set(surname, (bySurname.get(surname) ?? new Set()).add(person));
  }
  const misspelt = new Map<string, string>();
  const surnames = [...bySurname];
  for (const name of names) {
    const key = nameKey(name);
    if (key.includes(' ') || key.length < MIN_MISSPELT_LETTERS || bySurname.has(key) || hasLongerForm(name)) continue;
    const near = surnames.filter(([surname]) => surname[0] === key[0] && surname.at(-1) === key.at(-1) && editsApart(surname, key, 1) === 1);
    // One surname, held by one person: "Houser" of two Housers is no one for sure.
    const holders = near.length === 1 ? near[0]?.[1] : undefined;
    const [person] = holders?.size === 1 ? [...holders] : [];
    if (person !== undefined) misspelt.set(key, person);
  }
  return misspelt;
}

/** The full name `name` with its last word written as `surname` ("Lance Packowski", "Paczkowski" → "Lance Paczkowski"). */
export function respelt(name: string, surname: string): string {
  return name.replace(/\S+$/u, surname);
}
