/**
 * Verbatim stretches of an article around a chosen sentence: the sentence itself, widened by its
 * neighbour when it cannot stand alone, and the excerpt a citation shows.
 */
import type { TextSpan } from '../corpus/types.js';
import type { Evidence } from './evidence.js';
import { answersQuestionBefore } from './list-parts.js';

/** Longest excerpt a citation shows; a Discord embed has room for five of these and the answer. */
const MAX_EXCERPT_CHARS = 500;

// Words that open a sentence by pointing back at the one before ("Él…", "Esto…", "However, it…").
// A closed grammatical class of each language the bot reads, not a vocabulary.
const ANAPHORIC_OPENERS = new Set([
  // Spanish
  'él', 'ella', 'ellos', 'ellas', 'esto', 'este', 'esta', 'estos', 'estas', 'eso', 'ese', 'esa', 'esos', 'esas', 'aquel',
  'aquella', 'aquello', 'aquellos', 'aquellas', 'dicho', 'dicha', 'dichos', 'dichas', 'su', 'sus', 'le', 'les', 'lo',
  'allí', 'ahí', 'entonces', 'además', 'asimismo', 'también', 'pero', 'sin embargo', 'no obstante', 'por ello', 'por eso',
  'por tanto', 'así',
  // English
  'he', 'she', 'it', 'they', 'his', 'her', 'its', 'their', 'this', 'that', 'these', 'those', 'there', 'then', 'also',
  'however', 'but', 'such', 'both',
]);

const OPENING_PUNCTUATION = /^[\s"'“‘«¿¡(\[—–-]+/u;
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;

/** Whether the sentence leans on the one before: it opens with an anaphor or in lower case. */
export function needsPrevious(sentence: string): boolean {
  const opening = sentence.replace(OPENING_PUNCTUATION, '');
  if (/^\p{Ll}/u.test(opening)) return true;
  const [first = '', second = ''] = opening.toLowerCase().split(/[\s,;:]+/u);
  return ANAPHORIC_OPENERS.has(first) || ANAPHORIC_OPENERS.has(`${first} ${second}`);
}

/** Whether the sentence is cut or announces the next one: it ends without a full stop, or with a colon. */
export function needsNext(sentence: string): boolean {
  return !SENTENCE_END.test(sentence.trimEnd());
}

/**
 * The sentence widened to what it needs to be understood, as long as it stays quotable: the whole
 * sentence when it is a piece of one the passage splitter cut, then the neighbour before it when it
 * leans on that one or is the question it answers, and the one after it when it is cut or announces it.
 */
export function answerUnit(evidence: Evidence, sentence: TextSpan): TextSpan {
  return pastTurnLabel(evidence.article.text, widenedUnit(evidence, sentence));
}

/**
 * An interview's turn label at the start of a span ("P. ", "R. ", "Q: ", "A: ", "Pregunta. ", "Respuesta: "; the forms
 * quotes/labelled-interviews.ts reads), which says who speaks and is none of the story's words.
 */
const TURN_LABEL = /^\s*(?:[—–-]\s*)?(?:[PRQ]\s*[.:]|A\s*:|(?:Pregunta|Respuesta|Question|Answer)\s*[.:])\s+(?=\S)/u;

/** `span` starting past an interview's turn label, when it opens with one. */
function pastTurnLabel(text: string, span: TextSpan): TextSpan {
  const label = TURN_LABEL.exec(text.slice(span.start, span.end));
  return label ? { start: span.start + label[0].length, end: span.end } : span;
}

function widenedUnit(evidence: Evidence, sentence: TextSpan): TextSpan {
  const text = evidence.article.text;
  const { sentences } = evidence;
  const fits = (span: TextSpan) => span.end - span.start <= MAX_EXCERPT_CHARS;
  const whole = sentences.find((other) => other.start <= sentence.start && sentence.end <= other.end);
  let unit = whole && fits(whole) ? whole : sentence;
  const previous = sentences.findLast((other) => other.end <= unit.start);
  const withPrevious = previous && { start: previous.start, end: unit.end };
  const leans = (unitText: string) => needsPrevious(unitText) || (previous !== undefined && answersQuestionBefore(text.slice(previous.start, previous.end), unitText));
  if (withPrevious && fits(withPrevious) && leans(text.slice(unit.start, unit.end))) unit = withPrevious;
  const next = sentences.find((other) => other.start >= unit.end);
  const withNext = next && { start: unit.start, end: next.end };
  if (withNext && fits(withNext) && needsNext(text.slice(unit.start, unit.end))) unit = withNext;
  return unit;
}

/**
 * The excerpt a citation shows for `focus`: the focus, then the rest of its passage sentence by
 * sentence, one after and one before in turn, while it fits in MAX_EXCERPT_CHARS. A focus longer
 * than that is cut at a word boundary. Always a contiguous slice of the article.
 */
export function excerptAround(evidence: Evidence, focus: TextSpan): TextSpan {
  const { text } = evidence.article;
  if (focus.end - focus.start > MAX_EXCERPT_CHARS) {
    return pastTurnLabel(text, { start: focus.start, end: focus.start + wordCut(text.slice(focus.start, focus.end), MAX_EXCERPT_CHARS) });
  }
  const { passage } = evidence.hit;
  const inPassage = evidence.sentences.filter((sentence) => sentence.start >= passage.start && sentence.end <= passage.end);
  let { start, end } = focus;
  // An interview's turn is one speaker's: the excerpt grows neither into the turn before a label nor into the next one.
  const opensTurn = (at: number) => TURN_LABEL.test(text.slice(at, at + MAX_LABEL_CHARS));
  const before = opensTurn(start) ? [] : inPassage.filter((sentence) => sentence.end <= start).reverse();
  const after = inPassage.filter((sentence) => sentence.start >= end);
  const nextTurn = after.findIndex((sentence) => opensTurn(sentence.start));
  if (nextTurn >= 0) after.splice(nextTurn);
  for (let grew = true; grew; ) {
    grew = false;
    if (after[0] && after[0].end - start <= MAX_EXCERPT_CHARS) {
      end = after.shift()!.end;
      grew = true;
    }
    if (before[0] && end - before[0].start <= MAX_EXCERPT_CHARS) {
      start = before.shift()!.start;
      grew = true;
      if (opensTurn(start)) before.splice(0);
    }
  }
  return pastTurnLabel(text, { start, end });
}

/** Characters a turn label and the space after it take at most ("Respuesta: "). */
const MAX_LABEL_CHARS = 16;

/** How much of `text` to keep to cut it at a word boundary within `limit` characters (all of a single word). */
export function wordCut(text: string, limit: number): number {
  if (text.length <= limit) return text.length;
  const window = text.slice(0, limit);
  const lastSpace = window.search(/\s\S*$/u);
  return lastSpace > 0 ? lastSpace : window.length;
}
