/**
 * Whom an interviewer's question addresses by the words of address it opens with ("Ministra, ¿habrá racionamiento?",
 * "Doctor Soto, ¿cuántos casos hay?", "Doña Ana, ¿están preparados?", "Dr. Hale, how many…?"): in a press conference's
 * transcript, several people answer, and the question says which of them the answer after it is from.
 */
import { OTHER_HOLDERS, type Cast } from './cast.js';
import { COURTESY_TITLES, NAME_PREPOSITIONS, TITLE_ABBREVIATIONS, isTitleNoun } from './lexicon.js';
import { foldWord, nameKey } from './normalize.js';

/** Words a form of address has at most ("Señora secretaria de Estado"): more before a comma are a clause of the question. */
const MAX_ADDRESS_WORDS = 5;

/** The words of address before the first comma of a question (its label left out), or undefined when it opens with none. */
const ADDRESS = /^¿?\s*([^,¿?!:;]+?)\s*,\s*\S/u;

/** Whether a written word is a capitalised one, as a name's and a form of address's are. */
const capitalised = (word: string) => /^\p{Lu}/u.test(word);

/**
 * The one of `people` the article gave the title a question addresses (`title`, folded, courtesy words left out:
 * "ministra", "secretaria de estado", "secretary"), among those holding a title that opens or ends with it: the
 * one whose title is that title itself or opens with it ("ministra de Salud" for "Ministra", not "viceministra", whose
 * title is another office) when several hold a title ending with it ("Health Secretary", "Deputy Health Secretary"),
 * and of several so titled, not one whose other title makes them a deputy of it ("Deputy Health Secretary": cast.ts
 * OTHER_HOLDERS).
 * Several people holding it alike, or nobody: undefined.
 */
function titleHolder(title: string, cast: Cast, people: readonly string[]): string | undefined {
  const titles = (person: string) => cast.titlesOf(person).map(nameKey);
  const opening = people.filter((person) => titles(person).some((held) => held === title || held.startsWith(`${title} `)));
  // "Secretary" for "Health Secretary X" and "Deputy Health Secretary Y", both also called "Secretary": not the deputy.
  const holding = opening.length > 1 ? opening.filter((person) => !titles(person).some((held) => OTHER_HOLDERS.has(held.split(' ')[0]!) && held.endsWith(` ${title}`))) : opening;
  if (holding.length > 0) return holding.length === 1 ? holding[0] : undefined;
  const ending = people.filter((person) => titles(person).some((held) => held.endsWith(` ${title}`)));
  return ending.length === 1 ? ending[0] : undefined;
}

/**
 * The person a question (`question`, its label left out, starting at character offset `at`) addresses, among `people`
 * (the article's people in full): the one person whose name holds the words of address past their title ("Soto" → "Andrés
 * Soto", "Ana" → "Ana Ferreyra"; the most of them that fit one person; of several, the one holding the title written
 * before the name: "Ministra Ibáñez" of two Ibáñez), else those words when they are one of `people` as written, else,
 * when they are only a title, its complement and courtesy words ("Ministra", "Señor ministro", "Señora secretaria de
 * Estado"), the one the article gave that title (titleHolder; else the cast's holder by the nearest antecedent).
 * Undefined when the question opens with no words of address; null when it opens with some that name nobody the
 * article introduced (a title the article never gave: "Ministra" to "la titular de Sanidad"), whom the answer after
 * it is then from is not known.
 */
export function addressee(question: string, at: number, cast: Cast, people: readonly string[]): string | null | undefined {
  const address = ADDRESS.exec(question)?.[1];
  if (address === undefined) return undefined;
  const words = address.split(/\s+/u);
  if (words.length > MAX_ADDRESS_WORDS || !capitalised(words[0]!)) return undefined;
  const keys = words.map((word) => foldWord(word.replace(/\.$/u, '')));
  const addressing = (key: string) => COURTESY_TITLES.has(key) || TITLE_ABBREVIATIONS.has(key) || isTitleNoun(key);
  // The name is the capitalised words after the title ("Doctor Soto", "Secretary Mills"): the longest the cast knows. A
  // capitalised word after a preposition is the title's complement ("secretaria de Estado"), no name.
  const first = keys.findIndex((key, i) => !addressing(key) && capitalised(words[i]!) && !NAME_PREPOSITIONS.has(keys[i - 1] ?? ''));
  if (first >= 0) {
    const named = words.slice(first);
    if (named.some((word) => !capitalised(word))) return undefined;
    const title = keys.slice(0, first).filter((key) => !COURTESY_TITLES.has(key)).join(' ');
    // The people whose name holds the address's last words ("Soto" of "Andrés Soto", "Ana" of "Ana Ferreyra"), past the
    // address itself, which the cast may have read as a name ("Doctor Soto", "Doña Ana").
    const vocative = named.join(' ');
    for (let from = 0; from < named.length; from++) {
      const form = named.slice(from).map(foldWord);
      const holding = people.filter((person) => person !== vocative && person !== address && form.every((word) => person.split(/\s+/u).some((part) => foldWord(part) === word)));
      if (holding.length === 1) return holding[0];
      if (holding.length > 1) return (title ? titleHolder(title, cast, holding) : undefined) ?? null;
    }
    return people.includes(vocative) ? vocative : null;
  }
  const title = keys.filter((key) => !COURTESY_TITLES.has(key)).join(' ');
  if (!title) return null;
  const holder = titleHolder(title, cast, people) ?? cast.resolveTitle(title, at) ?? cast.matchTitle(title, at)?.holder;
  return holder && people.includes(holder) ? holder : null;
}
