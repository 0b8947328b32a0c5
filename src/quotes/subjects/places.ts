/**
 * People named by where they are, as a subject ("Cerca de Daer dijeron", "En el entorno del ministro
 * explicaron", "the villagers in X said"): a group placed before or after the verb, and where such a group ends.
 */
import { isPunct, startsLower, type Sentence, type Token } from '../tokens.js';
import { ACCOUNT_NOUNS, placeEnd, readChannel } from '../phrases.js';
import { isSpeechVerbToken } from '../cues.js';
import type { ArticleContext, Attribution } from '../reading.js';
import { AUXILIARIES, CHANNEL_NOUNS, CLAUSE_WORDS, COMPLEMENTISERS, COORDINATORS, DETERMINERS, DOCUMENT_NOUNS, INDEFINITE_DETERMINERS, QUANTIFIERS, NAME_PREPOSITIONS, OBJECT_CLITICS, SKIPPABLE } from '../lexicon.js';
import { capitalise } from '../normalize.js';
import { skipBackOverAdverbs } from './phrase-end.js';

/** Opening words of a place whose people speak with a plural verb: "En el oficialismo aseguran…", "Desde la bancada señalaron…", "Cerca del presidente dicen…". */
const PLACE_OPENERS = new Set(['en', 'desde', 'cerca']);

/** Nouns of time that make "En las últimas horas advirtieron…" a time phrase, not a place with people in it. */
const TIME_NOUNS = new Set(['dia', 'dias', 'hora', 'horas', 'semanas', 'meses', 'anos', 'momento', 'momentos', 'jornada', 'jornadas', 'fecha', 'ocasion', 'ocasiones']);

/**
 * The people of a place or circle a sentence opens with, when a Spanish plural verb of saying (-n), or after "desde" one
 * with an impersonal "se", follows with no subject of its own: "En el oficialismo aseguran" → "Oficialismo", "Cerca del presidente dicen" → "Cerca del
 * presidente" (near whom, not the president). Undefined for a time phrase, a channel ("En el comunicado señalan")
 * or any stretch with punctuation, a clause word or another verb of saying.
 */
export function placedGroup(context: ArticleContext, sentence: Sentence, verbFirst: number, verbLast: number): Attribution | undefined {
  const { tokens } = sentence;
  const opener = tokens[0]?.key ?? '';
  const verb = tokens[verbLast]!;
  // "Desde el sindicato se aseguró que…", "Desde su entorno se insiste en que…": an impersonal "se" before the verb speaks
  // for the people where the words come from as a plural verb does. Not after "en" ("En el pueblo se dice que…" is hearsay).
  const impersonal = opener === 'desde' && tokens[verbFirst - 1]?.key === 'se' && !verb.verb?.english;
  if (!PLACE_OPENERS.has(opener) || !(/n$/.test(verb.key) || impersonal) || (verb.kind === 'word' && /^(?:\p{Lu})/u.test(verb.text))) return undefined;
  const near = opener === 'cerca';
  if (near && !NAME_PREPOSITIONS.has(tokens[1]?.key ?? '')) return undefined;
  const from = near ? 0 : DETERMINERS.has(tokens[1]?.key ?? '') ? 2 : 1;
  const end = skipBackOverAdverbs(tokens, impersonal ? verbFirst - 1 : verbFirst);
  const stretch = withoutCoordinatedVerb(tokens.slice(from, end));
  if (!stretch.length || stretch.some((token) => token.kind !== 'word' || CLAUSE_WORDS.has(token.key) || isSpeechVerbToken(token) || TIME_NOUNS.has(token.key) || SKIPPABLE.has(token.key))) return undefined;
  if (stretch.some((token) => CHANNEL_NOUNS.has(token.key) || DOCUMENT_NOUNS.has(token.key))) return undefined;
  return { speaker: capitalise(context.text.slice(stretch[0]!.start, stretch.at(-1)!.end)), medium: null };
}

/** A Spanish verb in the third person plural of the preterite ("negaron", "rechazaron", "dijeron", "leyeron"), folded. */
const PLURAL_PRETERITE = /(?:aron|ieron|yeron|jeron)$/u;

/**
 * The words of a place before a verb of saying, without a verb coordinated before it that shares its subject ("Desde el
 * sindicato lo negaron y aseguraron que…", "En la patronal rechazaron la acusación y advirtieron…"): from a plural
 * preterite, or an object pronoun before one, to a coordinator ending the words. The words unchanged otherwise.
 */
function withoutCoordinatedVerb(words: Token[]): Token[] {
  if (!COORDINATORS.has(words.at(-1)?.key ?? '')) return words;
  const verb = words.findIndex((token, i) => i > 0 && startsLower(token.text) && PLURAL_PRETERITE.test(token.key));
  if (verb < 0) return words;
  return words.slice(0, OBJECT_CLITICS.has(words[verb - 1]!.key) && verb > 1 ? verb - 1 : verb);
}

/**
 * "Informaron desde el hospital que…", "Han explicado desde la consejería que…": a Spanish plural verb of saying whose
 * subject is left out, followed by "desde" and where its speakers are, speaks for those there, as placedGroup reads
 * "Desde el hospital informaron…"; the place runs from `from` ("desde") to "que" or punctuation, words only.
 */
export function placedGroupAfter(context: ArticleContext, sentence: Sentence, verbLast: number, from: number): { subject: Attribution; from: number; to: number } | undefined {
  const { tokens } = sentence;
  const verb = tokens[verbLast]!;
  // The verb or its auxiliary is plural ("informaron", "han explicado").
  const plural = /n$/.test(verb.key) || (AUXILIARIES.has(tokens[verbLast - 1]?.key ?? '') && /n$/.test(tokens[verbLast - 1]!.key));
  if (tokens[from]?.key !== 'desde' || !plural || verb.verb?.english) return undefined;
  const start = DETERMINERS.has(tokens[from + 1]?.key ?? '') ? from + 2 : from + 1;
  let end = start;
  while (end < tokens.length && tokens[end]!.kind === 'word' && !CLAUSE_WORDS.has(tokens[end]!.key) && !COMPLEMENTISERS.has(tokens[end]!.key) && !isSpeechVerbToken(tokens[end]) && !TIME_NOUNS.has(tokens[end]!.key) && !SKIPPABLE.has(tokens[end]!.key)) end++;
  // Closed by the clause it reports, a colon, or the punctuation that ends a closing source ("…, según informaron desde X.").
  const closed = COMPLEMENTISERS.has(tokens[end]?.key ?? '') || end >= tokens.length || isPunct(tokens[end], ':.;,');
  const stretch = tokens.slice(start, end);
  if (!closed || !stretch.length || stretch.some((token) => CHANNEL_NOUNS.has(token.key) || DOCUMENT_NOUNS.has(token.key) || ACCOUNT_NOUNS.has(token.key))) return undefined;
  return { subject: { speaker: capitalise(context.text.slice(stretch[0]!.start, stretch.at(-1)!.end)), medium: null }, from, to: end };
}

/**
 * Prepositions of place that locate an anonymous source ("one GOP operative in the state", "un funcionario en Washington"),
 * Spanish and English; wider than phrases.ts's English PLACE_PREPOSITIONS, which set a named group in a named place.
 */
const SOURCE_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'inside', 'within', 'en', 'dentro']);

/**
 * Where an anonymous or quantified source closing the sentence ("said one GOP operative in the state.") runs on
 * through the place that locates it: to the sentence's end, when no channel ("en rueda de prensa") and no other
 * word of a clause comes between. Undefined otherwise.
 */
export function placedGroupEnd(sentence: Sentence, text: string, from: number, to: number): number | undefined {
  const { tokens } = sentence;
  const opener = tokens[from]!.key;
  if (!SOURCE_PLACE_PREPOSITIONS.has(tokens[to]?.key ?? '') || readChannel(sentence, text, to, tokens.length)) return undefined;
  // "according to Georgian and Afghan officials in Helmand.": any group, when the place is a name closing the sentence.
  if (!(QUANTIFIERS.has(opener) || INDEFINITE_DETERMINERS.has(opener))) {
    const place = placeEnd(tokens, to);
    return place > to && (place >= tokens.length || isPunct(tokens[place], '.;')) ? place : undefined;
  }
  let end = to + 1;
  while (end < tokens.length && tokens[end]!.kind === 'word' && !isSpeechVerbToken(tokens[end]) && !CLAUSE_WORDS.has(tokens[end]!.key)) end++;
  return end > to + 1 && (end >= tokens.length || isPunct(tokens[end], '.;')) ? end : undefined;
}
