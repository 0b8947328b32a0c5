/**
 * Whether a question asks about what did not happen while the sentences that would answer it state
 * nothing negated: "¿Qué ciudades no fueron destruidas?" beside "los mongoles destruyeron las
 * ciudades" repeats the sentence's words but asks the opposite. SQuAD 2.0's writers made a tenth of
 * their unanswerable questions this way (Rajpurkar et al., 2018, "Know What You Don't Know"); on
 * SQuAD-es v2 nine in ten negated questions whose quoted sentence holds no negation are unanswerable
 * (docs/EVALUATION.md). The cue words are closed classes of Spanish and English (negative
 * adverbs, pronouns and determiners; on the sentence's side also "sin", "salvo", "except"…, which
 * state an exception, and the verbs of lacking, failing or refusing, "carecen de", "lacks", "fail to", "se negó a",
 * which state an absence), not vocabulary
 * taken from any corpus. What stands before a Spanish question's opening mark only sets the scene ("Cuando … no pagan
 * impuestos, ¿se puede considerar…?"): a negation there does not negate what is asked.
 */
import { words } from '../text/words.js';

/** Words that negate a question, folded, in either language. */
const NEGATIONS = new Set([
  'no', 'nunca', 'jamas', 'tampoco', 'ni', 'ningun', 'ninguna', 'ninguno', 'ningunos', 'ningunas', 'nadie', 'nada',
  'not', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'cannot',
]);
/** Words by which a sentence states an absence or an exception, besides the negations. */
const EXCEPTIONS = new Set(['sin', 'salvo', 'excepto', 'excepcion', 'without', 'except', 'unless']);
/** Verbs of lacking, folded: a sentence states an absence by them ("carecen de tentáculos", "the stadium lacks a roof"). */
const LACKING = /^(?:carec\p{L}*|carezc\p{L}*|falt(?:a|an|aba|aban|o|aron|ara|aran)|lack(?:s|ed|ing)?|absent)$/u;
/**
 * Verbs of failing, omitting and refusing, folded: a sentence states by them that something was not done ("if they
 * fail to tell their bosses", "omitió informar", "se negaron a pagar"), as a negated question asks ("What fine do
 * employees face for not telling…?").
 */
const FAILING = /^(?:fail(?:s|ed|ing)?|omit\p{L}*|neglect(?:s|ed|ing)?|refus(?:e|es|ed|ing)|nego|negaron|negaba|negaban|negarse|incumpl\p{L}*)$/u;
// English contractions ("didn't", "isn’t"), which words() splits apart.
const CONTRACTED = /\p{L}n['’]t\b/iu;

/**
 * Portuguese "no" (em + o, "in the") before a name: "Quanto tempo durou a reunião no Palácio do Planalto?", a question
 * read as Spanish. A Spanish "no" negates a verb, a pronoun or an adverb that follows it, not a capitalised name.
 */
const CONTRACTED_NO = /(?<!\p{L})no(?=\s+\p{Lu})/gu;

function negated(text: string, cues: (word: string) => boolean): boolean {
  return CONTRACTED.test(text) || words(text).some(cues);
}

/** Whether `text` holds a negation (a negative adverb, pronoun or determiner, or an English contraction), read as a question's is. */
export function holdsNegation(text: string): boolean {
  return negated(text, (word) => NEGATIONS.has(word));
}

/**
 * True when `question` is negated (from its opening mark, if words stand before it) and none of `sentences` (the text
 * an answer would quote) holds a negation, an exception or a verb of lacking or failing: the answer would state the opposite of
 * what was asked.
 */
export function negationUnmet(question: string, sentences: readonly string[]): boolean {
  const asked = question.slice(Math.max(0, question.indexOf('¿'))).replace(CONTRACTED_NO, ' ');
  if (!holdsNegation(asked)) return false;
  return !sentences.some((sentence) => negated(sentence, (word) => NEGATIONS.has(word) || EXCEPTIONS.has(word) || LACKING.test(word) || FAILING.test(word)));
}
