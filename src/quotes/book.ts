/**
 * Looking actors up by whatever a user types: full name, surname, alias or title ("el líder norcoreano"),
 * in any case, with or without accents, with typos and other transliterations ("putn", "Kim Jong-un").
 */
import { editsApart } from './edits.js';
import type { Actor, ActorKeys, QuoteResult, SavedQuoteTables, SavedShelf, ShelfName, Statement } from './types.js';
import { byStatements, type QuoteData } from './actors.js';
import { SAME_ACTOR_KEYS as sameActorKeys, isBodyName, marksGender, officeBodyNames, otherLanguageHeads, otherRoleForms, portfolioOf, sameBodyAcrossLanguages, translatedBodyNames, translatedInitials } from './same-actor.js';
import { countriesNamedIn, countryOfDemonym, isPlaceName, otherCountryForms } from './countries.js';
import { officeOf } from './offices.js';
import { coordinatedMembers, nameKey } from './normalize.js';
import { isBareRole } from './reference.js';
import { isNoName } from './no-names.js';
import { bodyKindOf, nameHeadedBy, sameKindNouns } from './body-kinds.js';
import { samePerson, shelveUnquoted, type UnquotedEntry } from './unquoted-shelf.js';
import { BODY_NOUNS, COURTESY_TITLES, DETERMINERS, GROUP_NOUNS, INDEFINITE_DETERMINERS, INSTITUTION_NOUNS, MEDIUM_NOUNS, SINGULAR_PERSON_NOUNS, SKIPPABLE, SPOKESPERSON_NOUNS, TITLE_ABBREVIATIONS, TITLE_NOUNS, isTitleNoun, isTitlePlural } from './lexicon.js';
import { byCodeUnits, groupBy, groupByEach, lowerBound, minOf, partitionIndex } from '../arrays.js';
import { remembered } from '../remembered.js';

export interface QuoteBook {
  /**
   * The statements of the actor the query resolves to; suggestions or candidates when it resolves to none. A role or
   * surname that people the articles name but never quote share with the speaker offers them all (`unquoted`).
   */
  lookup(query: string): QuoteResult;
  /** As `lookup`, knowing only the speakers: what /ask reads a name it asks about with (the statements, if any). */
  lookupSpeakers(query: string): QuoteResult;
  /** Known speakers, most statements first. */
  actors(): Actor[];
  /** The known speaker of this canonical name (as `lookup` gives it), or undefined. */
  actor(name: string): Actor | undefined;
  /** Up to `limit` actor names (the front end's room for them): accent-insensitive prefix matches first, then close spellings. */
  suggest(partial: string, limit: number): string[];
}

/** The longest actor query a lookup reads (characters); the rest of a pasted paragraph is ignored. */
export const MAX_ACTOR_QUERY_CHARS = 200;
const UNKNOWN_SUGGESTIONS = 5;
const MIN_FUZZY_CHARS = 3;
/** Letters of a one-word name, at least, for it to be offered as the short form of a longer word ("Glaxo" of "GlaxoSmithKline"). */
const MIN_SHORT_FORM_CHARS = 4;
/** Words too common to identify anyone on their own ("de" in "Banco de España"). */
const FILLER_WORDS = new Set([
  'de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'en', 'of', 'the', 'and', 'in', 'at', 'un', 'una',
  // Honorifics, which articles put before a name or leave out at will ("Mr Putin", "la Sra. Gil", "Dr Jones").
  ...COURTESY_TITLES, 'dr', 'dra',
]);

/**
 * A courtesy title opening a query, with its dot, in the languages of the articles: English, Spanish, French ("M.",
 * "Mme", "Mlle"), German ("Herr", "Frau"), Italian ("Sig.", "Sig.ra") and Portuguese ("Sr.", "Dom"). A lone "M" only with
 * its dot: without it, it is an initial ("M Caldwell").
 */
const COURTESY_TITLE = /^\s*(?:(?:mrs?|ms|mx|dra?|sra?|srta|sir|dame|mmes?|mlle|mm|herr|frau|sig(?:\.?ra)?|signor[ae]?|don|doña|dona|dom|señora?|señorita)\.?|m\.)\s+(?=\S)/iu;

/** Endings of nouns for a profession that no given name has ("antropólogo", "periodista", "economist"). */
const PROFESSION = /(?:olog[oa]|ista|ist)s?$/;

/** Words that name people by whom they are close to ("Cerca de Daer", "Cerca del presidente": subjects.ts placedGroup), folded. */
const CLOSE_TO_HEADS: ReadonlySet<string> = new Set(['cerca', 'entorno', 'allegados', 'allegadas', 'circulo']);

/** Whether a name's first word makes it a description ("Abogados del…", "Portavoz de…", "Gobierno de…", "Cerca de…"), not a person's name. */
function isDescriptionHead(word: string): boolean {
  return isRoleWord(word) || isTitlePlural(word) || GROUP_NOUNS.has(word) || BODY_NOUNS.has(word) || CLOSE_TO_HEADS.has(word);
}

/**
 * Whether a description's name ("Defensa del exmandatario", "Abogados de Hernández", "Defensores del exgobernante") has
 * the query's words `keyWords` only in its complement, after the preposition that follows its head: it speaks for the one
 * they name, and is not them. A description is headed by a description noun, or has a complement written in lower case
 * (a role, not a proper name: "Banco de España" is a name).
 */
function inComplement(entry: { actor: { name: string }; nameWords: readonly string[]; keys?: readonly string[] }, keyWords: readonly string[]): boolean {
  const [head] = entry.nameWords;
  const opens = complementAt(entry.nameWords);
  const description = head !== undefined && (isDescriptionHead(head) || LOWER_CASE_COMPLEMENT.test(entry.actor.name));
  if (description && opens > 0) return keyWords.every((word) => !entry.nameWords.slice(0, opens).includes(word));
  // A person whose descriptions have the words only in their complement ("widow of the former governor", "hermano del
  // expresidente"): a relative of whom they name, never them.
  const holding = (entry.keys ?? []).map((key) => key.split(' ')).filter((words) => keyWords.every((word) => words.includes(word)));
  return holding.length > 0 && keyWords.every((word) => !entry.nameWords.includes(word)) && holding.every((words) => {
    const at = complementAt(words);
    return at > 0 && keyWords.every((word) => !words.slice(0, at).includes(word));
  });
}

/** Where a name's complement opens: the position of the first preposition after its head ("Defensa del exmandatario" → 1), or -1. */
function complementAt(nameWords: readonly string[]): number {
  return nameWords.findIndex((word, i) => i > 0 && PREPOSITIONS.has(word));
}

/**
 * A name's first complement begins with a lower-case word other than an article: "Defensores del exgobernante" (a
 * particle and an article before a name are a person's: "Juan de la Cruz").
 */
/** A query written as an acronym: two to eight capitals, dots allowed ("SOBSE", "O.M.S."). */
const ACRONYM = /^(?:\p{Lu}\.?){2,8}$/u;
const LOWER_CASE_COMPLEMENT = /^\S+\s+(?:de|del|of|for)\s+(?!(?:la|las|los|el|the)\s)\p{Ll}/u;

/** A word's consonants with doubled letters written once ("poutine" and "putin" → "ptn"): what spellings of one name across languages keep. */
function consonantsOf(word: string): string {
  return word.replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
}

/** Whether a query's word names a role ("alcaldesa", "minister") or a kind of person ("funcionaria"), not a name. */
function isRoleWord(word: string): boolean {
  return TITLE_NOUNS.has(word) || SINGULAR_PERSON_NOUNS.has(word) || TITLE_ABBREVIATIONS.has(word);
}

/** Words a medium's kind may have before its noun ("news", "state", "wire" in "news agency", "state news agency"). */
const MAX_MEDIUM_KIND_WORDS = 3;

/**
 * Whether words after a name say what kind of medium it is, as English puts them ("the Associated Press news agency",
 * "the Yonhap news agency"): a medium noun at the end, a few modifiers before it. Only media: after a person's name a
 * role noun names someone else ("Putin spokesman"), and a body's noun another body ("Trump organization").
 */
function isMediumKind(words: readonly string[]): boolean {
  return words.length <= MAX_MEDIUM_KIND_WORDS && MEDIUM_NOUNS.has(words.at(-1)!) && words.every((word) => !PREPOSITIONS.has(word));
}

/** Roles held for someone else: after a name ("Putin spokesman", "Trump lawyer") they name another person. */
const ROLES_FOR_ANOTHER = new Set([...SPOKESPERSON_NOUNS, 'aide', 'adviser', 'advisor', 'asesor', 'asesora', 'lawyer', 'attorney', 'abogado', 'abogada']);

/**
 * Nouns for who heads or speaks for an organisation: "el titular del MEM", "the head of the agency", and its unnamed
 * sources ("fuentes del Ministerio de Hacienda", "sources at the Treasury Department"), whom the press quotes for it. Where
 * the articles describe one speaker so and the organisation says nothing itself, its statements are theirs.
 */
const HEAD_NOUNS = new Set([
  ...SPOKESPERSON_NOUNS, 'titular', 'director', 'directora', 'presidente', 'presidenta', 'jefe', 'jefa', 'ministro', 'ministra', 'gerente', 'rector', 'rectora',
  'president', 'head', 'chief', 'chair', 'chairman', 'chairwoman', 'minister', 'fuente', 'fuentes', 'source', 'sources',
]);

/** Prepositions between a head noun and the organisation it heads or speaks for ("titular del…", "sources at…"), folded. */
const HEAD_LINKS: ReadonlySet<string> = new Set(['de', 'del', 'of', 'for', 'at', 'en']);

/** Articles, skipped when looking for the word before a name. */
const ARTICLES = new Set(['el', 'la', 'los', 'las', 'lo', 'un', 'una', 'the', 'a', 'an']);
/** Portuguese articles a query may keep before a name ("O Pacheco"): nameKey leaves them in. */
const PORTUGUESE_ARTICLES = new Set(['o', 'os', 'as']);
/** Prepositions that introduce a complement of a noun ("presidente de…", "senator for…"). */
const PREPOSITIONS = new Set(['de', 'del', 'of', 'for', 'por', 'by', 'para', 'en', 'in', 'at', 'con', 'with', 'from', 'desde', 'sobre', 'on']);

/** A typed name as a lookup key: markdown, control and format characters removed, bounded in length. A front end removes its own markup (Discord mentions) first. */
function queryKey(query: string): string {
  return nameKey(
    query
      .slice(0, MAX_ACTOR_QUERY_CHARS)
      .replace(/[*_`~|>\\\p{Cc}\p{Cf}]/gu, ' '),
  );
}

/** Edits allowed for a typo in a key of this length. */
/** The most letters of a word too short to be taken for a misspelling of another one edit away ("ibi", "iii"). */
const MAX_SHORT_WORD = 3;

function tolerance(key: string): number {
  return toleranceOf(key.length);
}

/** Edits allowed for a typo in a string of `length` characters: 1 up to 4, 2 up to 8, else 3. */
function toleranceOf(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/**
 * Edits allowed between one word of an unknown query and one word of a name, for a "did you mean" suggestion: fewer
 * than for a whole key, as one word is weaker evidence ("Neira" is two edits from "Nesma"). Elasticsearch's `AUTO`
 * fuzziness: none up to 2 characters, 1 up to 5, else 2.
 */
function wordTolerance(word: string): number {
  return word.length <= 2 ? 0 : word.length <= 5 ? 1 : 2;
}

interface Entry extends ActorKeys {
  actor: Actor;
}

/**
 * Each actor row's entry, made once: a merge after an update gives back the same row for every actor it
 * did not touch (quotes/actors.ts), so the book made for the new version makes entries for those it did
 * only (making them all was a third of making the book).
 */
const entries = new WeakMap<Actor, Entry>();

function entryOf(actor: Actor): Entry {
  let entry = entries.get(actor);
  if (!entry) entries.set(actor, (entry = newEntry(actor)));
  return entry;
}

/**
 * Each row's keys, in `actors`' order (what a snapshot saves: persist/saved-quote-book.ts): its entry's when a book made
 * one, else derived and not kept (a build's save is near its peak of memory; the book is made later, or not at all).
 */
export function actorKeysOf(actors: readonly Actor[]): ActorKeys[] {
  return actors.map((actor) => {
    const { keys, words, nameWords, compactKeys, initials, offices } = entries.get(actor) ?? newEntry(actor);
    return { keys, words, nameWords, compactKeys, initials, offices };
  });
}

/**
 * What a snapshot saves of the book of `actors` (persist/saved-quote-book.ts): each row's keys (`actorKeysOf`), every
 * row's position in book order, and each shelf's distinct strings with the rows listed under each, in book order, so
 * that a restored book shelves nothing (`savedLookups`). A shelf is made when asked for (a save makes one per record).
 */
export function shelvesToSave(actors: readonly Actor[]): { keys: ActorKeys[]; order: number[]; shelf(name: ShelfName): Map<string, number[]> } {
  const keys = actorKeysOf(actors);
  const order = [...actors.keys()].sort((a, b) => inActorOrder(actors[a]!, actors[b]!));
  const listed = (stringsOf: (row: ActorKeys, at: number) => readonly string[], rows: Iterable<number> = order) => groupByEach(rows, (at) => stringsOf(keys[at]!, at));
  const shelves: Record<ShelfName, () => Map<string, number[]>> = {
    names: () => listed((_, at) => [actors[at]!.name]),
    compactKeys: () => listed((row) => row.compactKeys),
    words: () => listed((row) => row.words),
    initials: () => listed((row) => row.initials),
    offices: () => listed((row) => row.offices),
    candidates: () => listed(candidatesOf),
    nameWords: () => listed((row) => row.nameWords),
    // In the rows' order, as `jointNames` reads them.
    joined: () => listed((_, at) => coordinatedMembers(actors[at]!.name) ?? [], actors.keys()),
  };
  return { keys, order, shelf: (name) => shelves[name]() };
}

/**
 * The key a statement's channel is found by, when the channel is named as such (a news agency, a medium: "KCNA"), not
 * by a channel noun ("comunicado", "letter"); undefined otherwise.
 */
export function channelKey(statement: Statement): string | undefined {
  return statement.via && /^\p{Lu}/u.test(statement.via) ? compact(nameKey(statement.via)) : undefined;
}

function newEntry(actor: Actor): Entry {
  const name = nameKey(actor.name);
  const keys = [...new Set([name, ...actor.aliases.map(nameKey)].filter(Boolean))];
  const parts = keys.map(partsOfKey);
  const words = [...new Set([...parts.flatMap((part) => part.words), ...[actor.name, ...actor.aliases].flatMap(shortAcronyms)])];
  const compactKeys = [...new Set(parts.map((part) => part.compact))];
  const initials = [...new Set([...parts.flatMap((part) => part.initials), ...[actor.name, ...actor.aliases].map(capitalInitials).filter(Boolean)])];
  const offices = [...new Set(keys.flatMap((key) => officeOf(key) ?? []))];
  return { actor, keys, words, nameWords: name.split(' '), compactKeys, initials, offices };
}

/** Acronyms of two capitals a written name or alias holds ("portavoz de Vivienda del PP" → "pp"): words too short for `partsOfKey`, but no filler. */
function shortAcronyms(written: string): string[] {
  return (written.match(/(?<![\p{L}\p{N}])\p{Lu}{2}(?![\p{L}\p{N}])/gu) ?? []).map(nameKey);
}

/**
 * A name or alias key's words that can identify the actor alone, the key without spaces, and the acronyms it
 * spells: remembered, as an update makes the rows it touches again with most of their aliases as before (the most
 * quoted have hundreds).
 */
const partsOfKey = remembered((key: string) => ({
  words: key.split(' ').filter((word) => word.length >= 3 && !FILLER_WORDS.has(word)),
  compact: compact(key),
  initials: [initialsOf(key), ...complementInitials(key), ...translatedInitials(key)].filter(Boolean),
}));

/**
 * The book's order of entries: its rows' order in `QuoteData.actors` (most statements first, then by name), made
 * total for names the collator finds equal. Every list of entries a lookup reads keeps it, so a book kept across
 * versions of the archive and one made from nothing list the same actors in the same order.
 */
function inBookOrder(a: Entry, b: Entry): number {
  return inActorOrder(a.actor, b.actor);
}

/** `inBookOrder` of two actors' entries. */
function inActorOrder(a: Actor, b: Actor): number {
  return byStatements(a, b) || byCodeUnits(a.name, b.name);
}

/** Strings, each with the entries it belongs to: a given name or a role word is many speakers', and compared once. */
type Bucket = Map<string, Entry[]>;
/** Strings of one length: all of them, and by first character. */
interface LengthBucket {
  all: Bucket;
  byInitial: Map<string, Bucket>;
}
/**
 * Strings by length: a close spelling is looked for only among strings of a length within reach, and, when it must
 * begin with the typed word's letter, only among those (`fewestEdits`).
 */
type Buckets = Map<number, LengthBucket>;

/** `strings` of `entry` put in `buckets` by length and first character. */
function addByLength(buckets: Buckets, entry: Entry, strings: readonly string[]): void {
  const add = (bucket: Bucket, text: string) => {
    const entries = bucket.get(text);
    if (entries) entries.push(entry);
    else bucket.set(text, [entry]);
  };
  // An entry's key may be one of its words as well ("putin"): listed once.
  for (const text of new Set(strings)) {
    let bucket = buckets.get(text.length);
    if (!bucket) buckets.set(text.length, (bucket = { all: new Map(), byInitial: new Map() }));
    let initial = bucket.byInitial.get(text.charAt(0));
    if (!initial) bucket.byInitial.set(text.charAt(0), (initial = new Map()));
    add(bucket.all, text);
    add(initial, text);
  }
}

function removeByLength(buckets: Buckets, entry: Entry, strings: readonly string[]): void {
  const remove = (bucket: Bucket, text: string) => {
    const entries = bucket.get(text);
    const at = entries?.indexOf(entry) ?? -1;
    if (at < 0) return;
    entries!.splice(at, 1);
    if (entries!.length === 0) bucket.delete(text);
  };
  for (const text of strings) {
    const bucket = buckets.get(text.length);
    if (!bucket) continue;
    const initial = bucket.byInitial.get(text.charAt(0));
    if (initial) {
      remove(initial, text);
      if (initial.size === 0) bucket.byInitial.delete(text.charAt(0));
    }
    remove(bucket.all, text);
    if (bucket.all.size === 0) buckets.delete(text.length);
  }
}

/**
 * Strings by length, each with the entries it is listed under: a built book's `Buckets`, or a restored book's saved
 * shelf in its length order (`savedByLength`).
 */
interface ByLength {
  /** The strings of this length; only those that begin with `initial` when it is given. */
  strings(length: number, initial: string | undefined): Iterable<string>;
  /** The entries one of those strings is listed under. */
  entries(text: string): readonly Entry[];
}

/** `buckets` read as `ByLength`. */
function bucketsByLength(buckets: Buckets): ByLength {
  return {
    strings: (length, initial) => {
      const bucket = buckets.get(length);
      return ((initial === undefined ? bucket?.all : bucket?.byInitial.get(initial)) ?? new Map<string, Entry[]>()).keys();
    },
    entries: (text) => buckets.get(text.length)!.all.get(text)!,
  };
}

/**
 * Each entry's fewest edits from `word` to one of its strings in `byLength` of a length within `limit`
 * of the word's (and, when `initial` is given, beginning with it), when that is within `limit` and within
 * `limitOf(length)` for a string of that length.
 */
function fewestEdits(byLength: ByLength, word: string, limit: number, initial?: string, limitOf: (length: number) => number = () => limit): Map<Entry, number> {
  const fewest = new Map<Entry, number>();
  for (let length = word.length - limit; length <= word.length + limit; length++) {
    const within = Math.min(limit, limitOf(length));
    for (const text of byLength.strings(length, initial)) {
      const edits = editsApart(word, text, within);
      if (edits > within) continue;
      for (const entry of byLength.entries(text)) if (edits < (fewest.get(entry) ?? Infinity)) fewest.set(entry, edits);
    }
  }
  return fewest;
}

/**
 * Distinct strings of some entries in code-unit order, read by position, with the entries that have each: the strings a
 * prefix begins are one run of them. A built book sorts them (`sortStrings`); a restored one reads its saved shelf.
 */
interface SortedStrings {
  size: number;
  stringAt(at: number): string;
  entriesAt(at: number): readonly Entry[];
}

/** The distinct `stringsOf` each of `entries`, sorted (`SortedStrings`). */
function sortStrings(entries: Iterable<Entry>, stringsOf: (entry: Entry) => readonly string[]): SortedStrings {
  const byString = groupByEach(entries, stringsOf);
  const strings = [...byString.keys()].sort(byCodeUnits);
  return { size: strings.length, stringAt: (at) => strings[at]!, entriesAt: (at) => byString.get(strings[at]!)! };
}

/** The first position at or after `from` of a string that does not begin with `prefix`. */
function afterRun(strings: SortedStrings, prefix: string, from: number): number {
  return partitionIndex(from, strings.size, (at) => strings.stringAt(at).startsWith(prefix));
}

/** The first position of a string not before `key` in code-unit order. */
function firstFrom(strings: Pick<SortedStrings, 'size' | 'stringAt'>, key: string): number {
  return partitionIndex(0, strings.size, (at) => strings.stringAt(at) < key);
}

/** The entries with a string that `prefix` begins (when `longer`, and is shorter than). */
function withPrefix(strings: SortedStrings, prefix: string, longer: boolean): Set<Entry> {
  const found = new Set<Entry>();
  for (let at = firstFrom(strings, prefix); at < strings.size && strings.stringAt(at).startsWith(prefix); at++) {
    if (!longer || strings.stringAt(at).length > prefix.length) for (const entry of strings.entriesAt(at)) found.add(entry);
  }
  return found;
}

/**
 * Each entry's fewest Levenshtein edits from `key` to the beginning of one of its strings as long as `key` (the whole
 * string when shorter), when that is within `limit`: `distance(key, text.slice(0, key.length))` for every string, by one
 * walk of the sorted strings as a trie. Strings that share a beginning share the rows of the edit table for it, and a
 * beginning whose row is all over `limit` leaves out every string it begins (Oflazer's error-tolerant trie search).
 */
function closeBeginnings(strings: SortedStrings, key: string, limit: number): Map<Entry, number> {
  const fewest = new Map<Entry, number>();
  const note = (at: number, edits: number) => {
    for (const entry of strings.entriesAt(at)) if (edits < (fewest.get(entry) ?? Infinity)) fewest.set(entry, edits);
  };
  // rows[d][j]: edits between the first j letters of the key and the first d of the string last walked.
  const rows = [Array.from({ length: key.length + 1 }, (_, j) => j)];
  let previous = '';
  let at = 0;
  while (at < strings.size) {
    const text = strings.stringAt(at);
    const end = Math.min(key.length, text.length);
    let depth = 0;
    while (depth < Math.min(end, rows.length - 1) && text.charCodeAt(depth) === previous.charCodeAt(depth)) depth++;
    rows.length = depth + 1;
    previous = text;
    let reachable = true;
    while (depth < end && reachable) {
      const last = rows[depth]!;
      const code = text.charCodeAt(depth);
      const row = [depth + 1];
      let least = depth + 1;
      for (let j = 1; j <= key.length; j++) {
        const edits = Math.min(last[j]! + 1, row[j - 1]! + 1, last[j - 1]! + (key.charCodeAt(j - 1) === code ? 0 : 1));
        row.push(edits);
        if (edits < least) least = edits;
      }
      rows.push(row);
      depth++;
      reachable = least <= limit;
    }
    if (!reachable) {
      at = afterRun(strings, text.slice(0, depth), at + 1);
      continue;
    }
    const edits = rows[end]![key.length]!;
    // Every string that begins with this one's first `key.length` letters has the same beginning, hence the same edits.
    const next = end === key.length ? afterRun(strings, text.slice(0, end), at + 1) : at + 1;
    if (edits <= limit) for (let each = at; each < next; each++) note(each, edits);
    at = next;
  }
  return fewest;
}

/** The strings of an entry a misspelt key is compared with: its keys and words. */
const candidatesOf = (entry: ActorKeys) => [...entry.keys, ...entry.words];
/** The words of a name a misspelt word of an unknown query is compared with. */
const fuzzyNameWords = (entry: Entry) => entry.nameWords.filter((known) => known.length >= MIN_FUZZY_CHARS);

/**
 * A book's lookup tables: each row's entry, entries by name, lists of entries (in book order) by compact key, word
 * and initials, and, once a close spelling was looked for, strings by length. The book made for the next version
 * of the archive takes them over and changes only the entries of the rows that went or came: a merge after an
 * update gives back the same row for every actor it did not touch (quotes/actors.ts), so the first /quote after an
 * update indexes a few actors, not every one (that was most of its time: issue 17).
 */
interface Shelves {
  entries: Map<Actor, Entry>;
  byName: Map<string, Entry>;
  byCompactKey: Map<string, Entry[]>;
  byWord: Map<string, Entry[]>;
  byInitials: Map<string, Entry[]>;
  byOffice: Map<string, Entry[]>;
  candidatesByLength?: Buckets;
  nameWordsByLength?: Buckets;
}

/** Shelves of `entries`, given in book order (lists are made by appending). */
function newShelves(entries: readonly Entry[]): Shelves {
  return {
    entries: new Map(entries.map((entry) => [entry.actor, entry])),
    byName: new Map(entries.map((entry) => [entry.actor.name, entry])),
    byCompactKey: groupByEach(entries, (entry) => entry.compactKeys),
    byWord: groupByEach(entries, (entry) => entry.words),
    byInitials: groupByEach(entries, (entry) => entry.initials),
    byOffice: groupByEach(entries, (entry) => entry.offices),
  };
}

/** Entries listed under strings, read only: a built book's map, or a restored book's saved shelf (`savedLookups`). */
interface Shelf<T> {
  get(key: string): T | undefined;
  has(key: string): boolean;
}

/**
 * What a book's look-ups read: its built `Shelves` (`builtLookups`), or a restored library's saved shelves
 * (`savedLookups`), read by binary search, an entry made only for a row a look-up reaches.
 */
interface Lookups {
  byName: Shelf<Entry>;
  byCompactKey: Shelf<readonly Entry[]>;
  byWord: Shelf<readonly Entry[]>;
  byInitials: Shelf<readonly Entry[]>;
  byOffice: Shelf<readonly Entry[]>;
  /** Keys and words (`candidatesOf`) by length: what a misspelt key is compared with. */
  candidatesByLength(): ByLength;
  /** Name words of `MIN_FUZZY_CHARS` or more (`fuzzyNameWords`) by length: what a misspelt word of an unknown query is compared with. */
  nameWordsByLength(): ByLength;
  /** Name words in code-unit order: the speakers with a word a prefix begins are one run of them. */
  nameWordIndex(): SortedStrings;
  /** Keys and words (`candidatesOf`) in code-unit order: a typed beginning's names are one run of them. */
  candidateIndex(): SortedStrings;
  /** The entry at this place in book order (0 ≤ `at` < the number of rows). */
  inOrder(at: number): Entry;
  /** The joint speakers' names ("Peter Vance and Maria Lund") that join someone of this key (`coordinatedMembers`), in the rows' order. */
  joining(key: string): readonly string[];
}

/**
 * Look-ups that read `shelves`, made for `actors` (`ordered`: their entries in book order, when made already). The
 * strings by length are made when first wanted and kept with the shelves; the sorted strings and the order with this book.
 */
function builtLookups(shelves: Shelves, actors: readonly Actor[], ordered?: Entry[]): Lookups {
  const byLength = (strings: (entry: Entry) => readonly string[]) => {
    const buckets: Buckets = new Map();
    for (const entry of shelves.entries.values()) addByLength(buckets, entry, strings(entry));
    return buckets;
  };
  let nameWordIndex: SortedStrings | undefined;
  let candidateIndex: SortedStrings | undefined;
  let joint: Map<string, string[]> | undefined;
  const jointNames = () => {
    if (joint) return joint;
    joint = new Map();
    for (const { name } of actors) for (const member of coordinatedMembers(name) ?? []) joint.set(member, [...(joint.get(member) ?? []), name]);
    return joint;
  };
  return {
    byName: shelves.byName,
    byCompactKey: shelves.byCompactKey,
    byWord: shelves.byWord,
    byInitials: shelves.byInitials,
    byOffice: shelves.byOffice,
    candidatesByLength: () => bucketsByLength((shelves.candidatesByLength ??= byLength(candidatesOf))),
    nameWordsByLength: () => bucketsByLength((shelves.nameWordsByLength ??= byLength(fuzzyNameWords))),
    nameWordIndex: () => (nameWordIndex ??= sortStrings(shelves.entries.values(), (entry) => entry.nameWords)),
    candidateIndex: () => (candidateIndex ??= sortStrings(shelves.entries.values(), candidatesOf)),
    inOrder: (at) => (ordered ??= actors.map((actor) => shelves.entries.get(actor)!).sort(inBookOrder))[at]!,
    joining: (key) => jointNames().get(key) ?? [],
  };
}

/**
 * Look-ups that read a restored library's saved shelves of `actors` (quotes/types.ts `SavedQuoteTables`): a string is
 * found by binary search, and a row's entry is made from its saved keys when a look-up first reaches it (making every
 * entry and shelving them was most of a restart's first answer about what someone said: docs/BENCHMARKS.md, stop 56).
 */
function savedLookups(saved: SavedQuoteTables, actors: readonly Actor[]): Lookups {
  const entryAt = (row: number): Entry => {
    const actor = actors[row]!;
    let entry = entries.get(actor);
    if (!entry) entries.set(actor, (entry = { ...saved.actorKeysAt(row), actor }));
    return entry;
  };
  const listed = (shelf: SavedShelf, at: number): Entry[] => Array.from(shelf.rowsAt(at), entryAt);
  const placeOf = (shelf: SavedShelf, key: string): number | undefined => {
    const at = firstFrom(shelf, key);
    return at < shelf.size && shelf.stringAt(at) === key ? at : undefined;
  };
  const lists = (shelf: SavedShelf): Shelf<readonly Entry[]> => ({
    get: (key) => {
      const at = placeOf(shelf, key);
      return at === undefined ? undefined : listed(shelf, at);
    },
    has: (key) => placeOf(shelf, key) !== undefined,
  });
  const sorted = (shelf: SavedShelf): SortedStrings => ({ size: shelf.size, stringAt: (at) => shelf.stringAt(at), entriesAt: (at) => listed(shelf, at) });
  const { names, compactKeys, words, initials, offices, candidates, nameWords, joined } = saved.shelves;
  const byName = lists(names);
  return {
    // A name is one row's; were it two, the last in book order, as a map made in that order keeps it.
    byName: { get: (name) => byName.get(name)?.at(-1), has: (name) => byName.has(name) },
    byCompactKey: lists(compactKeys),
    byWord: lists(words),
    byInitials: lists(initials),
    byOffice: lists(offices),
    candidatesByLength: () => savedByLength(candidates, 0, lists(candidates)),
    nameWordsByLength: () => savedByLength(nameWords, MIN_FUZZY_CHARS, lists(nameWords)),
    nameWordIndex: () => sorted(nameWords),
    candidateIndex: () => sorted(candidates),
    inOrder: (at) => entryAt(saved.order[at]!),
    joining: (key) => {
      const at = placeOf(joined, key);
      return at === undefined ? [] : Array.from(joined.rowsAt(at), (row) => actors[row]!.name);
    },
  };
}

/** A saved shelf's strings of `shortest` code units or more by length, in its length order (`SavedShelf.byLength`), their entries from `lists`. */
function savedByLength(shelf: SavedShelf, shortest: number, lists: Shelf<readonly Entry[]>): ByLength {
  const textAt = (n: number) => shelf.stringAt(shelf.byLength[n]!);
  return {
    *strings(length, initial) {
      if (length < shortest) return;
      let from = partitionIndex(0, shelf.byLength.length, (n) => textAt(n).length < length);
      let to = partitionIndex(from, shelf.byLength.length, (n) => textAt(n).length <= length);
      // Within a length the strings are in code-unit order: those of one first code unit are a run.
      if (initial !== undefined) {
        from = partitionIndex(from, to, (n) => textAt(n).charAt(0) < initial);
        to = partitionIndex(from, to, (n) => textAt(n).charAt(0) <= initial);
      }
      for (let n = from; n < to; n++) yield textAt(n);
    },
    entries: (text) => lists.get(text)!,
  };
}

/** Each list of entries on the shelves with the keys `entry` is listed under there (each key once: `newEntry`). */
function listingsOf(shelves: Shelves, entry: Entry): Array<[Map<string, Entry[]>, string[]]> {
  return [
    [shelves.byCompactKey, entry.compactKeys],
    [shelves.byWord, entry.words],
    [shelves.byInitials, entry.initials],
    [shelves.byOffice, entry.offices],
  ];
}

/**
 * Rows changed one by one on the shelves when they are at most this share of them (each goes in or out of lists
 * that may be long); more (a restored library's first update, whose merge makes every row anew) are shelved anew.
 */
const RESTOCKED_ROWS_SHARE = 1 / 16;

/**
 * The shelves changed to hold the rows of `actors` and no others, the entries of rows that went taken off and those
 * of rows that came put on; false, and the shelves left as they were, when too many rows changed for that.
 */
function restock(shelves: Shelves, actors: readonly Actor[]): boolean {
  const now = new Set(actors);
  const went = [...shelves.entries.values()].filter((entry) => !now.has(entry.actor));
  const came = actors.filter((actor) => !shelves.entries.has(actor));
  if (went.length + came.length > RESTOCKED_ROWS_SHARE * actors.length) return false;
  for (const entry of went) takeOff(shelves, entry);
  for (const actor of came) putOn(shelves, entryOf(actor));
  return true;
}

function takeOff(shelves: Shelves, entry: Entry): void {
  shelves.entries.delete(entry.actor);
  shelves.byName.delete(entry.actor.name);
  for (const [lists, keys] of listingsOf(shelves, entry)) {
    for (const key of keys) {
      const list = lists.get(key)!;
      list.splice(list.indexOf(entry), 1);
      if (list.length === 0) lists.delete(key);
    }
  }
  if (shelves.candidatesByLength) removeByLength(shelves.candidatesByLength, entry, candidatesOf(entry));
  if (shelves.nameWordsByLength) removeByLength(shelves.nameWordsByLength, entry, fuzzyNameWords(entry));
}

function putOn(shelves: Shelves, entry: Entry): void {
  shelves.entries.set(entry.actor, entry);
  shelves.byName.set(entry.actor.name, entry);
  for (const [lists, keys] of listingsOf(shelves, entry)) {
    for (const key of keys) {
      const list = lists.get(key);
      if (list) list.splice(lowerBound(list, entry, inBookOrder), 0, entry);
      else lists.set(key, [entry]);
    }
  }
  if (shelves.candidatesByLength) addByLength(shelves.candidatesByLength, entry, candidatesOf(entry));
  if (shelves.nameWordsByLength) addByLength(shelves.nameWordsByLength, entry, fuzzyNameWords(entry));
}


const compact = (key: string) => key.replace(/ /g, '');

/**
 * Initials of the bodies a name ends with as its complement, when they have three significant words or more: "relatoria
 * especial para la libertad de expresion de la comision interamericana de derechos humanos" → "cidh" (and "lecidh"), so
 * that the acronym the articles give the body finds the office named after it. Shorter complements ("de estado") spell
 * no acronym anyone types.
 */
function complementInitials(key: string): string[] {
  const words = key.split(' ');
  return words.flatMap((word, at) => {
    if (at === 0 || !(word === 'de' || word === 'del' || word === 'of')) return [];
    const complement = words.slice(at + 1).filter((each) => !FILLER_WORDS.has(each));
    return complement.length >= 3 ? [complement.map((each) => each[0]).join('')] : [];
  });
}

/** Initials of a name key's significant words ("organizacion de las naciones unidas" → "onu"); '' for one word. */
export function initialsOf(key: string): string {
  const words = key.split(' ').filter((word) => word && !FILLER_WORDS.has(word));
  return words.length >= 2 ? words.map((word) => word[0]).join('') : '';
}

/**
 * Initials of the words a proper name writes with a capital ("Asociación de Periodistas de El Salvador" → "apes"): an
 * acronym keeps the article that belongs to a proper name inside it ("El Salvador"), which `initialsOf` leaves out as
 * a filler. '' for a form that does not begin with a capital (a description: "presidente de la Asamblea") or has fewer
 * than two such words.
 */
function capitalInitials(written: string): string {
  const capitalised = written.split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word));
  return /^\p{Lu}/u.test(written) && capitalised.length >= 2 ? nameKey(capitalised.map((word) => word[0]).join('')) : '';
}

/**
 * The initials a query written as an acronym stands for: "ONU", "O.N.U." → "onu"; Spanish doubles a letter
 * for each plural word, so "EEUU", "EE.UU.", "EE UU" → "eu" (Estados Unidos). Empty when it is no acronym.
 */
function acronymInitials(query: string): string[] {
  const letters = query.replace(/[.\s]/g, '');
  if (!/^\p{Lu}{2,8}$/u.test(letters)) return [];
  const key = nameKey(letters).replace(/ /g, '');
  const pairs = key.match(/(.)\1/g);
  // One doubled letter is no plural abbreviation of one word ("PP" is a party's two initials, not a plural "P").
  const collapsed = pairs && pairs.length >= 2 && pairs.length * 2 === key.length ? pairs.map((pair) => pair[0]).join('') : undefined;
  return collapsed ? [collapsed, key] : [key];
}


/** The words of a key that can identify someone: "de Vries" → "vries"; the key's words when all are fillers. */
function significantWords(key: string): string[] {
  const words = key.split(' ');
  const significant = words.filter((word) => !FILLER_WORDS.has(word));
  return significant.length ? significant : words;
}

/**
 * Whether a key's titles stand right before a name ("president putin", "el presidente Putin"), or are a spokesperson's
 * before whom they speak for ("un portavoz de la organización": the body is the speaker): only then may a title the
 * articles do not give be left out. Titles after the other words ("Moravian president", "Codelco chief executive") or
 * another title's complement ("chief executive of Codelco") name whoever holds the office the words describe, never them.
 */
function titlesLead(key: string): boolean {
  const words = key.split(' ').filter((word) => !ARTICLES.has(word));
  const first = words.findIndex((word) => !TITLE_NOUNS.has(word));
  const speaksFor = words.slice(0, first).every((word) => SPOKESPERSON_NOUNS.has(word));
  return first > 0 && words.slice(first).every((word) => !TITLE_NOUNS.has(word) && (speaksFor || !PREPOSITIONS.has(word)));
}

/**
 * A key that puts an office after what the office belongs to ("codelco chief executive", "georgian president") with the
 * office first and that after it, as "of" and "de" complements ("chief executive of codelco", "president de georgia"), each
 * with what it belongs to (`owner`); a single word is also read as an adjective of nationality ("president of georgia" for
 * "georgian"). None for any other key.
 */
function officeFirst(key: string): Array<{ form: string; owner: string }> {
  const words = key.split(' ').filter((word) => !ARTICLES.has(word));
  let at = words.length;
  while (at > 0 && TITLE_NOUNS.has(words[at - 1]!)) at--;
  const owner = words.slice(0, at);
  // A role held for someone else ("Anna Berg spokesman") is another person's, whom "spokesman of Anna Berg" would read as her.
  if (at === 0 || at === words.length || owner.some((word) => TITLE_NOUNS.has(word) || PREPOSITIONS.has(word)) || words.slice(at).some((word) => ROLES_FOR_ANOTHER.has(word))) return [];
  const office = words.slice(at).join(' ');
  const country = owner.length === 1 ? countryOfDemonym(owner[0]!) : undefined;
  return [owner.join(' '), ...(country ? [country] : [])].flatMap((complement) => [`${office} of ${complement}`, `${office} de ${complement}`].map((form) => ({ form, owner: complement })));
}

/** Whether a query's word is a name's word, or its initial ("v" for "vladimir"). */
function sameWord(word: string, known: string): boolean {
  return word === known || (word.length === 1 && known.startsWith(word));
}

/**
 * `localeCompare`'s collation (the same comparison: ECMA-402 defines `localeCompare` through a collator
 * with the default locale and options), without making or looking up a collator at each call.
 */
const COLLATOR = new Intl.Collator();

/** Newest first, then by article and position: the order /quote lists statements in. */
function byRecency(a: Statement, b: Statement): number {
  return COLLATOR.compare(b.date ?? '', a.date ?? '') || COLLATOR.compare(a.articleId, b.articleId) || a.start - b.start;
}

/** What a book holds that the next may take over: its built shelves (none for a book that reads saved ones). */
interface Held {
  shelves: Shelves | undefined;
}

/** Each book's shelves, until the book of a newer version takes them over (`createQuoteBook`'s `previous`). */
const shelvesOf = new WeakMap<QuoteBook, Held>();

/**
 * The quote book of `data`. With `previous`, the book of an earlier version of the same archive, its lookup
 * tables are taken over and only the entries of the rows that changed are redone (the answers are the same
 * as a book made from nothing); `previous` answers no more afterwards. Throws if `previous` was taken over already.
 */
export function createQuoteBook(data: QuoteData, previous?: QuoteBook): QuoteBook {
  const taken = previous && shelvesOf.get(previous);
  if (previous && !taken) throw new Error('this quote book was already followed by another');
  if (previous) shelvesOf.delete(previous);
  // A restored library's saved tables: its rows' keys and shelves are read as saved, and a speaker's or channel's
  // statements found without reading every statement (a restart's first look-up did all three: seconds at 100,000 articles,
  // docs/BENCHMARKS.md).
  const saved = data.saved?.();
  const held: Held = { shelves: undefined };
  let shelves: Lookups;
  if (taken?.shelves && restock(taken.shelves, data.actors)) shelves = builtLookups((held.shelves = taken.shelves), data.actors);
  else if (saved) shelves = savedLookups(saved, data.actors);
  else {
    // `data.actors` are in book order but for names the collator finds equal: sorting them again costs a pass.
    const ordered = data.actors.map(entryOf).sort(inBookOrder);
    shelves = builtLookups((held.shelves = newShelves(ordered)), data.actors, ordered);
  }
  const { byCompactKey, byWord, byInitials } = shelves;
  /** The shelves are still this book's (a newer version's book did not take them over). */
  const inUse = () => {
    if (shelvesOf.get(book) !== held) throw new Error('this quote book was followed by a newer one');
  };
  // An actor's statements are found when the actor is first looked up (`inOrder` keeps them), not grouped for every
  // actor at each version; channels in a plain pass at the first look-up of one (a set of keys per statement was most of making the book).
  let channels: Map<string, Statement[]> | undefined;
  /** The statements the channel of this key carries, undefined for none. */
  const carriedBy = (key: string): readonly Statement[] | undefined => {
    if (saved) {
      const carried = saved.carriedBy(key);
      return carried.length > 0 ? carried : undefined;
    }
    channels ??= groupBy(data.statements.filter((statement) => channelKey(statement) !== undefined), (statement) => channelKey(statement)!);
    return channels.get(key);
  };
  /** The statements whose speaker is one of `names`, in the statement list's order. */
  const spokenBy = (names: ReadonlySet<string>): readonly Statement[] =>
    saved ? saved.bySpeaker(names) : data.statements.filter((statement) => statement.speaker !== null && names.has(statement.speaker));

  /**
   * The speakers with a name word that `prefix` begins (and is shorter than): one run of the sorted name words, found
   * without reading every speaker (a scan of the 27,600 speakers at 100,000 articles cost each unknown word 5 ms).
   */
  const beginningWith = (prefix: string): Set<Entry> => withPrefix(shelves.nameWordIndex(), prefix, true);
  /** Each entry's place in book order, for sorting a prefix's thousands of entries by a number rather than by name. */
  let places: Map<Entry, number> | undefined;
  const byPlace = (a: Entry, b: Entry) => {
    places ??= new Map(data.actors.map((_, at) => [shelves.inOrder(at), at]));
    return places.get(a)! - places.get(b)!;
  };
  /** The most quoted names, in book order; a bare role ("Former mayor") or a common noun ("Empresa") names nobody to look up. */
  const mostQuotedNames = (count: number) => {
    const names: string[] = [];
    for (let at = 0; at < data.actors.length && names.length < count; at++) {
      const { actor } = shelves.inOrder(at);
      if (!isBareRole(actor.name) && !isNoName(actor.name)) names.push(actor.name);
    }
    return names;
  };

  /**
   * Each actor's fewest edits from `key` to one of its keys or words, when that is within `limit`. A
   * one-word key is compared only with words that begin with its letter: a misspelling rarely changes
   * the first letter, and without that condition "rusia" is as close to "Lucía" as to "ruso" (Lucene's
   * FuzzyQuery `prefixLength` 1, for the same reason); a longer key has letters enough to go by
   * ("Wladimir Putin"). Strings whose lengths differ by more than `limit` are more than `limit` edits
   * apart: not compared. A shorter string allows only the edits its own length does: two edits make any four-letter
   * name of many five-letter words ("Sosa" of "SOBSE", "Rosa" of "Rusia"), which are no typos of it.
   */
  const closeTo = (key: string, limit: number): Array<{ entry: Entry; edits: number }> => {
    const oneWord = !key.includes(' ');
    const fewest = fewestEdits(shelves.candidatesByLength(), key, limit, oneWord ? key.charAt(0) : undefined, toleranceOf);
    return [...fewest].sort((a, b) => inBookOrder(a[0], b[0])).map(([entry, edits]) => ({ entry, edits }));
  };

  /** Actors with every one of `words` among their words (an initial, "v", stands for any word it begins), from the actors of the rarest word. */
  const withAllWords = (words: string[]): Entry[] => {
    if (words.length === 0) return [];
    const wholeWords = words.filter((word) => word.length > 1);
    const wordLists = (wholeWords.length ? wholeWords : words).map((word) => byWord.get(word) ?? []);
    const rarest = wordLists.reduce((shortest, list) => (list.length < shortest.length ? list : shortest));
    return rarest.filter((entry) => words.every((word) => entry.words.some((known) => sameWord(word, known))));
  };
  /** Whether the actor's name (not only how they are described) has every one of `words`. */
  const namedBy = (words: string[]) => (entry: Entry) => words.every((word) => entry.nameWords.some((known) => sameWord(word, known)));

  /**
   * Actors named, by a whole name or alias of theirs, inside a key that also describes them: a description before the name ("el periodista César Fagoaga",
   * "New York City Mayor Bill de Blasio") or a complement after it ("Departamento de Estado de Estados Unidos"), the
   * longest name first; or both ("Sen. Elizabeth Warren of Massachusetts"). A name right after a preposition is itself
   * a complement ("el presidente de la Asamblea" is not the Asamblea), and a complement begins with one.
   */
  const namedInside = (words: string[]): Entry[] => {
    const afterPreposition = (at: number) => {
      let before = at - 1;
      while (before >= 0 && ARTICLES.has(words[before]!)) before--;
      return before >= 0 && PREPOSITIONS.has(words[before]!);
    };
    // A surname after another word that is no description (a role, a title, a profession: "el periodista César
    // Fagoaga", "Mayor de Blasio", "el antropólogo Martínez") is part of another name: the speaker's only if the query
    // has all of the speaker's name ("Joe Biden" for a "Biden" the articles name no further), never when it gives
    // another given name ("Tony Hernández" is not Juan Orlando Hernández).
    const afterDescription = (at: number) => {
      let before = at - 1;
      while (before >= 0 && (ARTICLES.has(words[before]!) || PORTUGUESE_ARTICLES.has(words[before]!))) before--;
      return before < 0 || isRoleWord(words[before]!) || isTitleNoun(words[before]!) || PROFESSION.test(words[before]!);
    };
    const anotherGivenName = (entry: Entry, part: string[]) => {
      const rest = entry.nameWords.length - part.length;
      return rest > 0 && part.every((word, at) => entry.nameWords[rest + at] === word) && !entry.nameWords.every((word) => words.includes(word));
    };
    const starts = [...words.keys()].filter((at) => at === 0 || (!afterPreposition(at) && !FILLER_WORDS.has(words[at]!)));
    const ends = [...words.keys(), words.length].filter((at) => at === words.length || (at > 0 && (PREPOSITIONS.has(words[at]!) || isMediumKind(words.slice(at)))));
    const parts = starts.flatMap((from) => ends.filter((to) => to > from && to - from < words.length).map((to) => ({ part: words.slice(from, to), from })));
    for (const { part, from } of parts.sort((a, b) => b.part.length - a.part.length)) {
      // A body's common noun alone ("sindicato", "the union") is how an article refers back to the one it named; in a
      // longer query the rest says which body ("Sindicato de Inquilinas" is not the union an article calls "el sindicato").
      if (part.every((word) => FILLER_WORDS.has(word) || BODY_NOUNS.has(word) || INSTITUTION_NOUNS.has(word))) continue;
      // A role alone names its holder only for the same portfolio and country: "education secretary" is not the
      // "secretary" of transport, "presidente de Honduras" not the "presidente ruso". Any other word the query adds
      // must describe the holder too: "the Austrian chancellor" is not the "German Chancellor", whatever list knows
      // (or does not know) the adjective.
      const roleOnly = part.every((word) => FILLER_WORDS.has(word) || isRoleWord(word));
      const rest = words.filter((word) => !part.includes(word));
      const countries = roleOnly ? countriesNamedIn(rest) : [];
      const countryWords = new Set(countries.flat().flatMap((naming) => naming.split(' ')));
      // The words that modify the role itself, up to a preposition either side ("Austrian" in "the Austrian chancellor",
      // "austriaco" in "el canciller austriaco"); a complement ("por Florida", "de la Escuela…") may say what the article
      // wrote elsewhere, and a determiner or adverb ("her", "también") describes nobody.
      const untilPreposition = (side: string[]) => side.slice(0, [...side, 'of'].findIndex((word) => PREPOSITIONS.has(word)));
      const modifiers = [...untilPreposition(words.slice(0, from).reverse()), ...untilPreposition(words.slice(from + part.length))];
      const otherPortfolio = (entry: Entry) =>
        roleOnly && (rest.some((word) => portfolioOf(word) !== undefined && !entry.words.some((known) => portfolioOf(known) === portfolioOf(word))) || countries.some((namings) => !namings.some((naming) => naming.split(' ').every((word) => entry.words.includes(word)))));
      const unexplained = (entry: Entry) =>
        roleOnly && modifiers.some((word) => !FILLER_WORDS.has(word) && !DETERMINERS.has(word) && !SKIPPABLE.has(word) && !countryWords.has(word) && portfolioOf(word) === undefined && !entry.words.some((known) => sameWord(word, known)));
      // What the office belongs to ("of Andesal", "de Codelco"), when the articles name it for other speakers only, says
      // the holder is another's: the "chief executive" of one company is not that of another the book knows.
      const after = words.slice(from + part.length);
      const belongsTo = PREPOSITIONS.has(after[0] ?? '') ? after.filter((word) => !FILLER_WORDS.has(word) && !PREPOSITIONS.has(word) && !BODY_NOUNS.has(word) && !INSTITUTION_NOUNS.has(word) && byWord.has(word)) : [];
      const elsewhere = (entry: Entry) => roleOnly && belongsTo.some((word) => !entry.words.includes(word));
      const found = (byCompactKey.get(compact(part.join(' '))) ?? []).filter((entry) => (from === 0 || afterDescription(from) || !anotherGivenName(entry, part)) && !otherPortfolio(entry) && !unexplained(entry) && !elsewhere(entry));
      if (found.length > 0) return found;
    }
    return [];
  };

  /**
   * A role with what it belongs to ("secretario general del Simeva", "la portavoz de la Federación de Estibadores"), when
   * no speaker is described by all of it: the one speaker the articles give the role alone ("Su secretario general, Alberto
   * Carballal,", a possessive for the body named before) who speaks in an article where the owner speaks too. Empty when
   * the key is no role and complement, the owner is no speaker, or not exactly one holder speaks beside it.
   */
  const holderOfOwnedRole = (key: string): Entry[] => {
    const words = key.split(' ').filter((word) => !ARTICLES.has(word));
    const link = words.findIndex((word) => HEAD_LINKS.has(word));
    const role = words.slice(0, link);
    if (link < 1 || link === words.length - 1 || !isRoleWord(role[0]!)) return [];
    const holders = (byCompactKey.get(compact(role.join(' '))) ?? []).filter((entry) => !isBareRole(entry.actor.name));
    if (holders.length === 0) return [];
    // The owner as a speaker, else as a name the articles write without quoting it ("La Federación de Estibadores
    // (Fedest) convocó una huelga").
    const ownerKey = words.slice(link + 1).join(' ');
    const owner = lookupAsWritten(ownerKey, true);
    const named = owner.actor === null ? unquotedWith(significantWords(ownerKey)[0]!).filter((entry) => entry.written.has(ownerKey)) : [];
    const ownerArticles = new Set([...owner.statements.map((statement) => statement.articleId), ...named.flatMap((entry) => entry.articles)]);
    if (ownerArticles.size === 0) return [];
    const beside = holders.filter((entry) => entry.actor.name !== owner.actor && lookupAsWritten(entry.actor.name, true).statements.some((statement) => ownerArticles.has(statement.articleId)));
    return beside.length === 1 ? beside : [];
  };

  /** How many look-ups `resolve` has under way to tell where a speaker sharing a one-word key spoke. */
  let sharingLookups = 0;
  /**
   * Actors the key names, from the surest kind of match to the loosest (the first kind that finds any wins),
   * and that kind: the whole key, an acronym, the other language's name, every word, a name inside the key, or (unless
   * `exact`) a close spelling.
   */
  const resolve = (key: string, query: string, exact: boolean): { found: readonly Entry[]; by: 'key' | 'acronym' | 'language' | 'words' | 'name' | 'spelling'; edits?: number } => {
    // "la firma", "the company", "el sindicato": a body's common noun, with its article or in lower case (a capitalised word
    // alone may be a surname: "Court"), is any body the articles call by a noun of its kind alone or whose name holds one
    // ("Cámara Nacional de Acuicultura"), never a person described with it ("el consejero delegado de la firma").
    const kindNouns = bodyKindOf(key) === undefined ? [] : [key.split(' ').at(-1)!, ...sameKindNouns(key)];
    // A person the articles call by the noun ("Company spokesperson" for "the firm") only when no body is.
    const kindFound = kindNouns.flatMap((noun) => [...(byCompactKey.get(noun) ?? []), ...(byWord.get(noun) ?? []).filter((entry) => nameHeadedBy(entry.nameWords, noun) && !entry.nameWords.some(isRoleWord))]);
    const bodies = kindFound.filter((entry) => !entry.nameWords.some(isRoleWord));
    const ofKind = bodies.length > 0 ? bodies : kindFound;
    if (ofKind.length && (key.includes(' ') || !/\p{Lu}/u.test(query))) return { found: [...new Set(ofKind)].sort(inBookOrder), by: 'key' };
    const sameKey = byCompactKey.get(compact(key));
    if (sameKey) {
      if (key.includes(' ')) return { found: sameKey, by: 'key' };
      // A word that is one speaker's surname and another's title or description ("King" for Gayle King and for "King
      // Charles"): the person it names, not the one it describes. A bare role ("Ministra") is no name, and a name in
      // the complement of a description is another person's ("Abogados del expresidente Hernández").
      const surnamed = (entry: Entry) => {
        const at = entry.nameWords.indexOf(key);
        return at > 0 && !isBareRole(entry.actor.name) && !(isDescriptionHead(entry.nameWords[0]!) && entry.nameWords.slice(1, at).some((word) => PREPOSITIONS.has(word)));
      };
      const named = sameKey.filter(surnamed);
      const own = named.length > 0 ? named : sameKey;
      // A surname one article used alone ("Pérez añadió") names its own person there, not every Pérez quoted elsewhere.
      // Another person of that surname, that is: not one whose description has the word ("el aliado de Bukele"), nor one
      // whose given name it is ("Scott Morrison" for the "Scott" an article calls Bernice Scott).
      // A noun for people ("officials") is nobody's surname: "Italian officials" is another group.
      // Nor one quoted only in articles that quote the surname's own person too, and so call that person alone by it
      // ("Martínez" for Juan Martínez where Óscar Martínez is always named in full).
      // Where an entry spoke is what its own look-up finds; a one-word name's look-up comes back here, so inside it no
      // sharing is sought (else "Greenpeace" beside a "Fundación Amigos de Greenpeace" looked itself up without end).
      const spokeIn = (entry: Entry) => {
        sharingLookups++;
        try {
          return lookupAsWritten(entry.actor.name, true).statements.map((statement) => statement.articleId);
        } finally {
          sharingLookups--;
        }
      };
      let ownArticles: Set<string> | undefined;
      const elsewhere = (entry: Entry) => spokeIn(entry).some((articleId) => !(ownArticles ??= new Set(own.flatMap(spokeIn))).has(articleId));
      const sharing = sharingLookups > 0 || GROUP_NOUNS.has(key) || isTitlePlural(key) ? [] : (byWord.get(key) ?? []).filter((entry) => !sameKey.includes(entry) && surnamed(entry) && elsewhere(entry));
      return sharing.length ? { found: [...own, ...sharing], by: 'words' } : { found: own, by: 'key' };
    }
    // A capitalised body noun alone that is nobody's surname ("Empresa" where the articles quote "Minera Andina" as "la firma").
    if (ofKind.length) return { found: [...new Set(ofKind)].sort(inBookOrder), by: 'key' };
    // An acronym for a name the articles spell out, then the same country or organisation in the other language.
    // Initials are a guess that the table of other names overrules: "EU" (the European Union in English) has
    // the initials of "Estados Unidos", whose row in that table does not hold it.
    const queryRow = sameActorKeys.get(key);
    const initialsFit = (entry: Entry, forms: string[]) =>
      entry.keys.every((entryKey) => {
        const row = sameActorKeys.get(entryKey);
        return row === undefined || row === queryRow || forms.some((form) => row.includes(form));
      });
    const byAcronym = (forms: string[]) => forms.flatMap((initials) => byInitials.get(initials) ?? []).filter((entry) => initialsFit(entry, forms));
    const expanded = byAcronym(acronymInitials(query.trim()));
    if (expanded.length) return { found: [...new Set(expanded)], by: 'acronym' };
    const translated = (queryRow ?? []).flatMap((other) => byCompactKey.get(compact(other)) ?? byAcronym([other]));
    if (translated.length) return { found: [...new Set(translated)], by: 'language' };
    // Every word of the key among the actor's words: the actors of its rarest word, filtered.
    // An initial ("V. Putin") stands for any word it begins; the actors come from the query's whole words.
    const keyWords = significantWords(key);
    // A title the articles do not put before this name ("President Putin" where they say "el presidente ruso") is left out.
    const untitled = keyWords.filter((word) => !TITLE_NOUNS.has(word));
    // Those the words name before those whose description has them: "Ibarra" is Raúl Ibarra, not "la exsecretaria de Ibarra".
    // A description that has the query's words only in its complement speaks for another ("Defensa del exmandatario" is
    // not "el exmandatario"): set aside when someone else has them.
    const anyWith = withAllWords(keyWords);
    const ownWith = anyWith.filter((entry) => !inComplement(entry, keyWords));
    const withWords = ownWith.length > 0 ? ownWith : anyWith;
    const namedWith = withWords.filter(namedBy(keyWords));
    const allWords = namedWith.length > 0 ? namedWith : withWords;
    // What is left must name the speaker: "el ministro ruso" is not the "presidente ruso" with its title left out.
    // A role held for someone else after a name ("Putin spokesman", "Trump lawyer") is another person's: not left out.
    const anotherRole = keyWords.some((word, at) => at > 0 && ROLES_FOR_ANOTHER.has(word));
    const byName = allWords.length === 0 && !anotherRole && untitled.length > 0 && untitled.length < keyWords.length && titlesLead(key) ? withAllWords(untitled).filter(namedBy(untitled)) : [];
    if (allWords.length || byName.length) return { found: allWords.length ? allWords : byName, by: 'words' };
    const inside = namedInside(key.split(' '));
    if (inside.length) return { found: inside, by: 'name' };
    const holder = holderOfOwnedRole(key);
    if (holder.length) return { found: holder, by: 'name' };
    if (exact) return { found: [], by: 'spelling' };
    // A role is a word of its own, never a misspelling of another: "alcaldesa" is not "alcalde".
    const titles = keyWords.filter(isRoleWord);
    const close = closeTo(key, tolerance(key)).filter(({ entry }) => titles.every((title) => entry.words.includes(title)));
    const best = minOf(close.map(({ edits }) => edits));
    const found = close
      .filter(({ edits }) => edits === best)
      .sort((a, b) => b.entry.actor.statements - a.entry.actor.statements)
      .map(({ entry }) => entry);
    return { found, by: 'spelling', edits: best };
  };

  /**
   * The rows of the same body under its acronym and spelt out, in either language ("IMF" and "Fondo Monetario
   * Internacional", "OEA" and "Organization of American States"): the body's statements are both rows'. Only an
   * acronym of three capitals or more and a body's name (`isBodyName`) spelling it, one only: two letters or a person's
   * initials ("Isabel Mora Flores") say too little.
   */
  const sameBody = (entry: Entry): Entry[] => {
    const acronymOf = (other: Entry) => (/^\p{Lu}{3,8}$/u.test(other.actor.name.replace(/[.\s]/g, '')) ? compact(nameKey(other.actor.name)) : undefined);
    const bodyName = (other: Entry) => isBodyName(nameKey(other.actor.name));
    const own = acronymOf(entry);
    const spelt = own === undefined ? [] : (byInitials.get(own) ?? []).filter(bodyName);
    const acronyms = bodyName(entry) ? entry.initials.flatMap((initials) => (byCompactKey.get(initials) ?? []).filter((other) => acronymOf(other) === initials)) : [];
    const others = [...new Set([...(spelt.length === 1 ? spelt : []), ...acronyms])].filter((other) => other !== entry);
    return others.length === 1 ? others : [];
  };

  // An actor's statements in /quote's order, sorted at the first lookup of the actor (the most quoted have thousands).
  const sorted = new Map<string, readonly Statement[]>();
  const inOrder = (key: string, statements: () => readonly Statement[]): readonly Statement[] => {
    let list = sorted.get(key);
    if (!list) sorted.set(key, (list = [...statements()].sort(byRecency)));
    return list;
  };

  const result = (query: string, fields: Partial<QuoteResult>): QuoteResult => ({ actor: null, query, statements: [], suggestions: [], candidates: [], ...fields });

  /**
   * What a query finds as typed; `lookup` also tries its name in the other language when this finds nobody.
   * `exact`: no close spellings (for the variants `lookup` makes of a query, which are spelt as the tables spell them).
   */
  const lookupAsWritten = (query: string, exact = false): QuoteResult => {
    const key = queryKey(query);
    // Nothing to compare with (a query of mentions or punctuation): nobody is close, so say who is quoted.
    if (!key) return result(query, { mostQuoted: mostQuotedNames(UNKNOWN_SUGGESTIONS) });
    const keyWords = significantWords(key);
    // "la alcaldesa", "el presidente ruso": a role the articles gave one speaker names that speaker.
    const role = keyWords.some(isRoleWord);
    const resolved = resolve(key, query, exact);
    const { by } = resolved;
    // "Un funcionario vietnamita" is an anonymous source the article never names again: no role refers to it
    // ("el funcionario"), but a query of its whole description does, with or without the article ("funcionario vietnamita").
    const indefinite = (name: string) => INDEFINITE_DETERMINERS.has(name.trim().split(/\s+/)[0]!.toLowerCase());
    const describedWhole = (entry: Entry) => entry.nameWords.every((word) => FILLER_WORDS.has(word) || keyWords.includes(word));
    const described = role && !indefinite(query) ? resolved.found.filter((entry) => !indefinite(entry.actor.name) || describedWhole(entry)) : resolved.found;
    // "la empresa" where one article quotes "Empresa" (a reference left unresolved) and another "Minera Andina", which it
    // calls so: the named body, never the common noun as a speaker to choose beside it.
    const withNames = described.filter((entry) => !isNoName(entry.actor.name));
    // Only speakers with no name ("Empresa", and a furniture word given the article's "la empresa"): one reference left
    // unresolved, their statements together under the one the query names as written.
    const nameless = withNames.length === 0 && described.length > 1 ? [...described].sort((a, b) => Number(b.nameWords.every((word) => keyWords.includes(word))) - Number(a.nameWords.every((word) => keyWords.includes(word)))) : [];
    const fitting = withNames.length > 0 ? withNames : nameless.length > 0 ? nameless.slice(0, 1) : described;
    // "Peter Vance and Maria Lund said…" is found by either name; beside "Peter Vance" found too, it is among his
    // statements (jointNames), not another candidate.
    const found = fitting.length > 1 ? fitting.filter((entry) => !coordinatedMembers(entry.actor.name)?.some((member) => fitting.some((other) => other !== entry && other.keys.includes(member)))) : fitting;
    const close = (word: string, known: string) => sameWord(word, known) || (by === 'spelling' && editsApart(word, known, tolerance(word)) <= tolerance(word));
    // "el antropólogo Martínez": a word the article describes the person by alone ("antropólogo") beside a word of the name;
    // or a whole description of theirs the query holds ("el usuario de Twitter Kevin Sánchez").
    const named = (entry: Entry) => {
      const ofName = (word: string) => entry.nameWords.some((known) => close(word, known));
      const described = (word: string) => entry.keys.some((known) => known.split(' ').includes(word) && significantWords(known).every((each) => keyWords.includes(each)));
      return keyWords.every((word) => ofName(word) || (described(word) && keyWords.some(ofName)));
    };
    // A query that only appears in how speakers are described ("Rusia" in "presidente de Rusia", or spelt
    // close to "ruso" in "presidente ruso") names none of them: offered, never silently taken for them.
    // Nor does a query only in the complement of descriptions ("el exmandatario" in "Defensa del exmandatario"): offered,
    // and the other forms of a role tried.
    const unnamed = (by === 'words' || by === 'spelling') && found.length > 0 && (found.every((entry) => inComplement(entry, keyWords)) || (!role && !found.some(named)));
    const carried = carriedBy(compact(key));
    // "KCNA" carries statements but says none itself: the statements it carried, under its name; also when it only
    // appears in how speakers are described ("analistas consultados por EFE").
    if (carried && (found.length === 0 || by === 'spelling' || unnamed)) {
      const channel = carried[0]!.via!;
      return result(query, { actor: channel, channel, statements: [...inOrder(`via:${compact(key)}`, () => carried)] });
    }
    const describedAs = (entry: Entry) => entry.actor.aliases.find((form) => keyWords.every((word) => nameKey(form).split(' ').some((known) => close(word, known))));
    // A spelling match whose words are in no description is a near miss of a name ("Kim Jong Il" for "Kim Jong Un"):
    // offered as such, never said to appear in how the speaker is described.
    if (unnamed && by === 'spelling' && !found.some(describedAs)) return result(query, { suggestions: found.map((entry) => entry.actor.name) });
    if (unnamed) {
      // Also as suggestions, so that every front end already offers them.
      return result(query, {
        suggestions: found.map((entry) => entry.actor.name),
        related: found.map((entry) => entry.actor.name),
        matchedAs: found.map((entry) => describedAs(entry) ?? entry.actor.name),
      });
    }
    if (found.length > 1) return result(query, { candidates: found.map((entry) => entry.actor.name) });
    // An acronym as typed ("SOBSE") is no misspelling of a name ("Sosa"), nor is one word two edits from a name a typo of
    // it, unless they differ only in vowels as spellings of one name across languages do ("Poutine", "Putin"): another
    // body's name is as likely ("Indeci" and "Invecq", "Merck" and "Maersk"). Nor is a word of three letters or fewer one
    // edit from another: it is an acronym typed in lower case as often ("ibi" is not the "III" of a body's name). Offered, never taken.
    const looseWord = !key.includes(' ') && ((resolved.edits ?? 0) > 1 || [...key].length <= MAX_SHORT_WORD) && !found.some((entry) => candidatesOf(entry).some((known) => consonantsOf(known) === consonantsOf(key)));
    if (by === 'spelling' && found.length === 1 && (ACRONYM.test(query.trim()) || looseWord)) return result(query, { suggestions: found.map((entry) => entry.actor.name) });
    const [entry] = found;
    if (!entry && exact) return result(query, {});
    if (!entry) {
      // Any word of the query close to any word of a name will do for a suggestion ("Putim Vladimirovich");
      // of the name itself, not of how the speaker is described ("Biden" is two edits from "líder"). A name the
      // table of other names knows is no misspelling: "Naciones Unidas" is not a near miss of "Estados Unidos".
      // A common noun for a body or a role ("partido", "ministry") is no misspelt name: "Partido" is not "Garrido".
      const fuzzyWords = sameActorKeys.has(key) ? [] : key.split(' ').filter((word) => word.length >= MIN_FUZZY_CHARS && !BODY_NOUNS.has(word) && !INSTITUTION_NOUNS.has(word) && !isRoleWord(word));
      // A given name is shared by many people: a query of several words close to a name only in its first word ("Marta
      // Ruiz", "María Núñez") names someone else. Another of its words must be close too, or the query's close word be
      // a later word of the name ("Putim Vladimirovich", "Vladimir Putin").
      const closeAt = (entry: Entry) => fuzzyWords.map((word) => entry.nameWords.findIndex((known) => known.length >= MIN_FUZZY_CHARS && editsApart(word, known, wordTolerance(word)) <= wordTolerance(word)));
      const beyondGivenName = (entry: Entry) => {
        const at = closeAt(entry).filter((place) => place >= 0);
        return fuzzyWords.length < 2 || entry.nameWords.length < 2 || at.length >= 2 || at.some((place) => place > 0);
      };
      // "Pim" for "Alberto Pimentel": a query whose every word begins a word of a name is that name cut short, which beats
      // a name one edit away ("Kim"); a full word is no beginning ("Ana" does not begin "Ana Hart" here).
      const begins = (entry: Entry) => fuzzyWords.length > 0 && fuzzyWords.every((word) => entry.nameWords.some((known) => known.length > word.length && known.startsWith(word)));
      const started = fuzzyWords.length > 0 ? [...beginningWith(fuzzyWords[0]!)].filter(begins).sort(inBookOrder) : [];
      // Only without such a name are close spellings looked for.
      const nearby = () => new Set(fuzzyWords.flatMap((word) => [...fewestEdits(shelves.nameWordsByLength(), word, wordTolerance(word)).keys()]));
      // "GlaxoSmithKline" where the articles quote "Glaxo": a one-word name that begins a one-word query, its short form.
      // Ends counted in letters (code points), as the prefixes are cut: a letter outside the BMP is two code units.
      const letters = [...key];
      const shortened = key.includes(' ') ? [] : letters.flatMap((_, end) => (end >= MIN_SHORT_FORM_CHARS ? (byCompactKey.get(letters.slice(0, end).join('')) ?? []) : [])).filter((entry) => entry.nameWords.length === 1);
      const begun = [...new Set([...shortened, ...started])];
      const near = (begun.length > 0 ? begun : [...nearby()].filter(beyondGivenName).sort(inBookOrder)).slice(0, UNKNOWN_SUGGESTIONS);
      if (near.length === 0) return result(query, { mostQuoted: mostQuotedNames(UNKNOWN_SUGGESTIONS) });
      // "Tom Calder" beside the "Ruth Calder" who spoke: the surname is close, the given names are two (neither close to a
      // word of the other name): someone else of that surname, said so, not a near spelling of the person asked for.
      const givenNameDiffers = (entry: Entry) => {
        const [otherGiven] = entry.nameWords;
        const at = closeAt(entry);
        return fuzzyWords.length >= 2 && entry.nameWords.length >= 2 && otherGiven !== undefined && at[0] === -1 && at.some((place) => place > 0)
          && !fuzzyWords.some((word) => editsApart(word, otherGiven, wordTolerance(word)) <= wordTolerance(word));
      };
      const otherGivenName = near.filter(givenNameDiffers).map((other) => other.actor.name);
      return result(query, { suggestions: near.map((close) => close.actor.name), ...(otherGivenName.length > 0 ? { otherGivenName } : {}) });
    }
    // A medium that speaks and also carries others' words ("KCNA"): both, each carried one with its `via`.
    const resolvedBy = by === 'acronym' || by === 'language' || by === 'spelling' ? by : role && !named(entry) ? 'role' : undefined;
    const statements = inOrder(`actor:${[entry, ...nameless.slice(1)].map((each) => each.actor.name).join('\n')}`, () => {
      const names = new Set([entry.actor.name, ...sameBody(entry).map((other) => other.actor.name), ...entry.keys.flatMap((key) => shelves.joining(key)), ...nameless.map((other) => other.actor.name)]);
      const own = spokenBy(names);
      const relayed = (carriedBy(compact(nameKey(entry.actor.name))) ?? []).filter((statement) => !own.includes(statement));
      return [...own, ...relayed];
    });
    return result(query, { actor: entry.actor.name, statements: [...statements], ...(resolvedBy ? { resolvedBy } : {}) });
  };
  /**
   * A query naming a country by any of its forms ("el presidente de Rusia", "the Russian president", "Corea del Norte"):
   * what the country's other forms find (countries.ts), with `asWritten`, what the query found as typed. A speaker
   * whose role the query names ("presidente ruso") is that speaker; the places speaking for its government ("Kremlin",
   * "Pyongyang y Moscú") are the country itself, their statements together under the most quoted one's name, with the
   * people its demonym describes offered beside; otherwise those people, offered and never taken for the country.
   * Undefined when the query names no country or nothing is found.
   */
  const lookupByCountry = (key: string, asWritten: QuoteResult): QuoteResult | undefined => {
    const variants = [key, ...otherRoleForms(key)].flatMap(otherCountryForms);
    if (variants.length === 0) return undefined;
    const found = variants.map(({ key: variant, naming }) => ({ naming, result: lookupAsWritten(variant, true) }));
    const speakers = (results: QuoteResult[]) => [...new Set(results.flatMap((each) => (each.actor !== null ? [each.actor] : each.candidates)))];

    // A role of a country is held by a person the articles describe with its demonym ("presidente ruso"), never by the country's capital.
    if (significantWords(key).some(isRoleWord)) {
      const byRole = found.filter(({ naming, result: each }) => naming === 'description' && each.resolvedBy === 'role').map(({ result: each }) => each);
      const [holder, ...others] = speakers(byRole);
      if (holder === undefined) return undefined;
      return others.length === 0 ? { ...byRole[0]!, resolvedBy: 'role' } : result(key, { candidates: [holder, ...others] });
    }

    // A body named with the country's demonym ("el Banco Central nicaragüense" for the "Banco Central de Nicaragua").
    const byName = found.filter(({ naming, result: each }) => naming === 'name' && each.actor !== null && each.resolvedBy === undefined && !isPlaceName(nameKey(each.actor))).map(({ result: each }) => each);
    const [namedBody, ...otherBodies] = speakers(byName);
    if (namedBody !== undefined) return otherBodies.length === 0 ? { ...byName[0]!, resolvedBy: 'language' } : result(key, { candidates: [namedBody, ...otherBodies] });

    const described = new Map<string, string>();
    for (const each of [asWritten, ...found.map(({ result: variant }) => variant)]) {
      (each.related ?? []).forEach((name, i) => described.has(name) || described.set(name, each.matchedAs?.[i] ?? name));
    }
    // A speaker whose own name holds the demonym ("Un funcionario vietnamita" for "Vietnam"): related as well, never taken for the country.
    for (const { naming, result: each } of found) {
      if (naming !== 'description') continue;
      for (const name of each.actor !== null ? [each.actor] : each.candidates) if (!described.has(name)) described.set(name, name);
    }
    const offered = described.size > 0 ? { related: [...described.keys()], matchedAs: [...described.values()] } : {};
    const byPlace = found.filter(({ naming, result: each }) => naming !== 'description' && each.actor !== null && isPlaceName(nameKey(each.actor))).map(({ result: each }) => each);
    // Every place that spoke for the country ("Kremlin", "Pyongyang y Moscú"), most quoted first: their statements together.
    const places = [...new Map(byPlace.map((each) => [each.actor!, each])).values()].sort((a, b) => b.statements.length - a.statements.length);
    const [first] = places;
    if (first) {
      const statements = places.length === 1 ? first.statements : places.flatMap((each) => each.statements).sort(byRecency);
      return { ...first, statements, resolvedBy: 'country', ...offered };
    }
    return described.size > 0 ? result(key, { suggestions: [...described.keys()], ...offered }) : undefined;
  };

  /**
   * "la defensa de Martinelli" where the article writes "La defensa del exmandatario": the descriptions with the query's
   * head whose complement is a role the person the query's complement names holds ("exmandatario" for the "expresidente"
   * Martinelli, by `otherRoleForms`). Their names; none when the query is no description of a person.
   */
  const describedByRole = (key: string): string[] => {
    const words = key.split(' ');
    const at = words.findIndex((word, i) => i > 0 && (word === 'de' || word === 'del' || word === 'of'));
    const head = significantWords(words.slice(0, Math.max(at, 0)).join(' '))[0];
    if (at < 0 || head === undefined || !isDescriptionHead(head)) return [];
    const person = lookupAsWritten(words.slice(at + 1).join(' '), true).actor;
    const holder = person === null ? undefined : shelves.byName.get(person);
    if (!holder || isDescriptionHead(holder.nameWords[0]!)) return [];
    const roles = new Set(holder.actor.aliases.map(nameKey));
    const holds = (role: string) => roles.has(role) || otherRoleForms(role).some((form) => roles.has(form));
    return (byWord.get(head) ?? [])
      .filter((entry) => entry.nameWords[0] === head && entry !== holder)
      .filter((entry) => {
        const opens = complementAt(entry.nameWords);
        return opens > 0 && holds(entry.nameWords.slice(opens + 1).filter((word) => !FILLER_WORDS.has(word)).join(' '));
      })
      .map((entry) => entry.actor.name);
  };

  /** Whether a lookup found the speaker, or several that fit (not only suggestions). */
  const namesSomeone = (found: QuoteResult) => found.actor !== null || found.candidates.length > 0;
  const foundSomething = (found: QuoteResult) => namesSomeone(found) || found.suggestions.length > 0;

  /** What a query finds: as written, by its initials, its role or country in other forms, or its name in the other language. */
  const lookupQuery = (query: string): QuoteResult => {
    const asWritten = lookupAsWritten(query);
    const key = queryKey(query);
    // "Korean Central News Agency" where the articles only write "KCNA": a name spelt out whose initials are an acronym they quote.
    // "Fondo Monetario Internacional" where they write "IMF": the initials of its name in the other language, spelt as the tables spell them: exact.
    const unfound = !namesSomeone(asWritten);
    // A role's description ("el ministro de Educación") spells no acronym: its initials ("me") would find anyone close to them.
    // Initials are a guess already: only an acronym spelt exactly so, never one a letter away ("sma" for "SMN").
    const translated = unfound && !significantWords(key).some(isRoleWord) ? translatedInitials(key) : [];
    const initials = unfound && !significantWords(key).some(isRoleWord) ? [initialsOf(key), ...translated] : [];
    // "Ministerio de Energía y Minas" where the articles only describe someone as "titular del MEM": offered as the acronym offers them.
    let offeredByInitials: QuoteResult | undefined;
    let offeredInOtherLanguage: QuoteResult | undefined;
    for (const acronym of initials.filter(Boolean)) {
      const byInitials = lookupAsWritten(acronym, true);
      if (namesSomeone(byInitials)) return { ...byInitials, query, resolvedBy: 'acronym' };
      if (!offeredByInitials && (byInitials.related?.length ?? 0) > 0) offeredByInitials = byInitials;
    }
    // "World Meteorological Organization" where the articles write "Organización Meteorológica Mundial": the one body
    // whose name spells the initials of the query's name in the other language.
    const spelt = [...new Set(translated.flatMap((acronym) => (byInitials.get(acronym) ?? []).filter((entry) => isBodyName(nameKey(entry.actor.name)))))];
    if (spelt.length === 1) return { ...lookupAsWritten(spelt[0]!.actor.name, true), query, resolvedBy: 'language' };
    // "el ministro de Educación" where the articles say "el titular del Ministerio de Educación" or "Education Secretary":
    // the same minister's office however written; a bare role ("Ministra") names nobody.
    const office = unfound ? officeOf(key) : undefined;
    const holders = office === undefined ? [] : (shelves.byOffice.get(office) ?? []).filter((entry) => !isBareRole(entry.actor.name));
    if (holders.length === 1) return { ...lookupAsWritten(holders[0]!.actor.name, true), query, resolvedBy: 'role' };
    if (holders.length > 1) return result(query, { candidates: holders.map((entry) => entry.actor.name) });
    // "the mayor" where the articles only say "la alcaldesa": the same office in the other language, before a near spelling.
    if (unfound) {
      // A bare role of the other language ("Former mayor" for "la alcaldesa") is no holder the articles name. An office
      // after what it belongs to ("Codelco chief executive", "the Georgian president") is also read with that after it, in
      // the query's words before the other language's: whom the articles call "President" before every "presidente".
      // What the office belongs to must then be the holder's, or in what they said or the headline above it: the only
      // "President" of the articles is no Bulgarian president unless Bulgaria is in his story.
      const reordered = officeFirst(key);
      const owned = (found: QuoteResult, owner: string) => {
        const said = found.statements.flatMap((statement) => [statement.title, statement.text]).map(nameKey);
        return ` ${[...(found.actor === null ? [] : shelves.byName.get(found.actor)?.keys ?? []), ...said].join(' ')} `.includes(` ${owner} `);
      };
      const tiers = [otherRoleForms(key).map((form) => ({ form })), reordered, reordered.flatMap(({ form, owner }) => otherRoleForms(form).map((other) => ({ form: other, owner })))];
      for (const forms of tiers) {
        const byRole = forms
          .map(({ form, owner }: { form: string; owner?: string }) => ({ owner, found: lookupAsWritten(form) }))
          .map(({ owner, found }) => (found.actor !== null && (isBareRole(found.actor) || (owner !== undefined && !owned(found, owner))) ? result(query, {}) : { ...found, candidates: found.candidates.filter((name) => !isBareRole(name)) }))
          .filter(namesSomeone);
        const holders = [...new Set(byRole.flatMap((found) => (found.actor !== null ? [found.actor] : found.candidates)))];
        const [only] = byRole;
        if (holders.length === 1 && only) return { ...only, query, resolvedBy: 'role' };
        if (holders.length > 1) return result(query, { candidates: holders });
      }
      const describing = describedByRole(key);
      if (describing.length === 1) return { ...lookupAsWritten(describing[0]!, true), query, resolvedBy: 'role' };
      if (describing.length > 1) return result(query, { candidates: describing });
      // "Health Ministry" where the articles say "Ministerio de Salud", "Nicaraguan Central Bank" for the "Banco Central de
      // Nicaragua": the body's name in the other language, and that name's country in its other forms.
      for (const translated of translatedBodyNames(key)) {
        const byName = lookupAsWritten(translated, true);
        const found = namesSomeone(byName) ? byName : lookupByCountry(translated, byName);
        if (found && namesSomeone(found)) return { ...found, query, resolvedBy: 'language' };
        // "Chamber of Commerce" where the articles only describe someone as "portavoz de la Cámara de Comercio de X":
        // offered as the Spanish name offers them.
        if (!offeredInOtherLanguage && (byName.related?.length ?? 0) > 0) offeredInOtherLanguage = byName;
      }
      // "Prosecutor's Office", "Attorney General's Office" where the articles write "Fiscalía General de la Nación".
      for (const body of officeBodyNames(key)) {
        const byName = lookupAsWritten(body, true);
        if (namesSomeone(byName)) return { ...byName, query, resolvedBy: 'language' };
        if (!offeredInOtherLanguage && (byName.related?.length ?? 0) > 0) offeredInOtherLanguage = byName;
      }
      // "State Water Commission" where the articles write "Comisión Estatal del Agua": the same words in another order
      // than the translation's. One body only; several are offered (issue 16).
      const across = [...new Set(otherLanguageHeads(key).flatMap((head) => byWord.get(head) ?? []))].filter((entry) => entry.keys.some((other) => sameBodyAcrossLanguages(key, other)));
      if (across.length === 1) return { ...lookupAsWritten(across[0]!.actor.name, true), query, resolvedBy: 'language' };
      if (across.length > 1) return result(query, { candidates: across.map((entry) => entry.actor.name) });
      const byCountry = lookupByCountry(key, asWritten);
      if (byCountry) return { ...byCountry, query };
    }
    // Speakers described by the query's initials ("portavoz de Vivienda del PP" for "Partido Popular") before names spelt
    // close to a word of it ("Garrido" for "Partido").
    if (namesSomeone(asWritten) || (asWritten.related?.length ?? 0) > 0) return asWritten;
    if (offeredByInitials) return { ...offeredByInitials, query };
    if (offeredInOtherLanguage) return { ...offeredInOtherLanguage, query };
    if (foundSomething(asWritten)) return asWritten;
    // "Russia" where the articles only say "Rusia": what the same country's name in the other language finds.
    for (const other of sameActorKeys.get(key) ?? []) {
      const translated = other === key ? undefined : lookupAsWritten(other);
      if (translated && foundSomething(translated)) return { ...translated, query };
    }
    return asWritten;
  };

  /** What a query finds, read again without an aside in brackets or a courtesy title when that names someone the whole does not. */
  const lookupWhole = (query: string): QuoteResult => {
    const whole = lookupQuery(query);
    if (whole.actor !== null) return whole;
    // "el titular del Ministerio de Educación (Minedu)", "Hubertus Heil (SPD)": an aside in brackets (an acronym, a
    // party) is no part of the name; nor is a courtesy title before it ("M. Caldwell", "Mr. Bloomberg", "Frau Baerbock"),
    // which articles write or leave out at will. The query is read without them when the whole names nobody, or
    // several where the bare name names one. So is a spoiler, the text a chat hides between "||" marks ("||ojo|| Quiroga").
    const bareName = query.replace(/\([^()]*\)|\|\|[^|]*\|\|/g, ' ').replace(COURTESY_TITLE, '');
    if (bareName === query) return whole;
    const bare = lookupQuery(bareName);
    return (namesSomeone(whole) ? bare.actor !== null : namesSomeone(bare)) ? { ...bare, query } : whole;
  };

  /**
   * The people the articles name but never quote, by each word of their names and forms, made at the first lookup that
   * wants them; someone this book knows as a speaker by that name is left out.
   */
  let unquotedShelf: Map<string, UnquotedEntry[]> | undefined;
  const unquotedWith = (word: string): UnquotedEntry[] => {
    const shelf = (unquotedShelf ??= shelveUnquoted(data.unquoted.filter((person) => !byCompactKey.has(compact(nameKey(person.name))))));
    return shelf.get(word) ?? [];
  };

  /**
   * `found` (the lookup of `query`) with the people the articles name but never quote whom the query names as well
   * (newcomer 23's D5 and D7): a role another person holds ("el presidente": Macron as well as Putin) or a surname
   * another person has ("Clyburn": Jim as well as Mignon) offers them all as candidates, never silently the one who
   * spoke; a query that finds no speaker says whom it names ("Macron", "Francia" in "presidente de Francia").
   */
  const withUnquoted = (query: string, found: QuoteResult): QuoteResult => {
    if (found.channel !== undefined || found.resolvedBy === 'acronym' || found.resolvedBy === 'language' || found.resolvedBy === 'country') return found;
    const key = queryKey(query.replace(COURTESY_TITLE, ''));
    const keyWords = significantWords(key);
    if (!key || keyWords.length === 0) return found;
    const speakers = found.actor !== null ? [found.actor] : found.candidates;
    const speakerEntries = speakers.flatMap((name) => shelves.byName.get(name) ?? []);
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
      fitting = roleForms.flatMap((words) => unquotedWith(words.find(isRoleWord)!).flatMap((person) => {
        const form = person.forms.find(fits(words));
        return form && !outranked(person, words) ? [{ person, as: person.written.get(form.join(' '))! }] : [];
      }));
      // The old lookup takes the one speaker given exactly the role ("presidente") over those given longer titles
      // ("presidente de Costa Rica"): right within an article, a silent pick across articles.
      const elsewhere = (entry: Entry) => lookupAsWritten(entry.actor.name, true).statements.some((statement) => !spokeIn.has(statement.articleId));
      // "la alcaldesa" is no rival's "Mayor": a word that marks a gender leaves out holders titled by the other language's
      // word, which marks none (newcomer 31: a male mayor was offered beside the alcaldesa found).
      const gendered = keyWords.filter(marksGender);
      const rivalForms = roleForms.filter((words) => gendered.every((word) => words.includes(word)));
      rivals = found.actor === null || !exactly ? [] : [...new Set(rivalForms.flatMap((words) => (byWord.get(words.find(isRoleWord)!) ?? [])
        .filter((entry) => !speakerEntries.includes(entry) && !isBareRole(entry.actor.name) && entry.keys.some((entryKey) => fits(words)(entryKey.split(' '))) && elsewhere(entry))
        .map((entry) => entry.actor.name)))];
    } else if (surname !== undefined && speakerEntries.length > 0 && speakerEntries.every((entry) => entry.nameWords.indexOf(surname) > 0)) {
      // A surname: another person's, after a given name ("Jim Clyburn" beside the "Mignon Clyburn" who spoke).
      fitting = unquotedWith(surname).filter((person) => person.nameWords.indexOf(surname) > 0).map((person) => ({ person, as: person.name }));
    } else if (speakers.length === 0) {
      // Nobody quoted: whom the articles name by it ("Macron"), or describe with it ("Francia" in "presidente de Francia").
      fitting = unquotedWith(keyWords[0]!).flatMap((person) => {
        const form = [person.nameWords, ...person.forms].find((words) => keyWords.every((word) => words.includes(word)));
        return form ? [{ person, as: person.written.get(form.join(' ')) ?? person.name }] : [];
      });
    }
    const others = [...new Map(fitting.filter(({ person }) => otherPerson(person)).map((each) => [each.person.name, each])).values()];
    if (others.length === 0 && rivals.length === 0) return found;
    const unquoted = others.length === 0 ? {} : { unquoted: others.map(({ person }) => person.name), unquotedAs: others.map(({ as }) => as) };
    if (speakers.length > 0) return result(found.query, { candidates: [...speakers, ...rivals, ...others.map(({ person }) => person.name)], ...unquoted });
    // Speakers described by a near spelling of the query ("Ferrer" for "former regulator") yield to a person it names exactly.
    const describedExactly = (found.matchedAs ?? []).some((form) => keyWords.every((word) => nameKey(form).split(' ').includes(word)));
    return describedExactly ? { ...found, ...unquoted } : result(found.query, unquoted);
  };

  /**
   * `found` (the lookup of `query`), or, when the query names an organisation that says nothing itself and the articles
   * describe one speaker as its head or spokesperson ("titular del MEM" for "MEM": newcomer 24's D6), that speaker's
   * statements, saying whom (`resolvedBy` "role", the description kept in `related`). A country is never a person's.
   */
  const spokenForByHead = (query: string, found: QuoteResult): QuoteResult => {
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
    const head = lookupWhole(heads[0]!);
    return head.actor === heads[0] ? { ...head, query, resolvedBy: 'role', related: found.related, ...(found.matchedAs ? { matchedAs: found.matchedAs } : {}) } : found;
  };

  /**
   * `found` without the speakers whose name is no name ("Empresa", "Otro", "Sigue": `isNoName`) among those it offers to
   * choose from, suggests or relates; when that leaves one candidate of several, that one's statements.
   */
  const offeringNames = (found: QuoteResult): QuoteResult => {
    const keep = (name: string) => !isNoName(name);
    const candidates = found.candidates.filter(keep);
    if (found.actor === null && found.candidates.length > 1 && candidates.length === 1 && shelves.byName.has(candidates[0]!)) return { ...lookupAsWritten(candidates[0]!, true), query: found.query };
    const related = (found.related ?? []).flatMap((name, at) => (keep(name) ? [{ name, as: found.matchedAs?.[at] ?? name }] : []));
    const { related: _related, matchedAs: _matchedAs, ...rest } = found;
    return {
      ...rest,
      candidates,
      suggestions: found.suggestions.filter(keep),
      ...(found.otherGivenName ? { otherGivenName: found.otherGivenName.filter(keep) } : {}),
      ...(related.length > 0 ? { related: related.map(({ name }) => name), ...(found.matchedAs ? { matchedAs: related.map(({ as }) => as) } : {}) } : {}),
    };
  };

  /**
   * `found` with the speakers the articles describe as heading or speaking for the actor it found ("director regional
   * del Servel", "coordinadora de la Cruz Roja Paraguaya", "spokeswoman for the Port Authority", "portavoz de Putin") as
   * `related`, offered beside its own statements: an organisation speaks through its people too (issue 16). A description names whom it
   * speaks for after its head noun's preposition, by any of the actor's names of two words or more or its acronym.
   */
  const withItsPeople = (found: QuoteResult): QuoteResult => {
    const entry = found.actor === null || found.related?.length || found.channel !== undefined ? undefined : shelves.byName.get(found.actor);
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
    const people = [...new Set(names.flatMap((name) => withAllWords(significantWords(name))))].filter((other) => other !== entry && !isBareRole(other.actor.name) && !isNoName(other.actor.name) && other.actor.aliases.some(speaksFor));
    if (people.length === 0) return found;
    const as = (other: Entry) => other.actor.aliases.find(speaksFor) ?? other.actor.name;
    return { ...found, related: people.map((other) => other.actor.name), matchedAs: people.map(as) };
  };

  const book: QuoteBook = {
    lookup(query) {
      inUse();
      return withItsPeople(offeringNames(withUnquoted(query, spokenForByHead(query, lookupWhole(query)))));
    },

    lookupSpeakers(query) {
      inUse();
      const found = lookupWhole(query);
      if (found.actor === null) return found;
      // A bare role that other speakers hold in other articles ("minister": the Dutch one and "la ministra de Vivienda") is
      // none of them in particular: the speakers `lookup` offers as candidates, never the first silently (newcomer 27's D16).
      const offered = withUnquoted(query, found);
      const speakers = offered.candidates.filter((name) => shelves.byName.has(name));
      return offered.actor === null && speakers.length > 1 ? result(query, { candidates: speakers }) : found;
    },

    actors: () => data.actors,

    actor: (name) => {
      inUse();
      return shelves.byName.get(name)?.actor;
    },

    suggest(partial, limit) {
      inUse();
      const count = Math.max(0, Math.floor(limit));
      const key = queryKey(partial);
      if (!key) return mostQuotedNames(count);
      const prefixed = [...withPrefix(shelves.candidateIndex(), key, false)].sort(byPlace);
      // One or two letters are too few to guess a misspelling from; close spellings only fill the room prefixes leave.
      const fuzzy =
        key.length < MIN_FUZZY_CHARS || prefixed.length >= count
          ? []
          : [...closeBeginnings(shelves.candidateIndex(), key, tolerance(key))]
              .filter(([, edits]) => edits > 0)
              .sort(([a, aEdits], [b, bEdits]) => aEdits - bEdits || b.actor.statements - a.actor.statements || byPlace(a, b))
              .map(([entry]) => entry);
      return [...prefixed, ...fuzzy].slice(0, count).map((entry) => entry.actor.name);
    },
  };
  shelvesOf.set(book, held);
  return book;
}
