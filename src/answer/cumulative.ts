/**
 * A total against an increment. News stories of a running count give both the day's addition and the figure reached
 * ("Health officials reported six new cases on Monday. The county total has risen to 23"; "notificó nueve nuevos
 * contagios… Con ellos, los casos confirmados suman ya 57"): asked how many there are, or how many have been confirmed,
 * the answer is the total; only a question about the new or additional ones, or about one day, asks for the increment.
 * Read in Spanish and English text, folded. The rule is the structure of such reports, not a list of eval strings: a
 * figure after a verb or noun of reaching a total (rise to, reach, total, stand at, bring … to; ascender a, sumar,
 * alcanzar, acumular, elevar(se) a, llegar a), or in a sentence that says the count is whole ("en total", "in all", "so
 * far", "hasta ahora", "en lo que va de año"); an increment is a figure qualified as new, more or another ("six new
 * cases", "120 despidos más", "another 340 refugees", "otros 200 casos").
 */
import { foldAccents, words } from '../text/words.js';
import { carriesCount, NUMBER_WORDS } from './answer-type.js';

/** A figure, folded: digits with their separators, or a number word. */
const FIGURE = String.raw`(?:\p{N}+(?:[.,\s]\p{N}{3})*(?:[.,]\p{N}+)?|\b(?:${NUMBER_WORDS})\b)`;
/** Up to `n` words of letters between a cue and its figure ("suman ya 57", "bringing the county's total to 23"). */
const WORDS = (n: number) => String.raw`(?:\s+[\p{L}'’]+){0,${n}}\s+`;

/** Verbs and nouns of a total, each with how many words may stand between it and its figure (folded, whole words). */
const TOTAL_CUES = [
  // Spanish: "asciende a 41", "suman ya 57", "alcanzan los 2.900", "acumula 480", "se eleva a", "llegan ya a", "un total de 480".
  String.raw`(?:asciend|ascend)\p{L}*${WORDS(1)}a(?:l)?${WORDS(1)}`,
  String.raw`(?:suma|suman|sumaba|sumaban|sumaron|sumo|totaliza\p{L}*|alcanz\p{L}*|acumul\p{L}*)${WORDS(2)}`,
  String.raw`(?:eleva|elevan|elevo|elevaron|elevaba|elevando|elevado|sube|suben|subio|subieron|subido|llega|llegan|llego|llegaron|llegado|cifra|cifran|cifro)${WORDS(4)}a(?:l)?${WORDS(1)}`,
  String.raw`(?:total|totales)${WORDS(4)}`,
  String.raw`(?:ya\s+son|son\s+ya|ya\s+hay|hay\s+ya)${WORDS(1)}`,
  // English: "has risen to 23", "climbed to 2,900", "bringing the total to 23", "reached 8,500", "stands at 2,900", "a total of".
  String.raw`(?:rose|risen|rise|rises|rising|climb\p{L}*|grew|grown|grows|jump\p{L}*|increas\p{L}*|swell\p{L}*|soar\p{L}*|went\s+up|gone\s+up)${WORDS(1)}to\s+`,
  String.raw`(?:bring|brings|bringing|brought|rais\p{L}*|push\p{L}*|lift\p{L}*|tak(?:e|es|ing)|took|taken)${WORDS(8)}to\s+`,
  String.raw`(?:reach\p{L}*|total|totals|totall?ed|totall?ing|tally|cumulative)${WORDS(4)}`,
  String.raw`(?:stands?|stood|standing)\s+at${WORDS(0)}`,
];
const TOTAL_BEFORE_FIGURE = new RegExp(String.raw`\b(?:${TOTAL_CUES.join('|')})(?:los|las|el|la|unos|unas|some|about|around|nearly|almost|more\s+than|over|mas\s+de|casi|cerca\s+de|alrededor\s+de)?\s*(${FIGURE})`, 'gu');
/** A figure and the three words after it ("162 584 millones de euros" is money). */
const FIGURE_ON = /^\S+(?:\s+\S+){0,3}/u;
/** Words that make every figure of their sentence a whole count. */
const WHOLE_COUNT = /\b(?:en total|en conjunto|hasta ahora|hasta la fecha|hasta el momento|en lo que va de(?:l)? (?:ano|mes|semana|temporada|curso|campana)|in total|in all|all told|altogether|so far|to date|thus far)\b/u;

/** A figure qualified as new, more or another: "six new cases", "120 despidos más", "another 340", "otros 200 casos"; not "más de lo previsto", "ocho años más tarde". */
const INCREMENT = new RegExp(
  String.raw`${FIGURE}(?:\s+[\p{L}'’]+)?\s+(?:new|more|additional|further|extra|fresh|nuev[oa]s|mas|adicionales)\b(?!\s+(?:than|que|de\s+lo|tarde|temprano|adelante|alla)\b)` +
    String.raw`|\b(?:another|other|further|additional|otr[oa]s)\s+${FIGURE}`,
  'u',
);

/** Words of a question that ask for the new or additional ones, or for one day's figure (folded). */
const ASKS_INCREMENT = new Set([
  'new', 'more', 'additional', 'further', 'another', 'extra', 'latest', 'fresh', 'nuevo', 'nuevos', 'nueva', 'nuevas', 'mas', 'adicional', 'adicionales',
  'otro', 'otros', 'otra', 'otras', 'ultimo', 'ultimos', 'ultima', 'ultimas', 'ayer', 'anoche', 'yesterday',
  'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/**
 * Whether a question asks for an increment or one day's count ("How many new cases…?", "¿Cuántos despidos más…?",
 * "¿Cuántos contagios se notificaron ayer?"): then the story's figure qualified as new is its answer, not the total.
 */
export function asksIncrement(question: string): boolean {
  return words(question).some((word) => ASKS_INCREMENT.has(word));
}

/**
 * Whether `text` (a sentence) gives a total: a count (answer-type.ts `carriesCount`, no duration, share or money) right
 * after a verb or noun of a total (TOTAL_CUES), or anywhere in a sentence that says its count is whole (WHOLE_COUNT).
 * `questionWords` (folded) are no figure.
 */
export function givesTotal(text: string, questionWords: ReadonlySet<string>): boolean {
  const folded = foldAccents(text.toLowerCase());
  const counts = (part: string) => carriesCount(part, questionWords, false, undefined, false);
  if (WHOLE_COUNT.test(folded) && counts(folded)) return true;
  // The figure with the words after it, so that a unit makes it a measure, not a count ("reached 40 degrees").
  const figureOn = (match: RegExpExecArray) => FIGURE_ON.exec(folded.slice(match.index + match[0].length - (match[1]?.length ?? 0)))?.[0] ?? '';
  return [...folded.matchAll(TOTAL_BEFORE_FIGURE)].some((match) => counts(figureOn(match)));
}

/** Whether `text` (a sentence) gives a count qualified as new, more or another (INCREMENT) and no total (`givesTotal`). */
export function givesIncrement(text: string, questionWords: ReadonlySet<string>): boolean {
  return INCREMENT.test(foldAccents(text.toLowerCase())) && !givesTotal(text, questionWords);
}
