/**
 * Whether a question dates what it asks by a year that the answer's text never gives, while the sentences the answer
 * would quote date it by another: "¿Quién acuñó el nombre en 1774?" beside "El nombre fue acuñado en 1777 por Lavoisier"
 * repeats the sentence's words about another year, as a negated question repeats them about the opposite (negation.ts).
 * SQuAD 2.0's writers made unanswerable questions by swapping an entity or a figure into a question the paragraph
 * answers (Rajpurkar et al., 2018, "Know What You Don't Know"); on the dev groups of SQuAD-es v2 a question whose years
 * are all missing from the quoted sentences and their passages, beside a quoted sentence with another year, was
 * unanswerable in 37 of 42 answered cases, and it held for none of the answered Spanish XQuAD questions
 * (docs/EVALUATION.md, issue 15, squad15k). A year is a number from 1000 to 2099 standing alone; a range ("de 1628 a
 * 1631", "1628-31"), a decade ("la década de 1980", "los años 1980", "1980s") or a century written as its first year
 * ("los 1100s") holds every year in it, so "¿Qué pasó en 1629?" is met by "la epidemia de 1628-31"; a year after "desde" or
 * "since" holds every year from it on ("la más alta registrada desde 1961" tells of now, not of 1961).
 */
import { foldAccents } from '../text/words.js';

/** A span of years, both ends included. */
interface Years {
  from: number;
  to: number;
}

/** A year: four digits from 1000 to 2099, not part of a longer figure ("100.000", "12,1500"). */
const YEAR = String.raw`(?<![\p{L}\p{N}]|\p{N}[.,])(1\d{3}|20\d{2})(?!\p{N}|[.,]\p{N})`;
/** A year, then an optional range's joint and end ("-31", " a 1631", " y 1995", " to 1995") or a plural's "s" ("1980s"). */
const MENTION = new RegExp(String.raw`${YEAR}(?:\s*([-–]|\s(?:a|al|y|hasta|to|and)\s)\s*(\d{2}(?:\d{2})?)(?![\p{L}\p{N}]|[.,]\p{N})|(s)(?![\p{L}\p{N}]))?`, 'gu');
/** Words before a year that make it a decade: "la década de 1980", "los años 1980". */
const DECADE_BEFORE = /(?:d[eé]cada\s+de(?:\s+los)?|años)\s+$/iu;
/** Words before a lone year that open a span reaching the present: "la más alta registrada desde 1961", "since 1950". */
const SINCE_BEFORE = /(?:desde(?:\s+el)?|a\s+partir\s+de(?:l)?|since)\s+(?:(?:el\s+)?año\s+|the\s+year\s+)?$/iu;
/**
 * Words of comparison before that "desde"/"since": "la cifra más alta desde 2019", "the lowest since 1990", "récord desde".
 * The year is then a point the figure is compared with, not one it is given for: it holds the years after it to the
 * present, and none at all in a sentence that dates its figure by a year of its own ("alcanzó en 2025 … la más alta desde
 * 2019" gives no figure of 2019: blind newcomer 30).
 */
const COMPARED_BEFORE = /(?:^|[^\p{L}])(?:m[aá]s|mayor|mayores|menor|menores|mejor|mejores|peor|peores|r[eé]cord|m[aá]xim[oa]s?|m[ií]nim[oa]s?|highest|lowest|biggest|largest|smallest|best|worst|most|least|fewest|record)(?:\s+\S+){0,5}\s+$/iu;
/** How far before "desde" a word of comparison is read, in characters. */
const COMPARED_REACH = 60;
/** "y"/"and" join the ends of a range only after "entre"/"between" ("entre 1990 y 1995"); else two dates ("en 1979 y 1983"). */
const BETWEEN_BEFORE = /(?:entre|between)\s+$/iu;
const AND = /^\s*(?:y|and)\s*$/iu;

/** Every span of years that `text` names; a span opened by "desde"/"since" reaches the present unless `openSince` is false, when it holds its first year only. */
function yearsIn(text: string, openSince = true): Years[] {
  const found: Years[] = [];
  for (const match of text.matchAll(MENTION)) {
    const year = Number(match[1]);
    const [, , joint, end, pluralS] = match;
    const before = text.slice(Math.max(0, match.index - 20), match.index);
    const plural = pluralS !== undefined || DECADE_BEFORE.test(before);
    if (end !== undefined && joint !== undefined && AND.test(joint) && !BETWEEN_BEFORE.test(before)) found.push({ from: year, to: year }, ...(end.length === 4 ? [{ from: Number(end), to: Number(end) }] : []));
    else if (end !== undefined) {
      const last = end.length === 2 ? Math.floor(year / 100) * 100 + Number(end) : Number(end);
      if (last > year) found.push({ from: year, to: last });
      else found.push({ from: year, to: year }, ...(end.length === 4 ? [{ from: last, to: last }] : []));
    } else if (plural && year % 10 === 0) found.push({ from: year, to: year + (year % 100 === 0 && pluralS !== undefined ? 99 : 9) });
    else if (!SINCE_BEFORE.test(before)) found.push({ from: year, to: year });
    else if (!COMPARED_BEFORE.test(text.slice(Math.max(0, match.index - COMPARED_REACH), match.index).replace(SINCE_BEFORE, ''))) found.push({ from: year, to: openSince ? Infinity : year });
    else if (openSince) found.push({ from: year + 1, to: Infinity });
  }
  return found;
}

const overlap = (a: Years, b: Years) => a.from <= b.to && b.from <= a.to;

/**
 * A year named relative to the story's ("last year", "el año pasado", "this year", "el próximo año"), as the offset from
 * it. Only the expressions that count from the time of writing: "the year before" or "el año anterior" count from a year
 * the sentence has just named.
 */
const RELATIVE_YEAR: ReadonlyArray<readonly [RegExp, number]> = [
  [/\blast\s+year\b|\bano\s+pasado\b/u, -1],
  [/\bthis\s+year\b|\beste\s+ano\b|\bano\s+en\s+curso\b/u, 0],
  [/\bnext\s+year\b|\bel\s+(?:proximo\s+ano|ano\s+(?:proximo|que\s+viene))\b/u, 1],
];

/**
 * The years `text` names relative to `published`, its story's publication year ("Coal fell 18 percent last year" in a
 * story of 2020 names 2019), as digits, for `yearUnmet`'s texts; none for an undated story.
 */
export function relativeYears(text: string, published: number | undefined): string[] {
  if (published === undefined) return [];
  const folded = foldAccents(text);
  return RELATIVE_YEAR.filter(([expression]) => expression.test(folded)).map(([, offset]) => String(published + offset));
}

/**
 * True when `question` names a year (or a span of them) and none of `texts` (the sentences an answer would quote, the
 * passages they are read with, and their stories' publication years) holds any of its years, while `sentences` (the quoted
 * ones) name another year, or name none while `story` (the quoted story as read around its passage, ask.ts `storyRead`)
 * gives the asked year to something else: the answer would tell what happened in another year. "¿Cuántos damnificados
 * dejó El Niño costero de 2017?" is not answered by "los huaicos dejaron 1.200 damnificados" in a story whose 2017 is
 * another paragraph's; on SQuAD-es v2's dev groups that second reading refused 12 unanswerable questions and no
 * answerable one (docs/EVALUATION.md, issue 15, stop 50). A sentence dating what it tells by a year of its own ("sufrió en
 * julio de 2025 un derrumbe") tells of that year, not of every year since one it names besides ("en operación desde
 * 1905"), so then a span opened by "desde" holds its first year only. Years are digits in every language, so the
 * question may be read in the asker's own words.
 */
export function yearUnmet(question: string, sentences: readonly string[], texts: readonly string[], story?: string): boolean {
  const asked = yearsIn(question);
  if (asked.length === 0) return false;
  const dated = sentences.some((sentence) => yearsIn(sentence).some((years) => years.to !== Infinity));
  const held = [...sentences, ...texts].flatMap((text) => yearsIn(text, !dated));
  if (asked.some((years) => held.some((other) => overlap(years, other)))) return false;
  if (sentences.some((sentence) => yearsIn(sentence).length > 0)) return true;
  return story !== undefined && asked.some((years) => yearsIn(story, false).some((other) => overlap(years, other)));
}

/**
 * Whether `sentence` dates what it tells by another year than the one a question (how many, where) asks of: the question names
 * years and the sentence names only others ("¿Cuántos casos hubo en 2024?" beside "En 2023 … 40 casos"), or the question
 * names none and the sentence names only years before `published` (its story's publication year), so that its figure is
 * an earlier one than the story's own ("En 2023 el estado había tenido 40 casos" in a story of 2024). False for a
 * sentence naming no year, and, when the question names none, for an undated story.
 */
export function ofAnotherYear(question: string, sentence: string, published: number | undefined): boolean {
  const told = yearsIn(sentence);
  if (told.length === 0) return false;
  const asked = yearsIn(question);
  if (asked.length > 0) return !told.some((years) => asked.some((other) => overlap(years, other)));
  return published !== undefined && told.every((years) => years.to < published);
}

/**
 * True when `question` names a year (or a span of them) that the quoted story never writes, neither in its text nor as a
 * year relative to its publication ("el año pasado"), while `sentences` (the ones an answer would quote) name no year:
 * what they tell is dated by their story alone, by its publication year (`published`), which then is not the asked one.
 * "¿Cuántas hectáreas quemó el incendio en 2019?" is not answered by "El incendio ha consumido 860 hectáreas" in a
 * story of 2026 that names 2019 nowhere (blind newcomer 33's wrong-year kind); yearUnmet covers the
 * sentence that names another year and the story that gives the asked one to something else. `story` is the quoted
 * story as read around its passage (ask.ts `storyRead`). False for an undated story: read so, with no publication year
 * to date the sentences, the rule refused answerable Spanish XQuAD questions and was kept by one fold of five
 * (scripts/eval/rule-folds.ts; docs/EVALUATION.md, issue 15, stop 56).
 */
export function yearNowhere(question: string, sentences: readonly string[], story: string, published: number | undefined): boolean {
  const asked = yearsIn(question);
  if (published === undefined || asked.length === 0 || sentences.some((sentence) => yearsIn(sentence).length > 0)) return false;
  const held = [...yearsIn(story), ...relativeYears(story, published).map((year) => ({ from: Number(year), to: Number(year) })), { from: published, to: published }];
  return !asked.some((years) => held.some((other) => overlap(years, other)));
}
