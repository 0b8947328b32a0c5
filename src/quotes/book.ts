/**
 * The quote book (`createQuoteBook`): looking actors up by whatever a user types, full name, surname, alias or title
 * ("el líder norcoreano"), in any case, with or without accents, with typos and other transliterations ("putn",
 * "Kim Jong-un"). Its shelves are built, restocked from an earlier version's book or read as a snapshot saved them
 * (book/shelves.ts); a query is resolved as written (book/as-written.ts), in its other forms (book/other-forms.ts), and
 * offered with the people it also names (book/offers.ts).
 */
import type { Actor, QuoteResult, Statement } from './types.js';
import type { QuoteData } from './actors.js';
import { nameKey } from './normalize.js';
import { isBareRole } from './reference.js';
import { isNoName } from './no-names.js';
import { shelveUnquoted, type UnquotedEntry } from './unquoted-shelf.js';
import { groupBy } from '../arrays.js';
import { type Entry, MIN_FUZZY_CHARS, byRecency, channelKey, compact, entryOf, inBookOrder, queryKey, tolerance } from './book/keys.js';
import { type Lookups, type Shelves, builtLookups, closeBeginnings, newShelves, restock, savedLookups, withPrefix } from './book/shelves.js';
import { type OpenBook, result } from './book/open-book.js';
import { lookupWhole } from './book/other-forms.js';
import { offeringNames, spokenForByHead, withItsPeople, withUnquoted } from './book/offers.js';

/** The statements of each speaker, looked up by whatever names a user types (`createQuoteBook`). */
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

  // An actor's statements in /quote's order, sorted at the first lookup of the actor (the most quoted have thousands).
  const sorted = new Map<string, readonly Statement[]>();
  const inOrder = (key: string, statements: () => readonly Statement[]): readonly Statement[] => {
    let list = sorted.get(key);
    if (!list) sorted.set(key, (list = [...statements()].sort(byRecency)));
    return list;
  };

  /**
   * The people the articles name but never quote, by each word of their names and forms, made at the first lookup that
   * wants them; someone this book knows as a speaker by that name is left out.
   */
  let unquotedShelf: Map<string, UnquotedEntry[]> | undefined;
  const unquotedWith = (word: string): UnquotedEntry[] => {
    const shelf = (unquotedShelf ??= shelveUnquoted(data.unquoted.filter((person) => !shelves.byCompactKey.has(compact(nameKey(person.name))))));
    return shelf.get(word) ?? [];
  };
  const open: OpenBook = { data, shelves, carriedBy, spokenBy, beginningWith, mostQuotedNames, inOrder, unquotedWith, sharingLookups: 0 };

  const book: QuoteBook = {
    lookup(query) {
      inUse();
      return withItsPeople(open, offeringNames(open, withUnquoted(open, query, spokenForByHead(open, query, lookupWhole(open, query)))));
    },

    lookupSpeakers(query) {
      inUse();
      const found = lookupWhole(open, query);
      if (found.actor === null) return found;
      // A bare role that other speakers hold in other articles ("minister": the Dutch one and "la ministra de Vivienda") is
      // none of them in particular: the speakers `lookup` offers as candidates, never the first silently (newcomer 27's D16).
      const offered = withUnquoted(open, query, found);
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
