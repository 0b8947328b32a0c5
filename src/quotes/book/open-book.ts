/**
 * What the look-ups of one quote book read (`OpenBook`: its data, its shelves, what is found at the first look-up
 * that wants it) and the shape of what they give (`result`).
 */
import type { QuoteResult, Statement } from '../types.js';
import type { QuoteData } from '../actors.js';
import type { UnquotedEntry } from '../unquoted-shelf.js';
import type { Entry } from './keys.js';
import type { Lookups } from './shelves.js';

/**
 * What the look-ups of one book read (`createQuoteBook` makes it): the quote data, its shelves, and what is found or
 * shelved at the first look-up that wants it.
 */
export interface OpenBook {
  readonly data: QuoteData;
  readonly shelves: Lookups;
  /** The statements the channel of this key carries, undefined for none. */
  carriedBy(key: string): readonly Statement[] | undefined;
  /** The statements whose speaker is one of `names`, in the statement list's order. */
  spokenBy(names: ReadonlySet<string>): readonly Statement[];
  /** The speakers with a name word that `prefix` begins (and is shorter than). */
  beginningWith(prefix: string): Set<Entry>;
  /** The most quoted names, in book order; a bare role ("Former mayor") or a common noun ("Empresa") names nobody to look up. */
  mostQuotedNames(count: number): string[];
  /** An actor's statements (`statements`, made at the first look-up of `key`) in /quote's order. */
  inOrder(key: string, statements: () => readonly Statement[]): readonly Statement[];
  /** The people the articles name but never quote with `word` among the words of their names and forms. */
  unquotedWith(word: string): UnquotedEntry[];
  /** How many look-ups `resolve` has under way to tell where a speaker sharing a one-word key spoke. */
  sharingLookups: number;
}

/** A look-up's result for `query`: `fields`, and nothing found in the others. */
export function result(query: string, fields: Partial<QuoteResult>): QuoteResult {
  return { actor: null, query, statements: [], suggestions: [], candidates: [], ...fields };
}

/** Whether a lookup found the speaker, or several that fit (not only suggestions). */
export function namesSomeone(found: QuoteResult): boolean {
  return found.actor !== null || found.candidates.length > 0;
}

/** Whether a lookup found the speaker, several that fit, or someone to suggest. */
export function foundSomething(found: QuoteResult): boolean {
  return namesSomeone(found) || found.suggestions.length > 0;
}
