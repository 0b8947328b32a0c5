/**
 * A noun phrase in apposition to a name, read by its shape rather than by a list of its heads: "Marcela Gil, delegada
 * del turno de tarde", "said Rhys Ward, Tidewell Trust's head of policy", "El coordinador de la bancada oficialista,
 * Ramón Vela,". The cast (cast.ts) reads appositions whose head is a known title or role noun as titles; a description
 * whose head no list knows ("coordinador", "consellera", "gerenta", "co-founder") is still how the article names the
 * person, and what a user types to look them up.
 */
import type { Sentence, Token } from './tokens.js';
import { startsLower } from './tokens.js';
import type { Segment } from './cast.js';
import { CLAUSE_WORDS, COMPLEMENTISERS, CONNECTORS, COORDINATORS, DETERMINERS, FOCUS_PARTICLES, NAME_PREPOSITIONS, PHRASE_PREPOSITIONS, QUANTIFIERS, SKIPPABLE } from './lexicon.js';

/** Most words of a description in apposition ("a member of the board of the Tidewell Trust" has nine). */
const MAX_APPOSITION_WORDS = 10;

/** A possessive's ending ("Vizio's", "Tidewell Trust’s"). */
const POSSESSIVE = /['’]s$/u;

/**
 * Prepositions of time: a phrase set off by commas that holds one is when something happened ("the day after the vote",
 * "la semana antes del pleno"), not who someone is.
 */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['after', 'before', 'during', 'since', 'until', 'tras', 'durante', 'desde', 'hasta', 'antes', 'despues']);

/** Words that stress the name that follows ("el propio Villena", "la misma Gil"): no description of the person. Folded. */
const INTENSIFIERS: ReadonlySet<string> = new Set(['propio', 'propia', 'mismo', 'misma', 'mismisimo', 'mismisima']);

/** Dashes that close an apposition inside a dash-set reply ("—contó Ana Gil, delegada del turno—."). */
const DASHES: ReadonlySet<string> = new Set(['—', '–', '-']);

/**
 * Whether a lower-case word can open a description as its head or first modifier: not a word that opens another phrase
 * or clause (a preposition, a connector or sentence adverb, a time word, a quantifier, a verb of saying), nor an adverb
 * in "-mente"/"-ly" ("X, reportedly, …").
 */
export function opensDescription(token: Token): boolean {
  const { key } = token;
  return (
    token.kind === 'word' &&
    startsLower(token.text) &&
    /^\p{L}/u.test(token.text) &&
    token.verb === undefined &&
    !/(?:mente|ly)$/u.test(key) &&
    !INTENSIFIERS.has(key) &&
    ![PHRASE_PREPOSITIONS, NAME_PREPOSITIONS, CONNECTORS, SKIPPABLE, CLAUSE_WORDS, QUANTIFIERS, COORDINATORS, FOCUS_PARTICLES, DETERMINERS].some((words) => words.has(key))
  );
}

/**
 * The description a segment of `sentence` holds, as the token range to quote (an owner's possessive kept, an article
 * left out), or undefined when the segment is no such noun phrase. The phrase is an optional article (English "a" only in
 * English: Spanish "a" is a preposition) or an owner's possessive, a word that `opensDescription`, and then words only,
 * none a verb of saying or a clause word, at most MAX_APPOSITION_WORDS of them, up to the segment's end, a dash, or (after
 * an article or an owner) a relative word that opens a clause about the person ("…representative who assisted…": the
 * clause is cut off). With neither, the first word must have a complement ("delegada del turno"), as a verb's phrase
 * after a name ("X, tuvo que intervenir") reads the same otherwise.
 * `leading`: the segment stands before the name ("El coordinador…, Ramón Vela,"): it must open with an article or a
 * possessive, and may follow the complementiser of a reported clause ("explicó que el obispo, monseñor X,"); it must
 * then reach the segment's end.
 */
export function appositiveDescription(sentence: Sentence, segment: Segment, language: string, leading: boolean): Segment | undefined {
  if (!leading) return describedFrom(sentence, segment, segment.from, language, false);
  // Before the name, the phrase may follow a reported clause's complementiser or a preposition ("explicó que el obispo,
  // monseñor X,", "a través de la consellera de Emergencias, Pilar Monzó,"): the first article so placed that opens one.
  const { tokens } = sentence;
  for (let at = segment.from; at < segment.to; at++) {
    const before = tokens[at - 1];
    if (at > segment.from && !(DETERMINERS.has(tokens[at]!.key) && before !== undefined && (COMPLEMENTISERS.has(before.key) || PHRASE_PREPOSITIONS.has(before.key) || NAME_PREPOSITIONS.has(before.key)))) continue;
    const found = describedFrom(sentence, segment, at, language, true);
    if (found) return found;
  }
  return undefined;
}

/** `appositiveDescription` read from the token at `start` of the segment. */
function describedFrom(sentence: Sentence, segment: Segment, start: number, language: string, leading: boolean): Segment | undefined {
  const { tokens } = sentence;
  const first = tokens[start];
  if (!first) return undefined;
  const article = DETERMINERS.has(first.key) && !(['a', 'an'].includes(first.key) && language !== 'en');
  const from = article ? start + 1 : start;
  // What the person belongs to, before the head: an owner in the possessive ("Tidewell Trust’s") or a name used as a
  // modifier ("a Harbour Watch volunteer").
  let head = from;
  while (head < segment.to && tokens[head]!.kind === 'word' && /^\p{Lu}/u.test(tokens[head]!.text)) head++;
  const possessive = head > from && POSSESSIVE.test(tokens[head - 1]!.text);
  // A name as a modifier before its noun is English only: in Spanish "el Tano juntó…" is a subject and its verb.
  if (head > from && !possessive && language !== 'en') return undefined;
  if ((leading && !article && !possessive) || !tokens[head] || !opensDescription(tokens[head]!)) return undefined;
  let to = head;
  // A phrase preposition opens another phrase ("En la reunión con la consellera…", "X, juntó al plantel…"): a description
  // whose head no list knows holds only its noun's complements ("de", "of").
  while (to < segment.to && tokens[to]!.kind === 'word' && tokens[to]!.verb === undefined && !CLAUSE_WORDS.has(tokens[to]!.key) && !PHRASE_PREPOSITIONS.has(tokens[to]!.key)) to++;
  if (to - from > MAX_APPOSITION_WORDS || tokens.slice(head, to).some((token) => TIME_PREPOSITIONS.has(token.key))) return undefined;
  // With neither an article nor an owner, a noun's complement must follow its first word ("delegada del turno de tarde",
  // "head of policy"): a verb's phrase after a name reads the same otherwise ("X, tuvo que intervenir", "Y, llegó tarde,").
  if (!article && head === from && !NAME_PREPOSITIONS.has(tokens[head + 1]?.key ?? '')) return undefined;
  const stop = tokens[to];
  // A relative word closes a phrase with an article or an owner ("an Inlet Watch volunteer who…"), never a verb's ("tuvo que…").
  const closed = to === segment.to || (!leading && (DASHES.has(stop!.text) || (CLAUSE_WORDS.has(stop!.key) && (article || head > from))));
  return closed ? { from, to } : undefined;
}
