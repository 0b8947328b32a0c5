/**
 * The subject of a gerund of saying (", saying", ", asegurando"): the wire formula "X quoted Y as saying",
 * an absolute "with"/"con" clause ("with Israel saying…") and an adnominal gerund ("la expresión de X
 * asegurando…").
 */
import { nameSpans, type Sentence } from '../tokens.js';
import { readPhrase } from '../phrases.js';
import { isSpeechVerbToken } from '../cues.js';
import type { ArticleContext, Attribution, Previous } from '../reading.js';
import { DETERMINERS, NAME_PREPOSITIONS, isTitleNoun } from '../lexicon.js';
import { attributionOf, personAntecedent, pluralAntecedent } from './antecedents.js';
import { phraseEndingAt } from './phrase-end.js';

/** Object pronouns of one person and of a group, folded: whom "quoted him as saying" credits. */
const OBJECT_PRONOUNS = new Set(['him', 'her']);
const PLURAL_OBJECT_PRONOUNS = new Set(['them']);

/** Words "quoted" may have before "as saying" (the person quoted: "quoted Deputy Minister Ana Ruiz as saying"). */
const MAX_QUOTED_OBJECT_WORDS = 6;

/**
 * Whom the wire formula "X quoted Y as saying" (English news agencies' way of relaying another medium's quotation:
 * "…,” the Australian Broadcasting Corporation quoted him as saying") credits: Y, the object of "quoted", with X as the
 * channel when X is a medium, where X starts and the index of "quoted" (the formula's clause). `gerund` is the index of "saying"; undefined when "quoted <object>
 * as" does not precede it.
 */
export function quotedAsSaying(context: ArticleContext, sentence: Sentence, gerund: number, previous: Previous | undefined): { subject: Attribution; from: number; quoting: number } | undefined {
  const { tokens } = sentence;
  if (tokens[gerund - 1]?.key !== 'as') return undefined;
  let verb = gerund - 2;
  while (verb > 0 && gerund - 2 - verb < MAX_QUOTED_OBJECT_WORDS && tokens[verb]!.kind === 'word' && tokens[verb]!.key !== 'quoted') verb--;
  if (tokens[verb]?.key !== 'quoted' || verb === gerund - 2) return undefined;
  const object = tokens.slice(verb + 1, gerund - 1);
  const [first] = object;
  const quoted = object.length === 1 && OBJECT_PRONOUNS.has(first!.key) ? personAntecedent(context, previous)
    : object.length === 1 && PLURAL_OBJECT_PRONOUNS.has(first!.key) ? pluralAntecedent(context, previous)
    : (() => {
        const reading = readPhrase(sentence, context.text, verb + 1, gerund - 1);
        return reading && reading.kind !== 'pronoun' ? attributionOf(context, reading, previous, sentence.start) : undefined;
      })();
  if (!quoted?.speaker) return undefined;
  const teller = phraseEndingAt(context, sentence, verb);
  const channel = teller ? attributionOf(context, teller.reading, previous, sentence.start) : undefined;
  return { subject: { speaker: quoted.speaker, medium: channel?.medium ?? null }, from: teller?.from ?? verb, quoting: verb };
}

/** Words the subject of an absolute "with" clause may have before its gerund ("with the Indonesian government saying"). */
const MAX_ABSOLUTE_SUBJECT_WORDS = 5;

/**
 * The subject of a gerund in an absolute clause opened by "with"/"con" ("…, with Israel saying Hamas built it", "con el
 * Gobierno asegurando que…"): the noun phrase between them, not the main clause's subject. Undefined when no "with"
 * opens the words right before the gerund, or they read as no speaker.
 */
export function absoluteSubject(context: ArticleContext, sentence: Sentence, gerund: number, previous: Previous | undefined): Attribution | undefined {
  const { tokens } = sentence;
  let from = gerund;
  while (from > 0 && gerund - from < MAX_ABSOLUTE_SUBJECT_WORDS && tokens[from - 1]!.kind === 'word' && !ABSOLUTE_OPENERS.has(tokens[from - 1]!.key) && !isSpeechVerbToken(tokens[from - 1])) from--;
  if (from === gerund || !ABSOLUTE_OPENERS.has(tokens[from - 1]?.key ?? '')) return undefined;
  const reading = readPhrase(sentence, context.text, from, gerund);
  return reading ? attributionOf(context, reading, previous, sentence.start) : undefined;
}

/** Prepositions that open an absolute clause with its own subject and a gerund ("with X saying", "con X diciendo"). */
const ABSOLUTE_OPENERS: ReadonlySet<string> = new Set(['with', 'con']);

/**
 * The subject of a gerund right after a noun's complement naming a person ("tras la expresión de José Luis Dalmau
 * catalogando de «asesinas» a…", "the remarks of Mayor Ana Ruiz calling the strike…"): Spanish and English read such a
 * gerund as said of that person, not of the sentence's subject. Undefined when no "de"/"of" + name or title ends there.
 */
export function adnominalGerundSubject(context: ArticleContext, sentence: Sentence, gerund: number, previous: Previous | undefined): Attribution | undefined {
  const { tokens } = sentence;
  const span = nameSpans(sentence, context.text).find((candidate) => candidate.to === gerund);
  if (!span) return undefined;
  let start = span.from;
  // Back over the rest of the name and a title before it ("de José Luis Dalmau", "del alcalde Juan Mora").
  while (start > 0 && tokens[start - 1]!.kind === 'word' && (/^\p{Lu}/u.test(tokens[start - 1]!.text) || isTitleNoun(tokens[start - 1]!.key))) start--;
  const noun = tokens[start - 2];
  if (!NAME_PREPOSITIONS.has(tokens[start - 1]?.key ?? '') || noun?.kind !== 'word' || !/^\p{Ll}/u.test(noun.text) || DETERMINERS.has(noun.key) || isTitleNoun(noun.key)) return undefined;
  // A name alone is the whole run: "de José Luis Dalmau" is no "usuario de Twitter Kevin Sánchez" (personStart).
  const run = tokens.slice(start, gerund).every((token) => /^\p{Lu}/u.test(token.text));
  const name = context.text.slice(tokens[start]!.start, tokens[gerund - 1]!.end);
  const reading = run ? ({ kind: 'name', name, title: null, mediumTitle: false } as const) : readPhrase(sentence, context.text, start, gerund);
  return reading?.kind === 'name' ? attributionOf(context, reading, previous, sentence.start) : undefined;
}
