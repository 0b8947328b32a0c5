/**
 * Whom an interviewer's question addresses by the words of address it opens with ("Ministra, ¿habrá racionamiento?",
 * "Doctor Soto, ¿cuántos casos hay?", "Doña Ana, ¿están preparados?", "Dr. Hale, how many…?"): in a press conference's
 * transcript, several people answer, and the question says which of them the answer after it is from.
 */
import type { Cast } from './cast.js';
import { COURTESY_TITLES, TITLE_ABBREVIATIONS, isTitleNoun } from './lexicon.js';
import { foldWord } from './normalize.js';

/** Words a form of address has at most ("Señora ministra de Salud"): more before a comma are a clause of the question. */
const MAX_ADDRESS_WORDS = 4;

/** The words of address before the first comma of a question (its label left out), or undefined when it opens with none. */
const ADDRESS = /^¿?\s*([^,¿?!:;]+?)\s*,\s*\S/u;

/** Whether a written word is a capitalised one, as a name's and a form of address's are. */
const capitalised = (word: string) => /^\p{Lu}/u.test(word);

/**
 * The person a question (`question`, its label left out, starting at character offset `at`) addresses, among `people`
 * (the article's people in full): the one person whose name holds the words of address past their title ("Soto" → "Andrés
 * Soto", "Ana" → "Ana Ferreyra"; the most of them that fit one person), else those words when they are one of `people` as
 * written, else, when they are only a title and
 * courtesy words ("Ministra", "Señor ministro"), the one the article gave that title. Undefined when the question opens
 * with no words of address, or they name nobody the article introduced.
 */
export function addressee(question: string, at: number, cast: Cast, people: readonly string[]): string | undefined {
  const address = ADDRESS.exec(question)?.[1];
  if (address === undefined) return undefined;
  const words = address.split(/\s+/u);
  if (words.length > MAX_ADDRESS_WORDS || !capitalised(words[0]!)) return undefined;
  const keys = words.map((word) => foldWord(word.replace(/\.$/u, '')));
  const addressing = (key: string) => COURTESY_TITLES.has(key) || TITLE_ABBREVIATIONS.has(key) || isTitleNoun(key);
  // The name is the capitalised words after the title ("Doctor Soto", "Secretary Mills"): the longest the cast knows.
  const first = keys.findIndex((key, i) => !addressing(key) && capitalised(words[i]!));
  if (first >= 0) {
    const named = words.slice(first);
    if (named.some((word) => !capitalised(word))) return undefined;
    // The people whose name holds the address's last words ("Soto" of "Andrés Soto", "Ana" of "Ana Ferreyra"), past the
    // address itself, which the cast may have read as a name ("Doctor Soto", "Doña Ana").
    const vocative = named.join(' ');
    for (let from = 0; from < named.length; from++) {
      const form = named.slice(from).map(foldWord);
      const holding = people.filter((person) => person !== vocative && person !== address && form.every((word) => person.split(/\s+/u).some((part) => foldWord(part) === word)));
      if (holding.length === 1) return holding[0];
      if (holding.length > 1) return undefined;
    }
    return people.includes(vocative) ? vocative : undefined;
  }
  const title = words.filter((_, i) => !COURTESY_TITLES.has(keys[i]!)).join(' ').toLowerCase();
  const holder = title ? cast.resolveTitle(title, at) ?? cast.matchTitle(title, at)?.holder : undefined;
  return holder && people.includes(holder) ? holder : undefined;
}
