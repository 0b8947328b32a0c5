/**
 * Whether a question pins what it asks to a quantity the answer's text never gives, while the sentences the answer
 * would quote give another quantity of the same thing: "¿Qué es equivalente a 804 litros de oxígeno?" beside "…un litro
 * de oxígeno licuado es equivalente a 840 litros de oxígeno gaseoso" repeats the sentence's words about another
 * quantity, as a question dated by another year does (other-year.ts). SQuAD 2.0's writers made unanswerable questions
 * by swapping a figure into a question the paragraph answers (Rajpurkar et al., 2018, "Know What You Don't Know").
 *
 * Only a figure with what it counts or measures is read: the word after it ("804 litros", "26 %", "3,3 millones de
 * habitantes") or, apart, the word naming the measure before it ("una magnitud de 8,7", "la población de 5.105.786");
 * it is met by the same value anywhere in the answer's text, in digits or in words ("9 yardas", "nueve yardas"), and
 * unmet only beside a quoted figure of another value after the same word or before it. A bare figure beside any other figure was tried and cost
 * answerable questions (docs/EVALUATION.md, issue 15, squad15k and squad15m). Years are other-year.ts's; the number of
 * a name ("la Super Bowl 50", "el Apolo 11": digits right after a capitalised word inside the sentence) pins nothing.
 */
import type { Language } from '../corpus/types.js';
import { STOP_WORDS } from '../text/stop-words.js';
import { foldAccents } from '../text/words.js';
import { digitValue, figuresIn, stemOf } from './grounding.js';

/**
 * A quantity: its value and what it counts, as a stem ("litr"), "%" for a percentage, or the stem of the word naming the
 * measure before it after MEASURED ("<magnitud").
 */
interface Quantity {
  value: number;
  unit: string;
}

/** Marks a unit read from the word before a figure, which is not compared with one read after it. */
const MEASURED = '<';
/**
 * A word of four letters or more, then the figure in digits, with "de"/"del"/"of" (and an article) between them: "magnitud
 * de 8,7", "población de 5.105.786", "a magnitude of 8.7". Function words ("entre", "hasta") and adverbs in -mente /
 * -ly ("aproximadamente 40") measure nothing.
 */
const MEASURE_BEFORE = /(?<![\p{L}\p{M}])(\p{L}[\p{L}\p{M}]{3,})[ \u00a0]+(?:(?:de|del|of)[ \u00a0]+(?:(?:la|el|los|las|the)[ \u00a0]+)?)?(\p{N}+(?:[.,]\p{N}+)*)(?![\p{L}\p{N}]|[.,]\p{N})/gu;
const ADVERB = /(?:mente|ly)$/u;

/** A year (four digits from 1000 to 2099) or a name's number (digits right after a capitalised word inside the sentence). */
const NOT_A_QUANTITY = /(?<![\p{L}\p{N}]|\p{N}[.,])(?:1\d{3}|20\d{2})(?![\p{L}\p{N}]|[.,]\p{N})|(?<=[\p{L}\p{N},][ \u00a0]+\p{Lu}[\p{L}\p{M}]*[ \u00a0-]*)\p{N}+(?:[.,]\p{N}+)*/gu;
/** A percentage in digits: "26%", "26 %", "26 por ciento", "26 percent". */
const PERCENT = /(?<![\p{L}\p{N}]|\p{N}[.,])(\p{N}+(?:[.,]\p{N}+)*)\s*(?:%|por\s+ciento\b|per\s*cent\b)/giu;

/** `text` without its years and names' numbers (blanked, same length). */
function quantitiesOnly(text: string): string {
  return text.replace(NOT_A_QUANTITY, (found) => ' '.repeat(found.length));
}

/** The quantities `text` gives: figures (digits or words) followed by what they count, percentages, and figures in digits after the word naming their measure. */
function quantitiesIn(text: string, language: Language): Quantity[] {
  const kept = quantitiesOnly(text);
  const measures = [...kept.matchAll(MEASURE_BEFORE)].flatMap(([, word = '', digits = '']) => {
    const folded = foldAccents(word);
    return STOP_WORDS[language].has(folded) || ADVERB.test(folded) ? [] : [{ value: digitValue(digits), unit: MEASURED + stemOf(folded, language) }];
  });
  return [
    ...figuresIn(kept, language).flatMap((figure) => (figure.unit === undefined ? [] : [{ value: figure.value, unit: stemOf(figure.unit, language) }])),
    ...[...kept.matchAll(PERCENT)].map((match) => ({ value: digitValue(match[1] ?? ''), unit: '%' })),
    ...measures,
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
  // A value is held where a text gives it of the same thing or of nothing said: "el 22 de diciembre" does not give the 22nd of March.
  const figures = all.flatMap((text) => [...figuresIn(text, language).map((figure) => ({ value: figure.value, unit: figure.unit === undefined ? undefined : stemOf(figure.unit, language) })), ...[...text.matchAll(PERCENT)].map((match) => ({ value: digitValue(match[1] ?? ''), unit: undefined }))]);
  const held = (quantity: Quantity) => figures.some((figure) => sameValue(figure.value, quantity.value) && (figure.unit === undefined || figure.unit === quantity.unit || quantity.unit.startsWith(MEASURED) || quantity.unit === '%'));
  const quoted = sentences.flatMap((sentence) => quantitiesIn(sentence, language));
  return asked.some((quantity) => !held(quantity) && quoted.some((other) => other.unit === quantity.unit && !sameValue(other.value, quantity.value)));
}
