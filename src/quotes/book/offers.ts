/**
 * What a look-up offers beside what it found: the people the articles name but never quote whom the query names too
 * (`withUnquoted`), the head or spokesperson of an organisation that says nothing itself (`spokenForByHead`), no
 * nameless speaker among those offered (`offeringNames`), and an actor's own people (`withItsPeople`).
 */
import type { QuoteResult } from '../types.js';
import { marksGender, otherRoleForms } from '../same-actor.js';
import { isPlaceName, otherCountryForms } from '../countries.js';
import { nameKey } from '../normalize.js';
import { isBareRole } from '../reference.js';
import { isNoName } from '../no-names.js';
import { samePerson, type UnquotedEntry } from '../unquoted-shelf.js';
import { INSTITUTION_NOUNS } from '../lexicon.js';
import { ARTICLES, COURTESY_TITLE, HEAD_LINKS, HEAD_NOUNS, PREPOSITIONS, isDescriptionHead, isRoleWord, significantWords } from './words.js';
import { type Entry, queryKey } from './keys.js';
import { type OpenBook, result } from './open-book.js';
import { lookupAsWritten } from './as-written.js';
import { lookupWhole } from './other-forms.js';
import { withAllWords } from './resolve.js';

/**
 * `found` (the lookup of `query`) with the people the articles name but never quote whom the query names as well
 * (newcomer 23's D5 and D7): a role another person holds ("el presidente": Macron as well as Putin) or a surname
 * another person has ("Clyburn": Jim as well as Mignon) offers them all as candidates, never silently the one who
 * spoke; a query that finds no speaker says whom it names ("Macron", "Francia" in "presidente de Francia").
 */
export function withUnquoted(book: OpenBook, query: string, found: QuoteResult): QuoteResult {
  if (found.channel !== undefined || found.resolvedBy === 'acronym' || found.resolvedBy === 'language' || found.resolvedBy === 'country') return found;
  const key = queryKey(query.replace(COURTESY_TITLE, ''));
  const keyWords = significantWords(key);
  if (!key || keyWords.length === 0) return found;
  const speakers = found.actor !== null ? [found.actor] : found.candidates;
  const speakerEntries = speakers.flatMap((name) => book.shelves.byName.get(name) ?? []);
  const otherPerson = (person: UnquotedEntry) => speakerEntries.every((entry) => !samePerson(person.nameWords, entry.nameWords));
  const roleForms = [key, ...otherRoleForms(key)].map(significantWords).filter((words) => words.some(isRoleWord));
  const [surname] = keyWords.length === 1 && !isRoleWord(keyWords[0]!) ? keyWords : [];
  let fitting: Array<{ person: UnquotedEntry; as: string }> = [];
  /** Other speakers the role fits as well, in other articles than those giving the speaker found exactly that role. */
  let rivals: string[] = [];
  if (roleForms.length > 0 && (found.resolvedBy === 'role' || speakers.length === 0 || found.candidates.length > 0)) {
    // A role's holder: a form of theirs whose first role word is the query's, with every word of the query ("presidente
    // de Francia" for "el presidente", not "portavoz del presidente").
    // An article that gives the speaker found exactly the role asked for ("El Primer Secretario, Miguel Díaz-Canel,")
    // means them by it, not someone it gives a longer title ("primer secretario del Comité Provincial"): as for speakers.
    const spokeIn = new Set(found.statements.map((statement) => statement.articleId));
    const exactly = speakerEntries.some((entry) => roleForms.some((words) => entry.keys.includes(words.join(' '))));
    const outranked = (person: UnquotedEntry, words: string[]) => exactly && !person.written.has(words.join(' ')) && person.articles.every((id) => spokeIn.has(id));
    const fits = (words: string[]) => (formWords: string[]) => formWords.find(isRoleWord) === words.find(isRoleWord) && words.every((word) => formWords.includes(word));
    fitting = roleForms.flatMap((words) => book.unquotedWith(words.find(isRoleWord)!).flatMap((person) => {
      const form = person.forms.find(fits(words));
      return form && !outranked(person, words) ? [{ person, as: person.written.get(form.join(' '))! }] : [];
    }));
    // The old lookup takes the one speaker given exactly the role ("presidente") over those given longer titles
    // ("presidente de Costa Rica"): right within an article, a silent pick across articles.
    const elsewhere = (entry: Entry) => lookupAsWritten(book, entry.actor.name, true).statements.some((statement) => !spokeIn.has(statement.articleId));
    // "la alcaldesa" is no rival's "Mayor": a word that marks a gender leaves out holders titled by the other language's
    // word, which marks none (newcomer 31: a male mayor was offered beside the alcaldesa found).
    const gendered = keyWords.filter(marksGender);
    const rivalForms = roleForms.filter((words) => gendered.every((word) => words.includes(word)));
    rivals = found.actor === null || !exactly ? [] : [...new Set(rivalForms.flatMap((words) => (book.shelves.byWord.get(words.find(isRoleWord)!) ?? [])
      .filter((entry) => !speakerEntries.includes(entry) && !isBareRole(entry.actor.name) && entry.keys.some((entryKey) => fits(words)(entryKey.split(' '))) && elsewhere(entry))
      .map((entry) => entry.actor.name)))];
  } else if (surname !== undefined && speakerEntries.length > 0 && speakerEntries.every((entry) => entry.nameWords.indexOf(surname) > 0)) {
    // A surname: another person's, after a given name ("Jim Clyburn" beside the "Mignon Clyburn" who spoke).
    fitting = book.unquotedWith(surname).filter((person) => person.nameWords.indexOf(surname) > 0).map((person) => ({ person, as: person.name }));
  } else if (speakers.length === 0) {
    // Nobody quoted: whom the articles name by it ("Macron"), or describe with it ("Francia" in "presidente de Francia").
    fitting = book.unquotedWith(keyWords[0]!).flatMap((person) => {
      const form = [person.nameWords, ...person.forms].find((words) => keyWords.every((word) => words.includes(word)));
      return form ? [{ person, as: person.written.get(form.join(' ')) ?? person.name }] : [];
    });
  }
  const others = [...new Map(fitting.filter(({ person }) => otherPerson(person)).map((each) => [each.person.name, each])).values()];
  // Someone quoted under a shorter or fuller form of the name ("Marta Quiroga" for the "Marta Quiroga Lema" an article
  // names with her office and does not quote): that speaker, never said to have no statements. A person's two forms
  // open with the same given name; a place or body inside a longer name ("San Isidro" in "Vecinos de San Isidro") does not.
  const speaking = (person: UnquotedEntry): Entry | undefined => {
    const [given] = person.nameWords;
    if (person.nameWords.length < 2 || given === undefined || isDescriptionHead(given)) return undefined;
    const twins = new Set(person.nameWords.flatMap((word) => book.shelves.byWord.get(word) ?? []).filter((entry) => entry.nameWords.length >= 2 && entry.nameWords[0] === given && !isBareRole(entry.actor.name) && !isNoName(entry.actor.name) && samePerson(person.nameWords, entry.nameWords)));
    return twins.size === 1 ? [...twins][0] : undefined;
  };
  const twins = new Map(others.map(({ person }) => [person.name, speaking(person)]));
  const quoted = [...new Set(others.flatMap(({ person }) => twins.get(person.name)?.actor.name ?? []))].filter((name) => !speakers.includes(name));
  const unquotedOthers = others.filter(({ person }) => twins.get(person.name) === undefined);
  if (unquotedOthers.length === 0 && rivals.length === 0 && quoted.length === 0) return found;
  if (speakers.length === 0 && unquotedOthers.length === 0 && quoted.length === 1) return { ...lookupAsWritten(book, quoted[0]!, true), query: found.query, ...(roleForms.length > 0 ? { resolvedBy: 'role' as const } : {}) };
  const unquoted = unquotedOthers.length === 0 ? {} : { unquoted: unquotedOthers.map(({ person }) => person.name), unquotedAs: unquotedOthers.map(({ as }) => as) };
  if (speakers.length > 0 || quoted.length > 0) return result(found.query, { candidates: [...speakers, ...rivals, ...quoted, ...unquotedOthers.map(({ person }) => person.name)], ...unquoted });
  // Speakers described by a near spelling of the query ("Ferrer" for "former regulator") yield to a person it names exactly.
  const describedExactly = (found.matchedAs ?? []).some((form) => keyWords.every((word) => nameKey(form).split(' ').includes(word)));
  return describedExactly ? { ...found, ...unquoted } : result(found.query, unquoted);
}

/**
 * `found` (the lookup of `query`), or, when the query names an organisation that says nothing itself and the articles
 * describe one speaker as its head or spokesperson ("titular del MEM" for "MEM": newcomer 24's D6), that speaker's
 * statements, saying whom (`resolvedBy` "role", the description kept in `related`). A country is never a person's.
 */
export function spokenForByHead(book: OpenBook, query: string, found: QuoteResult): QuoteResult {
  const key = queryKey(query);
  if (found.actor !== null || !found.related?.length || isPlaceName(key) || otherCountryForms(key).length > 0) return found;
  // "titular del MEM", "titular del Instituto INDAG" for "MEM", "INDAG": the complement is the organisation asked for.
  // "Hacienda" for "fuentes del Ministerio de Hacienda": the body's own words, without its noun or prepositions.
  const own = (word: string) => !INSTITUTION_NOUNS.has(word) && !PREPOSITIONS.has(word);
  const asked = key.split(' ').filter((word) => !ARTICLES.has(word) && own(word)).join(' ');
  const heads = found.related.filter((_, i) => {
    const words = nameKey(found.matchedAs?.[i] ?? '').split(' ').filter((word) => !ARTICLES.has(word));
    return HEAD_NOUNS.has(words[0] ?? '') && HEAD_LINKS.has(words[1] ?? '') && words.slice(2).filter(own).join(' ') === asked;
  });
  if (heads.length !== 1) return found;
  const head = lookupWhole(book, heads[0]!);
  return head.actor === heads[0] ? { ...head, query, resolvedBy: 'role', related: found.related, ...(found.matchedAs ? { matchedAs: found.matchedAs } : {}) } : found;
}

/**
 * `found` without the speakers whose name is no name ("Empresa", "Otro", "Sigue": `isNoName`) among those it offers to
 * choose from, suggests or relates; when that leaves one candidate of several, that one's statements.
 */
export function offeringNames(book: OpenBook, found: QuoteResult): QuoteResult {
  const keep = (name: string) => !isNoName(name);
  const candidates = found.candidates.filter(keep);
  if (found.actor === null && found.candidates.length > 1 && candidates.length === 1 && book.shelves.byName.has(candidates[0]!)) return { ...lookupAsWritten(book, candidates[0]!, true), query: found.query };
  const related = (found.related ?? []).flatMap((name, at) => (keep(name) ? [{ name, as: found.matchedAs?.[at] ?? name }] : []));
  const { related: _related, matchedAs: _matchedAs, ...rest } = found;
  return {
    ...rest,
    candidates,
    suggestions: found.suggestions.filter(keep),
    ...(found.otherGivenName ? { otherGivenName: found.otherGivenName.filter(keep) } : {}),
    ...(related.length > 0 ? { related: related.map(({ name }) => name), ...(found.matchedAs ? { matchedAs: related.map(({ as }) => as) } : {}) } : {}),
  };
}

/**
 * `found` with the speakers the articles describe as heading or speaking for the actor it found ("director regional
 * del Servel", "coordinadora de la Cruz Roja Paraguaya", "spokeswoman for the Port Authority", "portavoz de Putin") as
 * `related`, offered beside its own statements: an organisation speaks through its people too (issue 16). A description names whom it
 * speaks for after its head noun's preposition, by any of the actor's names of two words or more or its acronym.
 */
export function withItsPeople(book: OpenBook, found: QuoteResult): QuoteResult {
  const entry = found.actor === null || found.related?.length || found.channel !== undefined ? undefined : book.shelves.byName.get(found.actor);
  if (!entry) return found;
  // Its names of two words or more, and a one-word name written as a proper name ("Servel", "ONU"); not a common noun.
  const written = [entry.actor.name, ...entry.actor.aliases];
  const names = entry.keys.filter((key) => key.includes(' ') || written.some((form) => nameKey(form) === key && /^\p{Lu}/u.test(form) && !isNoName(form)));
  // A description as written ("coordinadora de la Cruz Roja…": lower case, a head noun of one's office or kind before
  // the preposition), never another name that holds it ("Banco de la Nación" is no one of "Nación").
  const speaksFor = (written: string) => {
    const words = nameKey(written).split(' ');
    const link = words.findIndex((word) => HEAD_LINKS.has(word));
    const after = ` ${words.slice(link + 1).join(' ')} `;
    return link > 0 && /^\p{Ll}/u.test(written) && names.some((name) => after.includes(` ${name} `));
  };
  const people = [...new Set(names.flatMap((name) => withAllWords(book, significantWords(name))))].filter((other) => other !== entry && !isBareRole(other.actor.name) && !isNoName(other.actor.name) && other.actor.aliases.some(speaksFor));
  if (people.length === 0) return found;
  const as = (other: Entry) => other.actor.aliases.find(speaksFor) ?? other.actor.name;
  return { ...found, related: people.map((other) => other.actor.name), matchedAs: people.map(as) };
}
