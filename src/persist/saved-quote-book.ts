/**
 * The snapshot's `book` part: what the quote book derives from the quote data and a restart would otherwise derive
 * again before its first answer about what someone said (issue 17: about 1 s to key 28,000 speakers, and every
 * statement read to find one speaker's, at 100,000 articles; docs/BENCHMARKS.md stop 52).
 *
 * Records: first the tables, `{ statements, actors, speakers, channels, articles }`, each of the last three a group
 * of statement positions (into the `statements` part's list) by key in code-unit order; then each actor row's keys
 * (`ActorKeys`) in the `actors` part's order, ACTORS_PER_BLOCK rows a record, as columns. Made again from the
 * quote data at every whole save, so an update never leaves it stale; a restored library's update makes quote data
 * without it (quotes/actors.ts `saved`).
 */
import type { DeferredPart } from './snapshot.js';
import { actorKeysOf, channelKey } from '../quotes/book.js';
import type { QuoteData } from '../quotes/actors.js';
import type { ActorKeys, SavedQuoteTables, Statement } from '../quotes/types.js';
import { byCodeUnits, lowerBound } from '../arrays.js';

/** Actor rows per record of keys: a record is about 150 kB of JSON at most, whatever the archive's size. */
const ACTORS_PER_BLOCK = 1024;

/** Statement positions by key: `keys` in code-unit order, the positions of `keys[n]` from `ends[n - 1]` (or 0) to `ends[n]`. */
interface PositionGroups {
  keys: string[];
  ends: Uint32Array;
  positions: Uint32Array;
}

interface TablesRecord {
  /** How many statements and actor rows the tables were made for. */
  statements: number;
  actors: number;
  speakers: PositionGroups;
  channels: PositionGroups;
  articles: PositionGroups;
}

/** Actor rows' keys as columns: the n-th entry of each list is the n-th row's. */
type ActorKeysBlock = { [Field in keyof ActorKeys]: ActorKeys[Field][] };

const KEY_FIELDS = ['keys', 'words', 'nameWords', 'compactKeys', 'initials', 'offices'] as const satisfies readonly (keyof ActorKeys)[];

/** The `book` part's records for `quotes`, made as they are written (the actor rows' keys a block at a time). */
export function* quoteBookRecords(quotes: QuoteData): Generator<TablesRecord | ActorKeysBlock> {
  const { statements, actors } = quotes;
  yield {
    statements: statements.length,
    actors: actors.length,
    speakers: positionGroups(statements, (statement) => statement.speaker ?? undefined),
    channels: positionGroups(statements, channelKey),
    articles: positionGroups(statements, (statement) => statement.articleId),
  };
  for (let from = 0; from < actors.length; from += ACTORS_PER_BLOCK) {
    const rows = actorKeysOf(actors.slice(from, from + ACTORS_PER_BLOCK));
    yield Object.fromEntries(KEY_FIELDS.map((field) => [field, rows.map((row) => row[field])])) as ActorKeysBlock;
  }
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
  const ends = new Uint32Array(keys.length);
  const positions = new Uint32Array(statements.length);
  let at = 0;
  for (const [n, key] of keys.entries()) {
    for (const position of byKey.get(key)!) positions[at++] = position;
    ends[n] = at;
  }
  return { keys, ends, positions: positions.slice(0, at) };
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
 * with `note` told why once, when the part does not parse or does not fit that data.
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

function tablesOf(records: unknown[], quotes: RestoredQuotes): SavedQuoteTables {
  const [tables, ...blocks] = records as [TablesRecord, ...ActorKeysBlock[]];
  if (tables.statements !== quotes.statementCount() || tables.actors !== quotes.actorCount()) throw new Error('the saved quote book was made for other quote data');
  for (const groups of [tables.speakers, tables.channels, tables.articles]) checkGroups(groups, tables.statements);
  const actorKeys: ActorKeys[] = [];
  for (const block of blocks) {
    const rows = block.keys.length;
    if (!KEY_FIELDS.every((field) => Array.isArray(block[field]) && block[field].length === rows)) throw new Error('the saved quote book\'s key columns do not match');
    for (let n = 0; n < rows; n++) actorKeys.push({ keys: block.keys[n]!, words: block.words[n]!, nameWords: block.nameWords[n]!, compactKeys: block.compactKeys[n]!, initials: block.initials[n]!, offices: block.offices[n]! });
  }
  if (actorKeys.length !== tables.actors) throw new Error('the saved quote book keys another number of actors');
  const statementsOf = (groups: PositionGroups, keys: Iterable<string>): Statement[] => {
    const positions: number[] = [];
    for (const key of keys) {
      const n = lowerBound(groups.keys, key, byCodeUnits);
      if (groups.keys[n] !== key) continue;
      for (let at = n === 0 ? 0 : groups.ends[n - 1]!; at < groups.ends[n]!; at++) positions.push(groups.positions[at]!);
    }
    // In the list's order, as a pass over the whole list gives them (a statement has one speaker: none twice).
    return positions.sort((a, b) => a - b).map(quotes.statementAt);
  };
  return {
    actorKeys,
    bySpeaker: (speakers) => statementsOf(tables.speakers, speakers),
    carriedBy: (key) => statementsOf(tables.channels, [key]),
    inArticle: (articleId) => statementsOf(tables.articles, [articleId]),
  };
}

/** Throws unless `groups` are keys in order, each with its positions, every one within `count` statements. */
function checkGroups({ keys, ends, positions }: PositionGroups, count: number): void {
  const fits = Array.isArray(keys) && ends instanceof Uint32Array && positions instanceof Uint32Array && ends.length === keys.length && (ends.length === 0 ? positions.length === 0 : ends[ends.length - 1] === positions.length);
  if (!fits || ends.some((end, n) => n > 0 && end < ends[n - 1]!) || keys.some((key, n) => n > 0 && byCodeUnits(keys[n - 1]!, key) >= 0) || positions.some((position) => position >= count)) {
    throw new Error('the saved quote book\'s statement positions do not fit its statements');
  }
}
