/**
 * The people the articles name but never quote (unquoted.ts), shelved for /quote by the words of their names and
 * forms: what the quote book reads to tell a role or a surname that fits one speaker from one that fits several people.
 */
import type { NamedPerson } from './types.js';
import { nameKey } from './normalize.js';

export interface UnquotedEntry {
  /** The name as an article writes it. */
  name: string;
  /** The words of the name's key ("jim", "clyburn"). */
  nameWords: string[];
  /** The words of each other form's key ("presidente", "de", "francia"). */
  forms: string[][];
  /** Each key (the name's and its forms', words joined by a space) → the form as written. */
  written: Map<string, string>;
  /** The articles that name them. */
  articles: readonly string[];
}

/** Words shorter than this identify nobody on their own ("de", "of"): not shelved. */
const MIN_SHELVED_CHARS = 3;

/** `people` by each word of three letters or more of their names and forms, each person once under a word. */
export function shelveUnquoted(people: readonly NamedPerson[]): Map<string, UnquotedEntry[]> {
  const shelf = new Map<string, UnquotedEntry[]>();
  for (const person of people) {
    const written = new Map([person.name, ...person.aliases].map((form) => [nameKey(form), form]));
    const nameWords = nameKey(person.name).split(' ');
    const entry: UnquotedEntry = { name: person.name, nameWords, forms: [...written.keys()].map((key) => key.split(' ')), written, articles: person.articles };
    for (const word of new Set([...written.keys()].flatMap((key) => key.split(' ')))) {
      if (word.length < MIN_SHELVED_CHARS) continue;
      const list = shelf.get(word);
      if (list) list.push(entry);
      else shelf.set(word, [entry]);
    }
  }
  return shelf;
}

/**
 * Whether two names' words may be one person's: every word of the shorter is in the longer, an initial standing for
 * a word it begins ("Vladimir Putin" and "Vladimir Vladimirovich Putin", "J. Clyburn" and "Jim Clyburn"; not "Jim
 * Clyburn" and "Mignon Clyburn").
 */
export function samePerson(a: readonly string[], b: readonly string[]): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.every((word) => longer.some((other) => other === word || (word.length === 1 && other.startsWith(word)) || (other.length === 1 && word.startsWith(other))));
}
