/**
 * The people an article names in full but credits with no statement ("El presidente de Francia, Emmanuel Macron, viajó
 * a Moscú"). /quote needs them to tell a role or a surname that fits one speaker from one that fits several people
 * (newcomer 23's D5 and D7): "el presidente" is not Putin's alone when the articles also name Macron as one.
 */
import type { Cast } from './cast.js';
import type { NamedPerson } from './types.js';
import { coordinatedMembers, nameKey } from './normalize.js';
import { isBodyName } from './same-actor.js';
import { isPlaceName } from './countries.js';
import { GROUP_NOUNS, INSTITUTION_NOUNS, isTitleNoun } from './lexicon.js';

/** Words of a person's name beyond which a capitalised run is a title of a work or a body's name, not a person's. */
const MAX_PERSON_NAME_WORDS = 5;

/**
 * Each person `cast` (article `articleId`'s) names in full who is none of `speakers` (the article's credited speakers, canonical names), with
 * the forms and titles the article gives them (`Cast.aliasesOf`): only those it gives one. A body's or place's name ("Banco Central de Reserva",
 * "Corea del Norte", "Gobierno Bukele"), a run opened by a title noun and a member of a joint speaker ("Peter Vance and Maria Lund") are
 * left out. Empty for an article whose language capitalises every noun (its capitalised runs are no names).
 */
export function unquotedPeople(articleId: string, cast: Cast, speakers: ReadonlySet<string>, capitalisesNouns: boolean): NamedPerson[] {
  if (capitalisesNouns) return [];
  const spoken = new Set([...speakers].flatMap((speaker) => [nameKey(speaker), ...(coordinatedMembers(speaker) ?? [])]));
  const people: NamedPerson[] = [];
  /** The last words of the speakers' names of two words or more (their surnames). */
  const surnames = new Set([...spoken].flatMap((key) => (key.includes(' ') ? [key.split(' ').at(-1)!] : [])));
  for (const name of cast.fullNames()) {
    const key = nameKey(name);
    const words = key.split(' ');
    if (spoken.has(key) || spoken.has(nameKey(cast.resolveName(name) ?? name)) || words.length > MAX_PERSON_NAME_WORDS) continue;
    if (isBodyName(key) || isPlaceName(key) || isTitleNoun(words[0]!) || GROUP_NOUNS.has(words[0]!) || words.some((word) => INSTITUTION_NOUNS.has(word))) continue;
    // A name the article gives no title and never shortens is mostly a body's or an event's ("Asamblea Legislativa",
    // "Semana Santa"): kept out, which keeps the quote book's table about a fifth as long. Unless it ends with a
    // speaker's surname ("Tom Calder" beside the "Ruth Calder" quoted): then /quote of the surname must offer both.
    const aliases = cast.aliasesOf(name);
    if (aliases.length > 0 || (words.length >= 2 && surnames.has(words.at(-1)!))) people.push({ name, aliases, articles: [articleId] });
  }
  return people;
}
