/**
 * Looking actors up by whatever a user types: full name, surname, alias or title ("el líder norcoreano"),
 * in any case, with or without accents, with typos and other transliterations ("putn", "Kim Jong-un").
 */
import { distance } from 'fastest-levenshtein';
import type { Actor, QuoteResult, Statement } from './types.js';
import type { QuoteData } from './actors.js';
import { nameKey } from './normalize.js';

export interface QuoteBook {
  /** The statements of the actor the query resolves to; suggestions or candidates when it resolves to none. */
  lookup(query: string): QuoteResult;
  /** Known speakers, most statements first. */
  actors(): Actor[];
  /** Up to `limit` (at most 25) actor names: accent-insensitive prefix matches first, then close spellings. */
  suggest(partial: string, limit: number): string[];
}

/** Discord's autocomplete shows at most 25 choices. */
const MAX_SUGGESTIONS = 25;
const MAX_QUERY_CHARS = 200;
const UNKNOWN_SUGGESTIONS = 5;
const MIN_FUZZY_CHARS = 3;
/** Words too common to identify anyone on their own ("de" in "Banco de España"). */
const FILLER_WORDS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'en', 'of', 'the', 'and', 'in', 'un', 'una']);

/** A typed name as a lookup key: mentions, markdown and control characters removed, bounded in length. */
export function queryKey(query: string): string {
  return nameKey(
    query
      .slice(0, MAX_QUERY_CHARS)
      .replace(/<(?:@[!&]?|#)\d+>/g, ' ')
      .replace(/[*_`~|>\\\p{Cc}\p{Cf}]/gu, ' '),
  );
}

/** Edits allowed for a typo in a key of this length. */
function tolerance(key: string): number {
  return key.length <= 4 ? 1 : key.length <= 8 ? 2 : 3;
}

interface Entry {
  actor: Actor;
  /** Name and alias keys ("kim jong un", "lider norcoreano", "kim"). */
  keys: string[];
  /** Their words that can identify the actor alone ("kim", "jong", "putin"). */
  words: string[];
}

function entryOf(actor: Actor): Entry {
  const keys = [...new Set([actor.name, ...actor.aliases].map(nameKey).filter(Boolean))];
  const words = [...new Set(keys.flatMap((key) => key.split(' ')).filter((word) => word.length >= 3 && !FILLER_WORDS.has(word)))];
  return { actor, keys, words };
}

const compact = (key: string) => key.replace(/ /g, '');

export function createQuoteBook(data: QuoteData): QuoteBook {
  const entries = data.actors.map(entryOf);
  const statementsBy = new Map<string, Statement[]>();
  for (const statement of data.statements) {
    if (statement.speaker) statementsBy.set(statement.speaker, [...(statementsBy.get(statement.speaker) ?? []), statement]);
  }

  const closest = (key: string): Array<{ entry: Entry; edits: number }> =>
    entries
      .map((entry) => ({ entry, edits: Math.min(...[...entry.keys, ...entry.words].map((candidate) => distance(key, candidate))) }))
      .sort((a, b) => a.edits - b.edits || b.entry.actor.statements - a.entry.actor.statements);

  /** Actors the key names, from the surest kind of match to the loosest; the first kind that finds any wins. */
  const resolve = (key: string): Entry[] => {
    const stages: Array<(entry: Entry) => boolean> = [
      (entry) => entry.keys.some((candidate) => candidate === key || compact(candidate) === compact(key)),
      (entry) => key.split(' ').every((word) => entry.words.includes(word)),
    ];
    for (const matches of stages) {
      const found = entries.filter(matches);
      if (found.length) return found;
    }
    const ranked = closest(key);
    const best = ranked[0];
    if (!best || best.edits > tolerance(key)) return [];
    return ranked.filter((candidate) => candidate.edits === best.edits).map((candidate) => candidate.entry);
  };

  const result = (query: string, fields: Partial<QuoteResult>): QuoteResult => ({ actor: null, query, statements: [], suggestions: [], candidates: [], ...fields });

  return {
    lookup(query) {
      const key = queryKey(query);
      if (!key) return result(query, { suggestions: entries.slice(0, UNKNOWN_SUGGESTIONS).map((entry) => entry.actor.name) });
      const found = resolve(key);
      if (found.length > 1) return result(query, { candidates: found.map((entry) => entry.actor.name) });
      const [entry] = found;
      if (!entry) {
        // Any word of the query close to any word of a name will do for a suggestion ("Putim Vladimirovich").
        const near = entries.filter((candidate) =>
          key.split(' ').some((word) => word.length >= MIN_FUZZY_CHARS && candidate.words.some((known) => distance(word, known) <= tolerance(word))),
        );
        return result(query, { suggestions: near.slice(0, UNKNOWN_SUGGESTIONS).map((close) => close.actor.name) });
      }
      const statements = [...(statementsBy.get(entry.actor.name) ?? [])].sort(
        (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.articleId.localeCompare(b.articleId) || a.start - b.start,
      );
      return result(query, { actor: entry.actor.name, statements });
    },

    actors: () => data.actors,

    suggest(partial, limit) {
      const count = Math.max(0, Math.min(MAX_SUGGESTIONS, Math.floor(limit)));
      const key = queryKey(partial);
      if (!key) return entries.slice(0, count).map((entry) => entry.actor.name);
      const prefixed = entries.filter((entry) => [...entry.keys, ...entry.words].some((candidate) => candidate.startsWith(key)));
      // One or two letters are too few to guess a misspelling from.
      const fuzzy = entries
        .filter((entry) => key.length >= MIN_FUZZY_CHARS && !prefixed.includes(entry))
        .map((entry) => ({ entry, edits: Math.min(...[...entry.keys, ...entry.words].map((candidate) => distance(key, candidate.slice(0, key.length)))) }))
        .filter(({ edits }) => edits <= tolerance(key))
        .sort((a, b) => a.edits - b.edits || b.entry.actor.statements - a.entry.actor.statements)
        .map(({ entry }) => entry);
      return [...prefixed, ...fuzzy].slice(0, count).map((entry) => entry.actor.name);
    },
  };
}
