/**
 * The snapshot's `book` part: what the quote book derives from the quote data and a restart would otherwise derive
 * again before its first answer about what someone said (issue 17: about 1 s to key 28,000 speakers, and every
 * statement read to find one speaker's, at 100,000 articles; docs/BENCHMARKS.md stop 52; then about 1 s to parse
 * every speaker's keys and shelve them, stop 56).
 *
 * Records: first the tables, `{ layout, statements, actors, speakers, channels, articles }`, each of the last three a
 * group of statement positions (into the `statements` part's list) by key in code-unit order; then the actor rows in
 * book order with each row's keys (`ActorKeys`, one JSON text a row, parsed when a look-up first reaches the row); then
 * one record per shelf of the book (quotes/book.ts `shelvesToSave`): its distinct strings in code-unit order, the rows
 * listed under each and the strings' order by length. Every list of strings is one UTF-8 text and where each string
 * ends (`PackedStrings`): the array file holds them as bytes, read back without a JSON string parsed per string, and a
 * string is sliced from the text when a binary search reads it. Made again from the quote data at every whole save, so
 * an update never leaves it stale; a restored library's update makes quote data without it (quotes/actors.ts `saved`).
 */
import type { DeferredPart } from './snapshot.js';
import { channelKey } from '../quotes/book/keys.js';
import { shelvesToSave } from '../quotes/book/shelves.js';
import type { QuoteData } from '../quotes/actors.js';
import type { SavedQuoteTables, SavedShelf, ShelfName, Statement } from '../quotes/types.js';
import { byCodeUnits, partitionIndex } from '../arrays.js';
import { isPackedStrings, packedStringAt, packStrings } from '../text/packed-strings.js';

/**
 * This layout's number, in the tables record: a part saved before it (stop 55's, actor keys as JSON columns) is told
 * of and not used, and the book is made from the quote data as for a damaged part.
 */
const LAYOUT = 2;

/** Strings as the part saves them: text/packed-strings.ts's block under the name `text`, and where each ends in it (bytes). */
interface PackedStrings {
  text: Uint8Array;
  ends: Uint32Array;
}

/** Statement positions by key: `keys` in code-unit order, the positions of key n from `ends[n - 1]` (or 0) to `ends[n]`. */
interface PositionGroups {
  keys: PackedStrings;
  ends: Uint32Array;
  positions: Uint32Array;
}

interface TablesRecord {
  layout: number;
  /** How many statements and actor rows the tables were made for. */
  statements: number;
  actors: number;
  speakers: PositionGroups;
  channels: PositionGroups;
  articles: PositionGroups;
}

interface RowsRecord {
  /** Every actor row's position, in book order. */
  order: Uint32Array;
  /** Each row's keys, in the rows' order: the JSON of `[keys, words, nameWords, compactKeys, initials, offices]`. */
  keys: PackedStrings;
}

/** One shelf: its strings in code-unit order, the rows listed under string n from `ends[n - 1]` (or 0) to `ends[n]`. */
interface ShelfRecord {
  shelf: ShelfName;
  strings: PackedStrings;
  ends: Uint32Array;
  rows: Uint32Array;
  /** The strings' positions by length, then in code-unit order. */
  byLength: Uint32Array;
}

const SHELVES: readonly ShelfName[] = ['names', 'compactKeys', 'words', 'initials', 'offices', 'candidates', 'nameWords', 'joined'];

/** The `book` part's records for `quotes`, each made as it is written. */
export function* quoteBookRecords(quotes: QuoteData): Generator<TablesRecord | RowsRecord | ShelfRecord> {
  const { statements, actors } = quotes;
  yield {
    layout: LAYOUT,
    statements: statements.length,
    actors: actors.length,
    speakers: positionGroups(statements, (statement) => statement.speaker ?? undefined),
    channels: positionGroups(statements, channelKey),
    articles: positionGroups(statements, (statement) => statement.articleId),
  };
  const { keys, order, shelf: shelfOf } = shelvesToSave(actors);
  const keysText = keys.map((row) => JSON.stringify([row.keys, row.words, row.nameWords, row.compactKeys, row.initials, row.offices]));
  yield { order: Uint32Array.from(order), keys: packed(keysText) };
  for (const shelf of SHELVES) {
    const listed = shelfOf(shelf);
    const strings = [...listed.keys()].sort(byCodeUnits);
    const { ends, members } = grouped(strings.map((text) => listed.get(text)!));
    const byLength = Uint32Array.from(strings.keys()).sort((a, b) => strings[a]!.length - strings[b]!.length || a - b);
    yield { shelf, strings: packed(strings), ends, rows: members, byLength };
  }
}

/** `strings` as one UTF-8 text and their ends. */
function packed(strings: readonly string[]): PackedStrings {
  const { bytes, ends } = packStrings(strings);
  return { text: bytes, ends };
}

/** Lists of numbers one after another, and where each ends. */
function grouped(lists: readonly (readonly number[])[]): { ends: Uint32Array; members: Uint32Array } {
  const ends = new Uint32Array(lists.length);
  const members = new Uint32Array(lists.reduce((total, list) => total + list.length, 0));
  let at = 0;
  for (const [n, list] of lists.entries()) {
    members.set(list, at);
    ends[n] = at += list.length;
  }
  return { ends, members };
}

/** The positions of `statements` grouped by `keyOf` (none for undefined). */
function positionGroups(statements: readonly Statement[], keyOf: (statement: Statement) => string | undefined): PositionGroups {
  const byKey = new Map<string, number[]>();
  for (const [position, statement] of statements.entries()) {
    const key = keyOf(statement);
    if (key === undefined) continue;
    const list = byKey.get(key);
    if (list) list.push(position);
    else byKey.set(key, [position]);
  }
  const keys = [...byKey.keys()].sort(byCodeUnits);
  const { ends, members } = grouped(keys.map((key) => byKey.get(key)!));
  return { keys: packed(keys), ends, positions: members };
}

/** What the restored tables need of the restored quote data. */
export interface RestoredQuotes {
  /** How many statements and actor rows were restored (the actors are parsed to count them). */
  statementCount(): number;
  actorCount(): number;
  /** The statement at this position of the list, read without reading the others. */
  statementAt(position: number): Statement;
}

/**
 * The saved tables of the `book` part, parsed and checked against the restored quote data at the first call; undefined,
 * with `note` told why once, when the part does not parse, is of an older layout or does not fit that data.
 */
export function savedQuoteTables(part: DeferredPart, quotes: RestoredQuotes, note: (reason: string) => void): () => SavedQuoteTables | undefined {
  let tables: { value: SavedQuoteTables | undefined } | undefined;
  return () => {
    if (tables) return tables.value;
    try {
      tables = { value: tablesOf(part.parse(), quotes) };
    } catch (error) {
      note(error instanceof Error ? error.message : String(error));
      tables = { value: undefined };
    }
    return tables.value;
  };
}

/**
 * Strings read back from `PackedStrings`, each decoded when asked for: a look-up reads a few dozen of them (a binary
 * search), and decoding the whole text first was a tenth of a second at 100,000 articles. The strings' order is the
 * saving code's; the manifest's checksum vouches for the bytes.
 */
interface Unpacked {
  size: number;
  stringAt(at: number): string;
}

/** `strings` checked: throws unless the ends rise to the text's length. */
function unpacked({ text, ends }: PackedStrings, what: string): Unpacked {
  const strings = { bytes: text, ends };
  if (!isPackedStrings(strings, { whole: true })) throw new Error(`the saved quote book's ${what} do not fit their text`);
  return { size: ends.length, stringAt: packedStringAt(strings) };
}

/** Whether `ends` never fall. */
function rises(ends: Uint32Array): boolean {
  for (let n = 1; n < ends.length; n++) if (ends[n]! < ends[n - 1]!) return false;
  return true;
}

/** Whether every one of `numbers` is below `count`. */
function allBelow(numbers: Uint32Array, count: number): boolean {
  for (let n = 0; n < numbers.length; n++) if (numbers[n]! >= count) return false;
  return true;
}

/** Throws unless `ends` rise to `members`' length, one end per group of `groups`, and every member is below `count`. */
function checkMembers(ends: Uint32Array, members: Uint32Array, groups: number, count: number, what: string): void {
  const fits = ends instanceof Uint32Array && members instanceof Uint32Array && ends.length === groups && rises(ends) && (groups === 0 ? members.length === 0 : ends[groups - 1] === members.length);
  if (!fits || !allBelow(members, count)) throw new Error(`the saved quote book's ${what} do not fit`);
}

/** The first position of `key` among `strings` (in code-unit order); undefined when it is not there. */
function placeOf(strings: Unpacked, key: string): number | undefined {
  const at = partitionIndex(0, strings.size, (n) => strings.stringAt(n) < key);
  return at < strings.size && strings.stringAt(at) === key ? at : undefined;
}

function tablesOf(records: unknown[], quotes: RestoredQuotes): SavedQuoteTables {
  const [tables, rows, ...shelfRecords] = records as [TablesRecord, RowsRecord, ...ShelfRecord[]];
  if (tables.layout !== LAYOUT) throw new Error('the saved quote book is of an older layout');
  if (tables.statements !== quotes.statementCount() || tables.actors !== quotes.actorCount()) throw new Error('the saved quote book was made for other quote data');
  const [speakers, channels, articles] = [tables.speakers, tables.channels, tables.articles].map((groups) => {
    const keys = unpacked(groups.keys, 'statement keys');
    checkMembers(groups.ends, groups.positions, keys.size, tables.statements, 'statement positions');
    return { keys, ends: groups.ends, positions: groups.positions };
  }) as [Groups, Groups, Groups];
  const keys = unpacked(rows.keys, 'actor keys');
  if (keys.size !== tables.actors || !(rows.order instanceof Uint32Array) || rows.order.length !== tables.actors || !allBelow(rows.order, tables.actors)) throw new Error('the saved quote book keys another number of actors');
  const shelves = Object.fromEntries(shelfRecords.map((record): [ShelfName, SavedShelf] => {
    const strings = unpacked(record.strings, `${record.shelf} strings`);
    checkMembers(record.ends, record.rows, strings.size, tables.actors, `${record.shelf} rows`);
    if (!(record.byLength instanceof Uint32Array) || record.byLength.length !== strings.size || !allBelow(record.byLength, strings.size)) throw new Error(`the saved quote book's ${record.shelf} lengths do not fit`);
    const { ends } = record;
    return [record.shelf, { ...strings, rowsAt: (at) => record.rows.subarray(at === 0 ? 0 : ends[at - 1], ends[at]), byLength: record.byLength }];
  })) as Record<ShelfName, SavedShelf>;
  if (!SHELVES.every((shelf) => shelf in shelves)) throw new Error('the saved quote book lacks a shelf');
  const statementsOf = (groups: Groups, wanted: Iterable<string>): Statement[] => {
    const positions: number[] = [];
    for (const key of wanted) {
      const n = placeOf(groups.keys, key);
      if (n === undefined) continue;
      for (let at = n === 0 ? 0 : groups.ends[n - 1]!; at < groups.ends[n]!; at++) positions.push(groups.positions[at]!);
    }
    // In the list's order, as a pass over the whole list gives them (a statement has one speaker: none twice).
    return positions.sort((a, b) => a - b).map(quotes.statementAt);
  };
  return {
    actorKeysAt: (row) => {
      const [keyList, words, nameWords, compactKeys, initials, offices] = JSON.parse(keys.stringAt(row)) as string[][];
      return { keys: keyList!, words: words!, nameWords: nameWords!, compactKeys: compactKeys!, initials: initials!, offices: offices! };
    },
    order: rows.order,
    shelves,
    bySpeaker: (names) => statementsOf(speakers, names),
    carriedBy: (key) => statementsOf(channels, [key]),
    inArticle: (articleId) => statementsOf(articles, [articleId]),
  };
}

/** Restored `PositionGroups`. */
interface Groups {
  keys: Unpacked;
  ends: Uint32Array;
  positions: Uint32Array;
}
