/**
 * The book's shelves: each key, word, initials and office with the actors listed under it, by length for close
 * spellings and sorted for prefixes; built from the actors, restocked with the rows an update changed, read from a
 * snapshot's saved tables, or made for a snapshot to save (`shelvesToSave`).
 */
import { editsApart } from '../edits.js';
import type { Actor, ActorKeys, SavedQuoteTables, SavedShelf, ShelfName } from '../types.js';
import { coordinatedMembers } from '../normalize.js';
import { byCodeUnits, groupByEach, lowerBound, partitionIndex } from '../../arrays.js';
import { type Entry, MIN_FUZZY_CHARS, actorKeysOf, entries, entryOf, inActorOrder, inBookOrder } from './keys.js';

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
export function fewestEdits(byLength: ByLength, word: string, limit: number, initial?: string, limitOf: (length: number) => number = () => limit): Map<Entry, number> {
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
export function withPrefix(strings: SortedStrings, prefix: string, longer: boolean): Set<Entry> {
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
export function closeBeginnings(strings: SortedStrings, key: string, limit: number): Map<Entry, number> {
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
export const candidatesOf = (entry: ActorKeys) => [...entry.keys, ...entry.words];
/** The words of a name a misspelt word of an unknown query is compared with. */
const fuzzyNameWords = (entry: Entry) => entry.nameWords.filter((known) => known.length >= MIN_FUZZY_CHARS);

/**
 * A book's lookup tables: each row's entry, entries by name, lists of entries (in book order) by compact key, word
 * and initials, and, once a close spelling was looked for, strings by length. The book made for the next version
 * of the archive takes them over and changes only the entries of the rows that went or came: a merge after an
 * update gives back the same row for every actor it did not touch (quotes/actors.ts), so the first /quote after an
 * update indexes a few actors, not every one (that was most of its time: issue 17).
 */
export interface Shelves {
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
export function newShelves(entries: readonly Entry[]): Shelves {
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
export interface Lookups {
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
export function builtLookups(shelves: Shelves, actors: readonly Actor[], ordered?: Entry[]): Lookups {
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
export function savedLookups(saved: SavedQuoteTables, actors: readonly Actor[]): Lookups {
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
export function restock(shelves: Shelves, actors: readonly Actor[]): boolean {
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
