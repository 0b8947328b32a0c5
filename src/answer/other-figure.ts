/**
 * Whether a question pins what it asks to a quantity the answer's text never gives, while the sentences the answer
 * would quote give another quantity of the same thing: "¿Qué es equivalente a 804 litros de oxígeno?" beside "…un litro
 * de oxígeno licuado es equivalente a 840 litros de oxígeno gaseoso" repeats the sentence's words about another
 * quantity, as a question dated by another year does (other-year.ts). SQuAD 2.0's writers made unanswerable questions
 * by swapping a figure into a question the paragraph answers (Rajpurkar et al., 2018, "Know What You Don't Know").
 *
 * Only a figure with what it counts is read ("804 litros", "26 %", "3,3 millones de habitantes"); it is met by the same
 * value anywhere in the answer's text, in digits or in words ("9 yardas", "nueve yardas"), and unmet only beside a
 * quoted figure of another value that counts the same thing. A bare figure beside any other figure was tried and cost
 * answerable questions (docs/EVALUATION.md, issue 15, squad15k and squad15m). Years are other-year.ts's; the number of
 * a name ("la Super Bowl 50", "el Apolo 11": digits right after a capitalised word inside the sentence) pins nothing.
 */
import type { Language } from '../corpus/types.js';
import { digitValue, figuresIn, stemOf } from './grounding.js';

/** A quantity: its value and what it counts, as a stem ("litr"), or "%" for a percentage. */
interface Quantity {
  value: number;
  unit: string;
}

/** A year (four digits from 1000 to 2099) or a name's number (digits right after a capitalised word inside the sentence). */
const NOT_A_QUANTITY = /(?<![\p{L}\p{N}]|\p{N}[.,])(?:1\d{3}|20\d{2})(?![\p{L}\p{N}]|[.,]\p{N})|(?<=[\p{L}\p{N},][ \u00a0]+\p{Lu}[\p{L}\p{M}]*[ \u00a0-]*)\p{N}+(?:[.,]\p{N}+)*/gu;
/** A percentage in digits: "26%", "26 %", "26 por ciento", "26 percent". */
const PERCENT = /(?<![\p{L}\p{N}]|\p{N}[.,])(\p{N}+(?:[.,]\p{N}+)*)\s*(?:%|por\s+ciento\b|per\s*cent\b)/giu;

/** `text` without its years and names' numbers (blanked, same length). */
function quantitiesOnly(text: string): string {
  return text.replace(NOT_A_QUANTITY, (found) => ' '.repeat(found.length));
}

/** The quantities `text` gives: figures (digits or words) followed by what they count, and percentages. */
function quantitiesIn(text: string, language: Language): Quantity[] {
  const kept = quantitiesOnly(text);
  return [
    ...figuresIn(kept, language).flatMap((figure) => (figure.unit === undefined ? [] : [{ value: figure.value, unit: stemOf(figure.unit, language) }])),
    ...[...kept.matchAll(PERCENT)].map((match) => ({ value: digitValue(match[1] ?? ''), unit: '%' })),
  ];
}

const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * True when `question` gives a quantity with what it counts that none of `sentences` (what an answer would quote) and
 * `texts` (the passages they are read with) holds, in digits or in words, while a sentence gives another value of the
 * same thing. Question and sentences are compared in one language, `language` (the sentences'): the question as that
 * language reads it.
 */
export function figureUnmet(question: string, sentences: readonly string[], texts: readonly string[], language: Language): boolean {
  const asked = quantitiesIn(question, language);
  if (asked.length === 0) return false;
  const all = [...sentences, ...texts];
  const held = all.flatMap((text) => [...figuresIn(text, language).map((figure) => figure.value), ...[...text.matchAll(PERCENT)].map((match) => digitValue(match[1] ?? ''))]);
  const quoted = sentences.flatMap((sentence) => quantitiesIn(sentence, language));
  return asked.some((quantity) => !held.some((value) => sameValue(value, quantity.value)) && quoted.some((other) => other.unit === quantity.unit && !sameValue(other.value, quantity.value)));
}
