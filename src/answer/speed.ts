/**
 * A speed the question asks for. "How fast was the ferry sailing?" and "¿A qué velocidad circulaba el tren?" ask for a
 * unit of length per unit of time ("14 knots", "a 85 kilómetros por hora", "90 km/h"); a sentence with no such figure
 * does not answer them, however many of the question's words it holds ("struck a rock shelf at about 4:15 a.m. while
 * sailing south": blind newcomer 28's D4). "How fast" and "qué tan rápido" may ask how soon, too ("¿Qué tan rápido mata la
 * peste…?"): a span of time answers them as well. The phrases and units are closed classes of Spanish and English, read
 * folded (lower case, no accents); a figure is digits or a number word (answer-type.ts NUMBER_WORDS).
 */
import { foldAccents } from '../text/words.js';
import { NUMBER_WORDS } from './answer-type.js';

/** "What speed", "¿A qué velocidad…?", "¿Cuál era la velocidad…?": a speed and nothing else. */
const SPEED_NOUN = /\b(?:at what speed|what (?:speed|velocity)|(?:a|con) que velocidad|que velocidad|(?:cual|que) (?:es|era|fue|sera) (?:la )?velocidad)\b/u;
/** "How fast", "¿Qué tan rápido…?", "¿Cuán rápido…?": a speed, or how soon. */
const HOW_FAST = /\b(?:how fast|(?:que tan|cuan) rapid[oa]s?)\b/u;

/** A figure: digits (with their separators) or a number word. */
const FIGURE = `(?:\\d[\\d.,]*|\\b(?:${NUMBER_WORDS}|one|uno|una)\\b)`;
/** A unit per unit of time ("millas por hora", "metres per second", "km/h"), or a unit that is a speed ("knots", "mph"). */
const SPEED_UNIT = '(?:kph|mph|nudos?|knots?|\\p{L}+(?:\\s*/\\s*|\\s+(?:por|per|a la|an|al)\\s+)(?:h|s|hora|hour|segundo|second|minuto|minute))';
/** A unit of time, for how soon. */
const TIME_UNIT = '(?:segundos?|seconds?|minutos?|minutes?|horas?|hours?|dias?|days?|semanas?|weeks?|mes|meses|months?|anos?|years?)';
/** A figure then, after at most one word ("a 300 kilómetros por hora", "at about 14 knots"), the unit. */
const figureIn = (unit: string) => new RegExp(`${FIGURE}\\s*(?:\\p{L}+\\s+)?${unit}(?![\\p{L}])|\\bmach\\s+\\d`, 'u');
const SPEED = figureIn(SPEED_UNIT);
const SPEED_OR_TIME = figureIn(`(?:${SPEED_UNIT}|${TIME_UNIT})`);

/** How a question asks for a speed: by its noun (a speed only) or by "how fast" (a speed or a span of time). */
export type SpeedAsked = 'speed' | 'how fast';

/** Whether a question asks for a speed, and how (SpeedAsked); undefined when it does not. */
export function asksSpeed(question: string): SpeedAsked | undefined {
  const folded = foldAccents(question.toLowerCase());
  return SPEED_NOUN.test(folded) ? 'speed' : HOW_FAST.test(folded) ? 'how fast' : undefined;
}

/** Whether a text answers a question asking for a speed `asked` way: a figure in a unit of speed, or for "how fast" of time too. */
export function givesSpeed(text: string, asked: SpeedAsked): boolean {
  return (asked === 'speed' ? SPEED : SPEED_OR_TIME).test(foldAccents(text.toLowerCase()));
}
