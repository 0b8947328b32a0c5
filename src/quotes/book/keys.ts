/**
 * The keys an actor is looked up by (`Entry`: folded names and aliases, their words, compact forms, initials and
 * offices), a typed query as a key, the edits a typo may make, and the book's order of actors and of statements.
 */
import type { Actor, ActorKeys, Statement } from '../types.js';
import { byStatements } from '../actors.js';
import { translatedInitials } from '../same-actor.js';
import { officeOf } from '../offices.js';
import { nameKey } from '../normalize.js';
import { byCodeUnits } from '../../arrays.js';
import { remembered } from '../../remembered.js';
import { FILLER_WORDS } from './words.js';

/** The longest actor query a lookup reads (characters); the rest of a pasted paragraph is ignored. */
export const MAX_ACTOR_QUERY_CHARS = 200;

/** Letters of a word, at least, for a close spelling of it to be looked for. */
export const MIN_FUZZY_CHARS = 3;

/** A typed name as a lookup key: markdown, control and format characters removed, bounded in length. A front end removes its own markup (Discord mentions) first. */
export function queryKey(query: string): string {
  return nameKey(
    query
      .slice(0, MAX_ACTOR_QUERY_CHARS)
      .replace(/[*_`~|>\\\p{Cc}\p{Cf}]/gu, ' '),
  );
}

/** The most letters of a word too short to be taken for a misspelling of another one edit away ("ibi", "iii"). */
export const MAX_SHORT_WORD = 3;

/** Edits allowed for a typo in a key of this length. */
export function tolerance(key: string): number {
  return toleranceOf(key.length);
}

/** Edits allowed for a typo in a string of `length` characters: 1 up to 4, 2 up to 8, else 3. */
export function toleranceOf(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/**
 * Edits allowed between one word of an unknown query and one word of a name, for a "did you mean" suggestion: fewer
 * than for a whole key, as one word is weaker evidence ("Neira" is two edits from "Nesma"). Elasticsearch's `AUTO`
 * fuzziness: none up to 2 characters, 1 up to 5, else 2.
 */
export function wordTolerance(word: string): number {
  return word.length <= 2 ? 0 : word.length <= 5 ? 1 : 2;
}

/** An actor row with the keys it is looked up by. */
export interface Entry extends ActorKeys {
  actor: Actor;
}

/**
 * Each actor row's entry, made once: a merge after an update gives back the same row for every actor it
 * did not touch (quotes/actors.ts), so the book made for the new version makes entries for those it did
 * only (making them all was a third of making the book).
 */
export const entries = new WeakMap<Actor, Entry>();

/** The entry of an actor row, made at its first use and kept while the row lives. */
export function entryOf(actor: Actor): Entry {
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
export function inBookOrder(a: Entry, b: Entry): number {
  return inActorOrder(a.actor, b.actor);
}

/** `inBookOrder` of two actors' entries. */
export function inActorOrder(a: Actor, b: Actor): number {
  return byStatements(a, b) || byCodeUnits(a.name, b.name);
}

/** A key with its spaces removed: how names written apart or together ("Kim Jong Un", "KimJongUn") meet. */
export const compact = (key: string) => key.replace(/ /g, '');

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
export function acronymInitials(query: string): string[] {
  const letters = query.replace(/[.\s]/g, '');
  if (!/^\p{Lu}{2,8}$/u.test(letters)) return [];
  const key = nameKey(letters).replace(/ /g, '');
  const pairs = key.match(/(.)\1/g);
  // One doubled letter is no plural abbreviation of one word ("PP" is a party's two initials, not a plural "P").
  const collapsed = pairs && pairs.length >= 2 && pairs.length * 2 === key.length ? pairs.map((pair) => pair[0]).join('') : undefined;
  return collapsed ? [collapsed, key] : [key];
}

/**
 * `localeCompare`'s collation (the same comparison: ECMA-402 defines `localeCompare` through a collator
 * with the default locale and options), without making or looking up a collator at each call.
 */
const COLLATOR = new Intl.Collator();

/** Newest first, then by article and position: the order /quote lists statements in. */
export function byRecency(a: Statement, b: Statement): number {
  return COLLATOR.compare(b.date ?? '', a.date ?? '') || COLLATOR.compare(a.articleId, b.articleId) || a.start - b.start;
}
