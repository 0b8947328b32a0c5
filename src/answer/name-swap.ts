/**
 * Another entity's figure. "¿Cuál es la tasa de desempleo de Orlando?" shares its words with "Una tasa de desempleo baja
 * en Miami –en marzo fue del 3.2 por ciento–", in a story that names Orlando elsewhere; "¿Cuántos años de prisión pidió
 * la Fiscalía contra Guillermo Bocángel?" with "La fiscalía pidió 12 años de prisión contra el hijo menor de Alberto
 * Fujimori", in a story that names Bocángel once, among the accused, with no figure. The figure belongs to the other
 * name (blind newcomer 24's D1, the kind SQuAD 2.0's writers made by swapping an entity; Rajpurkar, Jia & Liang, 2018).
 *
 * Earlier entity-swap rules (docs/EVALUATION.md, refusal, refusal45, refusal46) refused a question whose name the quoted
 * sentence lacks, and lost answerable XQuAD questions whose human translation names the entity otherwise ("los
 * Patriots" for "New England"): their story does not hold the question's name at all. This rule asks more: the story
 * holds the name, so the question does not merely rename what the sentence names, and none of the story's sentences
 * that name it gives a figure, so no passage ties one to it.
 */
import { splitSentences } from '../corpus/sentences.js';
import type { Language } from '../corpus/types.js';
import { nameWords } from '../search/analyze.js';
import { foldAccents } from '../text/words.js';
import { carriesCount } from './answer-type.js';
import { figuresIn } from './grounding.js';
import type { TermMatcher } from './matching.js';

/**
 * A question asking for a quantity by its noun ("¿Cuál es la tasa de desempleo de Orlando?", "What was the population
 * of…?"), which answer-type.ts gives no expected kind: the nouns that name a quantity in Spanish and English, a closed
 * class, right after "cuál/qué/what" and a copula. Folded.
 */
const QUANTITY_ASKED = /^\s*(?:cual|cuales|que|what|which)(?:'s|\s+(?:es|son|era|eran|fue|fueron|sera|is|was|are|were|will\s+be))?\s+(?:(?:el|la|los|las|the)\s+)?(?:tasa|tasas|indice|porcentaje|proporcion|cifra|cifras|numero|cantidad|total|poblacion|edad|rate|rates|index|percentage|proportion|share|figure|figures|number|amount|population|age)(?![\p{L}\p{M}])/u;

/**
 * Whether a question asks for a figure: `expects` (answer-type.ts, the expected kind) is a number or a date, or its
 * opening asks for a quantity by its noun (QUANTITY_ASKED). The rule below reads only such questions: on SQuAD-es v2's
 * dev groups, asked of other kinds ("¿Qué zona de Brookhaven…?") it refused answerable questions whose sentence merely
 * holds a figure (docs/EVALUATION.md, refusal47).
 */
export function asksFigure(question: string, expects: string | undefined): boolean {
  return expects === 'number' || expects === 'date' || QUANTITY_ASKED.test(foldAccents(question.slice(Math.max(0, question.indexOf('¿'))).replace(/^¿/u, '')));
}

/** What the rule reads: the first quoted sentence and its story, and the question's names as `matcher` terms. */
export interface SwapReading {
  /** The question's names, one list of terms per run of name words ("Guillermo Bocángel" is one run). */
  nameRuns: readonly (readonly string[])[];
  /** The question's name words, folded ("guillermo", "bocangel"). */
  nameWords: ReadonlySet<string>;
  /** The sentence the answer would quote first, as written. */
  sentence: string;
  /** The question's terms that sentence holds, names written otherwise included. */
  sentenceTerms: ReadonlySet<string>;
  /** Its story as read for the question's terms (headline and text; ask.ts `storyRead`). */
  story: string;
  /** Its headline: a name there is what every sentence of the story is about ("La pasarela costó…" under "Abre la pasarela del Duero"). */
  headline: string;
  matcher: TermMatcher;
  /** The language sentence and story are written in: its number words are figures too ("nine soldiers were wounded"). */
  language: Language;
  /**
   * For a question asking how many ("¿Con cuántos votos…?"), its words, folded: a sentence of the story that names the
   * asked name ties a figure to it only if it gives a count besides them (answer-type.ts `carriesCount`, durations, measures,
   * dates and sums aside). "El texto pasa ahora al Senado… podrá retrasarlo hasta dos meses" counts no votes of the Senate.
   */
  counting?: ReadonlySet<string>;
  /**
   * For a question asking an amount of money ("¿De cuánto fue la multa de la CREG a Enelit?"), whether a text holds one of its
   * words besides its names, the asking noun included ("multa", "multas"): a sentence of the story that names the asked
   * name ties an amount to it only if it does. "Según datos de la CREG, los usuarios… pagan 1.030 pesos" gives a tariff,
   * no fine of the CREG's (blind newcomer 28's D2).
   */
  about?: (text: string) => boolean;
}

/**
 * True when the sentence the answer would quote first gives a figure (in digits or words), names someone or somewhere the
 * question does not, and lacks every word of one of the question's names, while its story names that one elsewhere (not
 * in its headline) and never in a sentence with a figure (with a count, for a question counting a noun: `counting`; beside
 * one of its other terms, for a question asking an amount of money: `about`). On the
 * dev groups `counting` refused none of the eval's answerable questions (docs/EVALUATION.md, issue 15, stop 50); it reads
 * newcomer 27's "¿Con cuántos votos aprobó el Senado…?", whose Senate sentences give only "dos meses" and a date.
 * Same-language questions only (a translation spells names otherwise);
 * false when the question names nothing.
 */
export function figureOfAnotherName({ nameRuns, nameWords: asked, sentence, sentenceTerms, story, headline, matcher, language, counting, about }: SwapReading): boolean {
  const givesFigure = (text: string) => figuresIn(text, language).length > 0;
  if (!givesFigure(sentence)) return false;
  const tiesFigure = counting === undefined ? givesFigure : (text: string) => carriesCount(text, counting, false, language, false);
  const inHeadline = new Set(matcher.matches(headline).map((match) => match.term));
  const missing = nameRuns.filter((run) => run.length > 0 && !run.some((term) => sentenceTerms.has(term) || inHeadline.has(term)));
  if (missing.length === 0) return false;
  if (![...nameWords(sentence)].some((word) => !asked.has(foldAccents(word)))) return false;
  const matches = matcher.matches(story);
  const sentences = splitSentences(story);
  return missing.some((run) => {
    const held = matches.filter((match) => run.includes(match.term));
    if (!run.every((term) => held.some((match) => match.term === term))) return false;
    const inside = (span: { start: number; end: number }) => (match: { start: number; end: number }) => match.start >= span.start && match.end <= span.end;
    const aboutAsked = (span: { start: number; end: number }) => about === undefined || about(story.slice(span.start, span.end));
    return !sentences.some((span) => tiesFigure(story.slice(span.start, span.end)) && held.some(inside(span)) && aboutAsked(span));
  });
}
