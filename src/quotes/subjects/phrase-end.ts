/**
 * Reading back from a point of a sentence to the noun phrase that ends there (`phraseEndingAt`,
 * `nearestPhraseEndingAt`): the helpers the subject rules share to step back over adverbs, modals, brackets and
 * asides, and to tell a description from a name.
 */
import { isNameWord, isPunct, nameEnd, startsLower, startsUpper, type Sentence, type Token } from '../tokens.js';
import { saysWhatPersonIs } from '../introduced.js';
import type { Segment } from '../cast.js';
import { readPhrase, type PhraseReading } from '../phrases.js';
import { isSpeechVerbToken } from '../cues.js';
import type { ArticleContext } from '../reading.js';
import { ADVERBIAL_SUBORDINATORS, CLAUSE_WORDS, COORDINATORS, DETERMINERS, INDEFINITE_DETERMINERS, INTERROGATIVES, NAME_PREPOSITIONS, PHRASE_PREPOSITIONS, PRONOUNS, SKIPPABLE, SOURCE_MARKERS } from '../lexicon.js';
import { bareOpeningAdjunct } from './opening.js';

/** Relative pronouns whose antecedent is the subject of the verb they introduce. */
export const RELATIVES = new Set(['que', 'who', 'quien', 'quienes', 'which', 'cual', 'cuales']);

/** English modals and "do", which take a verb's bare form ("will say", "did tell"), folded. */
export const ENGLISH_MODALS: ReadonlySet<string> = new Set(['will', 'would', 'could', 'can', 'cannot', 'should', 'shall', 'may', 'might', 'must', 'did', 'do', 'does']);

/** An age written before a name as a compound adjective ("19-year-old", "45-year-old"). */
const AGE_BEFORE_NAME = /^\d{1,3}-year-old$/u;

/**
 * An adverb derived from an adjective by English "-ly" or Spanish "-mente", by the endings no noun before a verb has
 * ("originally", "privately", "recently", "reportedly", "públicamente"; not "family", "ally", "mente"). Folded.
 */
export const DERIVED_ADVERB = /^\p{L}{2,}(?:ally|ately|ently|ously|ively|fully|edly|antly|ingly|\p{L}{3}mente)$/u;

/** Steps back from `end` over adverbs and time phrases ("this week", "el lunes"); a determiner only before a time word. */
export function skipBackOverAdverbs(tokens: Token[], end: number): number {
  let i = end;
  while (i > 0) {
    const key = tokens[i - 1]!.key;
    const timeDeterminer = DETERMINERS.has(key) && i < end && SKIPPABLE.has(tokens[i]!.key);
    // "Residents could say", "Mayor Tom Riley did say": a modal is the verb group's, never the subject's last word.
    if ((DERIVED_ADVERB.test(key) || ENGLISH_MODALS.has(key) || /n['’]t$/.test(key)) && startsLower(tokens[i - 1]!.text)) {
      i--;
      continue;
    }
    if (!SKIPPABLE.has(key) || (DETERMINERS.has(key) && !timeDeterminer)) break;
    i--;
  }
  return i;
}

/** Tokens of a bracketed acronym or aside stepped over before a verb ("(APES)", "(UCEA)"). */
const MAX_BRACKET_TOKENS = 4;

/** Intensifiers after a subject pronoun ("ella misma", "he himself"). */
const INTENSIFIERS: ReadonlySet<string> = new Set(['mismo', 'misma', 'himself', 'herself']);

/**
 * The end of a segment without the bracketed aside closing it ("O senador Lasier Martins (Podemos-RS)", "Ana Ruiz (PP)"):
 * a party, a state or an acronym set after a name, before its apposition, is no part of the name.
 */
export function withoutAside(tokens: Token[], segment: Segment): number {
  const end = skipBackOverBrackets(tokens, segment.to);
  return end > segment.from ? end : segment.to;
}

export function skipBackOverBrackets(tokens: Token[], end: number): number {
  if (tokens[end - 1]?.text !== ')') return end;
  for (let i = end - 2; i >= Math.max(0, end - 2 - MAX_BRACKET_TOKENS); i--) if (tokens[i]!.text === '(') return i;
  // "“JOH” (como se le conoce al expresidente) contestó": an aside of any length after a quoted name.
  for (let i = end - 2; i > 0; i--) if (tokens[i]!.text === '(') return tokens[i - 1]!.kind === 'quote' ? i : end;
  return end;
}

/**
 * Whether a segment reads as a common-noun apposition describing the name before it ("glaciólogo de la
 * Universidad…", "a former regulator", "exsecretario privado de Bukele"): it opens with a lower-case noun,
 * possibly after an article, never with a clause or preposition word.
 */
export function isDescription(tokens: Token[], segment: Segment): boolean {
  let i = segment.from;
  // An article makes a noun phrase whatever its case ("the Labour MP for…"); a possessor opens one too
  // ("South Korea's national security adviser").
  const determined = DETERMINERS.has(tokens[i]?.key ?? '');
  if (determined) i++;
  const possessor = nameEnd(tokens, i);
  if (!determined && possessor > i && /['’]s$/.test(tokens[possessor - 1]!.text)) i = possessor;
  const head = tokens[i];
  if (!head || i >= segment.to || head.kind !== 'word' || (!determined && !/^\p{Ll}/u.test(head.text))) return false;
  const closed = [CLAUSE_WORDS, PHRASE_PREPOSITIONS, SKIPPABLE, COORDINATORS, SOURCE_MARKERS, RELATIVES];
  if (closed.some((words) => words.has(head.key))) return false;
  return !tokens.slice(segment.from, segment.to).some((token) => isSpeechVerbToken(token) || RELATIVES.has(token.key));
}

/**
 * The comma-free stretch ending just before token `end`, over quotations set inside its words, as a work's title is ("que
 * grabó con él el disco "Viento del Norte" en 1996"): a quotation right after a word is part of the stretch.
 */
export function segmentOverTitles(tokens: Token[], end: number): Segment {
  let from = segmentBefore(tokens, end).from;
  while (tokens[from - 1]?.kind === 'quote' && tokens[from - 2]?.kind === 'word') from = segmentBefore(tokens, from - 1).from;
  return { from, to: end };
}

/** The comma-free stretch of words ending just before token `end`. */
export function segmentBefore(tokens: Token[], end: number): Segment {
  let from = end;
  while (from > 0 && !isPunct(tokens[from - 1], ',.;:') && tokens[from - 1]!.kind !== 'quote') from--;
  return { from, to: end };
}

/** Tokens back from a comma within which a name listing a body's fields may open ("El Ministerio de Agricultura, Pesca y…"). */
const MAX_LISTED_NAME_TOKENS = 8;

/**
 * Where a name that lists a body's fields between commas opens, with its article, when it ends at `end` and its last
 * comma is right before `from` ("El Ministerio de Agricultura, Pesca y Alimentación | informó"); undefined otherwise.
 */
export function listedNameStart(tokens: Token[], from: number, end: number): number | undefined {
  if (!isPunct(tokens[from - 1], ',')) return undefined;
  for (let start = from - 2; start >= Math.max(0, from - 1 - MAX_LISTED_NAME_TOKENS); start--) {
    if (isNameWord(tokens, start) && nameEnd(tokens, start) === end) return DETERMINERS.has(tokens[start - 1]?.key ?? '') ? start - 1 : start;
  }
  return undefined;
}

/** The longest readable speaker phrase ending at token `end`, stopping at punctuation and clause words. */
export function phraseEndingAt(context: ArticleContext, sentence: Sentence, end: number): { reading: PhraseReading; from: number } | undefined {
  const { tokens } = sentence;
  // "Speaking through an interpreter he added": a subject pronoun is the whole subject, whatever words come before it.
  // Only after a participle clause opening the sentence, never after a word that opens a clause ("Explaining why she argued…").
  // "On her blog she wrote": so is one after a prepositional phrase opening the sentence (bareOpeningAdjunct).
  const afterParticiple = end > 1 && ((/(?:ing|ed)$/.test(tokens[0]!.key) && !CLAUSE_WORDS.has(tokens[end - 2]!.key) && !INTERROGATIVES.has(tokens[end - 2]!.key)) || bareOpeningAdjunct(context, sentence, end - 1));
  if (afterParticiple && PRONOUNS.has(tokens[end - 1]?.key ?? '') && tokens[end - 2]!.kind === 'word' && /^\p{Ll}/u.test(tokens[end - 2]!.text) && !isSpeechVerbToken(tokens[end - 2])) {
    const pronoun = readPhrase(sentence, context.text, end - 1, end);
    if (pronoun) return { reading: pronoun, from: end - 1 };
  }
  // "Ella misma reconoció…", "He himself admitted…": an intensifier after the pronoun.
  if (end > 1 && INTENSIFIERS.has(tokens[end - 1]?.key ?? '') && PRONOUNS.has(tokens[end - 2]?.key ?? '')) {
    const pronoun = readPhrase(sentence, context.text, end - 2, end - 1);
    if (pronoun) return { reading: pronoun, from: end - 2 };
  }
  // "As Harper herself said", "López misma reconoció": the intensifier stands apart from the name it stresses.
  if (end > 1 && INTENSIFIERS.has(tokens[end - 1]?.key ?? '')) return phraseEndingAt(context, sentence, end - 1);
  let from = end;
  // "Ruth Ashby of Ashby & Long said": a firm's ampersand between capitalised words is inside the phrase.
  const firmAmpersand = (at: number) => tokens[at]?.text === '&' && startsUpper(tokens[at - 1]?.text ?? '') && startsUpper(tokens[at + 1]?.text ?? '');
  while (from > 0 && ((tokens[from - 1]!.kind === 'word' && !isSpeechVerbToken(tokens[from - 1])) || firmAmpersand(from - 1))) from--;
  from = listedNameStart(tokens, from, end) ?? from;
  for (let start = from; start < end; start++) {
    // A subject opens its clause: in "Kim prometió visitar Moscú y Putin dijo", "Moscú y Putin" does not; nor does
    // the end of a name joined by a preposition ("Relatoría Especial para la Libertad de Expresión").
    // "De Urresti dijo…": a surname's particle opening the sentence is capitalised, and the surname is read without it.
    const particle = start === 1 && NAME_PREPOSITIONS.has(tokens[0]!.key) && /^\p{Lu}/u.test(tokens[0]!.text) && isNameWord(tokens, 1);
    if (start > 0 && !opensPhrase(tokens[start - 1]!) && !particle) continue;
    const head = DETERMINERS.has(tokens[start]!.key) ? start + 1 : start;
    if (PHRASE_PREPOSITIONS.has(tokens[start - 1]?.key ?? '') && isNameWord(tokens, start - 2) && isNameWord(tokens, head)) continue;
    const reading = readPhrase(sentence, context.text, start, end);
    // "People close to the governor said", "Allegados al presidente afirmaron": a role that is the object of a
    // preposition completing a word before it is not the subject (nor whom the role refers to).
    // "…moved in after the president said": a preposition that subordinates a clause ("after", "before", "since") opens its subject.
    const complement = PHRASE_PREPOSITIONS.has(tokens[start - 1]?.key ?? '') && !ADVERBIAL_SUBORDINATORS.has(tokens[start - 1]!.key) && tokens[start - 2]?.kind === 'word' && !SKIPPABLE.has(tokens[start - 2]!.key);
    if (complement && (reading?.kind === 'title' || reading?.kind === 'role')) continue;
    // "A retired nurse from the Hillcrest estate in Dunmore said", "Una vecina de 78 años del sector Cerro El Molle contó":
    // a name completing a preposition after a noun for a person is where the person is from, never who speaks (the
    // person, unnamed, is read as "A retired nurse said" is).
    if (complement && reading?.kind === 'name' && personNounBefore(tokens, start - 1)) continue;
    if (reading) return { reading, from: start };
  }
  return undefined;
}

/** Words read back from a preposition for the noun for a person it completes ("nurse from the Hillcrest estate in"). */
const MAX_PERSON_PHRASE_WORDS = 8;

/**
 * Whether the words before the preposition at `preposition`, back to the sentence's start, are a noun phrase an
 * indefinite article opens and a noun for a person heads ("A retired nurse from the Hillcrest estate", "Una vecina de 78
 * años del sector"): no verb nor clause word among them.
 */
function personNounBefore(tokens: Token[], preposition: number): boolean {
  if (preposition > MAX_PERSON_PHRASE_WORDS || !INDEFINITE_DETERMINERS.has(tokens[0]?.key ?? '')) return false;
  const words = tokens.slice(1, preposition);
  return words.every((token) => token.kind === 'word' && token.verb === undefined && !CLAUSE_WORDS.has(token.key)) && words.some(saysWhatPersonIs);
}

/**
 * The shortest readable speaker phrase ending at token `end` that opens after a preposition or an article
 * ("del propio Biden" → Biden, "por el Instituto Nacional de Estadística" → the institute): the nearest noun
 * phrase, which a relative pronoun refers to; a name is never cut ("de Estadística" stays in its name).
 */
export function nearestPhraseEndingAt(context: ArticleContext, sentence: Sentence, end: number): { reading: PhraseReading; from: number } | undefined {
  const { tokens } = sentence;
  for (let start = end - 1; start >= 0 && tokens[start]!.kind === 'word' && !isSpeechVerbToken(tokens[start]); start--) {
    const before = tokens[start - 1];
    const insideName = before !== undefined && NAME_PREPOSITIONS.has(before.key) && isNameWord(tokens, start - 2);
    // "joined by 19-year-old Kyle Bennett, who said…": an age before the name opens its phrase as an article does.
    const opener = before !== undefined && (opensPhrase(before) || NAME_PREPOSITIONS.has(before.key) || DETERMINERS.has(before.key) || AGE_BEFORE_NAME.test(before.text));
    if (insideName || isNameWord(tokens, start - 1) || (before !== undefined && !opener)) continue;
    const reading = readPhrase(sentence, context.text, start, end);
    if (reading) return { reading, from: start };
  }
  return phraseEndingAt(context, sentence, end);
}

/** Whether a phrase may open after this token: punctuation, a clause or function word, or a verb of saying whose inverted subject it is ("acotó la alcaldesa, quien…"). */
function opensPhrase(before: Token): boolean {
  // "what she called": the free relative opens the clause whose subject follows it.
  return before.kind !== 'word' || before.key === 'what' || before.key === 'as' || isSpeechVerbToken(before) || [CLAUSE_WORDS, PHRASE_PREPOSITIONS, SKIPPABLE, COORDINATORS, SOURCE_MARKERS, ADVERBIAL_SUBORDINATORS].some((words) => words.has(before.key));
}
