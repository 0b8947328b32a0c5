/**
 * A person the article introduces without quoting them: a name written for the first time with what they are (an age, a
 * trade, where they live): "Marisol Vega, 63, a seamstress from the river district, waited…", "Entre los afectados figura
 * Ramón Ledesma, un agricultor de 70 años…", "81-year-old widower George Ames swept mud…". Press writing introduces
 * someone that way right before quoting them, so the next sentence's pronoun or left-out subject ("'…,' she said.",
 * "«…», contó.") is theirs, not the speaker quoted before (an editor's convention, like reference.ts's rules).
 */
import type { ArticleContext, Attribution } from './reading.js';
import type { Sentence, Token } from './tokens.js';
import { nameSpans, startsLower, type NameSpan } from './tokens.js';
import { AGENT_NOUN, isRoleNoun } from './phrases.js';
import { isOrganisation } from './reference.js';
import { isPlaceName } from './countries.js';
import { nameKey } from './normalize.js';
import { INDEFINITE_DETERMINERS, KIN_NOUNS, NAME_ARTICLES, NAME_PREPOSITIONS } from './lexicon.js';

/** An age written as one word before a noun ("63-year-old", "81-year-old"). */
const AGE_WORD = /^\d+-years?-old$/;

/**
 * Spanish nouns of a trade by their ending ("peluquera", "pescadero", "enfermero"), which AGENT_NOUN leaves out because
 * "la minera" and "la petrolera" are firms as often: beside a person's name they are the person's trade.
 */
const TRADE_ENDING = /(?:ero|era)$/;

/** Whether a lower-case word says what a person is: a role, agent or kin noun ("seamstress", "pescador", "madre"), or an age. */
export function saysWhatPersonIs(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && startsLower(token.text) && (isRoleNoun(token) || AGENT_NOUN.test(token.key) || TRADE_ENDING.test(token.key) || KIN_NOUNS.has(token.key) || AGE_WORD.test(token.key));
}

/** Words read back from a name for the description before it ("A 68-year-old retired miner, Walter Brenn"). */
const MAX_DESCRIPTION_WORDS = 5;

/**
 * Whether the name [from, to) is written with what the person is: right after it a comma and an age ("Vega, 63,"), "de"
 * and a number ("de 58 años"), "from", a describing word ("Ana Paz, jubilada"), or an indefinite article with one a few
 * words on ("a seamstress", "un agricultor"; not Spanish "a los 70 años", a preposition); or right before it a describing
 * word ("widower George Ames"), or a phrase opened by an indefinite article holding one and a comma ("A 68-year-old
 * retired miner, Walter Brenn").
 */
function describedName(tokens: readonly Token[], span: NameSpan): boolean {
  const next = tokens[span.to + 1];
  if (tokens[span.to]?.text === ',' && next !== undefined) {
    if (/^\d+$/.test(next.key) || next.key === 'from' || saysWhatPersonIs(next)) return true;
    if (INDEFINITE_DETERMINERS.has(next.key) && tokens.slice(span.to + 2, span.to + 2 + MAX_DESCRIPTION_WORDS).some(saysWhatPersonIs)) return true;
    if (next.key === 'de' && /^\d+$/.test(tokens[span.to + 2]?.key ?? '')) return true;
  }
  if (saysWhatPersonIs(tokens[span.from - 1])) return true;
  if (tokens[span.from - 1]?.text !== ',') return false;
  for (let i = span.from - 2; i >= 0 && span.from - 2 - i < MAX_DESCRIPTION_WORDS; i--) {
    const token = tokens[i]!;
    if (token.kind !== 'word') return false;
    if (INDEFINITE_DETERMINERS.has(token.key)) return tokens.slice(i + 1, span.from - 1).some(saysWhatPersonIs);
  }
  return false;
}

/** Whether a speaker is a person's name in full: two words or more, each capitalised or a particle ("Ana de la Torre"). */
function personNamedInFull(speaker: string): boolean {
  const words = speaker.split(/\s+/);
  return words.length > 1 && words.every((word) => /^\p{Lu}/u.test(word) || NAME_PREPOSITIONS.has(word) || NAME_ARTICLES.has(word)) && !isOrganisation(speaker);
}

/**
 * The one person `sentence` introduces (see the module's comment): a person's name of two words or more, written there
 * for the first time, with a description (`describedName`); undefined when it introduces nobody, when it names another
 * person too (one the article named before, or anyone in full), or when the sentence's `subject` (as leadingSubject
 * reads it) is another person named in full.
 */
export function introducedPerson(context: ArticleContext, sentence: Sentence, subject: Attribution | undefined): Attribution | undefined {
  const { cast } = context;
  const before = new Set(cast.namedBefore(sentence.start - 1).map((name) => cast.resolveName(name, sentence.start) ?? name));
  const people = new Set<string>();
  let described: string | undefined;
  for (const span of nameSpans(sentence, context.text)) {
    const name = cast.resolveName(span.text, sentence.start) ?? span.text;
    if (isOrganisation(name) || cast.isMedium(name) || isPlaceName(nameKey(name)) || !(name.includes(' ') || before.has(name))) continue;
    people.add(name);
    if (!before.has(name) && describedName(sentence.tokens, span)) described = name;
  }
  // "Pratt later visited Jonas Pike, a welder…", "Álvaro Ruiz y el ministro Eduardo Soto…": with another person named,
  // either may be whom the article goes on quoting.
  const person = people.size === 1 ? described : undefined;
  if (person === undefined) return undefined;
  return subject?.speaker && subject.speaker !== person && personNamedInFull(subject.speaker) ? undefined : { speaker: person, medium: null };
}
