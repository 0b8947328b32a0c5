/**
 * Absolute dates as news pages print them, in Spanish and English: "agosto 15, 2023",
 * "15 de agosto de 2023", "martes, 15 ago. 2023", "Tuesday, August 15th, 2023", "15/08/2023",
 * with the months of French, German, Portuguese and Italian too ("1er mai 2024", "12. Mai 2024",
 * "12 de maio de 2024", "12 maggio 2024"),
 * "15.08.2023", "02-dic-2026", "3/11/19" (a two-digit year with slashes), "2023-08-15" (also with a time), "Mon Aug 03 12:45:00 EDT 2015" (Unix and Java
 * timestamps), and "2023年8月15日" as Japanese and Chinese pages print them. A numeric date that reads
 * both ways ("03/11/2019": 3 November or 11 March) is read in the order the caller knows the page to write
 * (DateOrder: see pageDateOrder), day first by default, as Spanish writes it; either order
 * takes the only reading that is a real date ("08/15/2023").
 * Dates without a year ("el 18 de agosto") or relative ones ("este miércoles", "ayer") are not
 * absolute: they give nothing, and an article that only has those has no date.
 * (chrono-node was measured and not used: its Spanish parser reads "agosto 15, 2023" as August 2015.)
 */
import { foldAccents } from '../text/words.js';

/**
 * How a page writes a numeric date that reads both ways: day first (Spanish, British English, most of the
 * world), month first (United States English), or undecided (English with no region): such a date is
 * then not read at all rather than guessed.
 */
export type DateOrder = 'day-first' | 'month-first' | 'undecided';

export interface DateMatch {
  /** ISO `YYYY-MM-DD`; a numeric date that reads both ways read day first. */
  iso: string;
  /** ISO `YYYY-MM-DD`: the month-first reading of a numeric date that reads both ways ("03/11/2019"); else absent. */
  monthFirst?: string;
  /** Where the date was found in the text. */
  start: number;
  end: number;
}

/** The months' names in full, January first, in each language dates are read in (lower case). */
export const MONTH_NAMES: Readonly<Record<'es' | 'en', readonly string[]>> = {
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
};
/** The days of the week, Monday first, in each language dates are read in (lower case, without accents). */
export const WEEKDAY_NAMES: Readonly<Record<'es' | 'en', readonly string[]>> = {
  es: ['lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo'],
  en: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
};
/** Other full spellings of a month, with its number: "setiembre", as much of Latin America writes it. */
export const MONTH_SPELLINGS: Readonly<Record<string, number>> = { setiembre: 9 };
/** The months' abbreviations in either language, with the month's number ("may" is a whole name in both lists). */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  ene: 1, jan: 1, feb: 2, mar: 3, abr: 4, apr: 4, jun: 6, jul: 7, ago: 8, aug: 8, sep: 9, sept: 9, set: 9, oct: 10, nov: 11, dic: 12, dec: 12,
};

const MONTHS: Record<string, number> = {
  ...Object.fromEntries([...MONTH_NAMES.es, ...MONTH_NAMES.en].map((name, at) => [name, (at % 12) + 1])),
  ...MONTH_SPELLINGS,
  ...MONTH_ABBREVIATIONS,
};

/** Month names and their abbreviations, Spanish and English, lower case, with the month's number (1–12). */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = MONTHS;

/**
 * The months of the other languages whose pages are indexed (French, German, Portuguese, Italian; Austrian "Jänner"),
 * January first, and their printed abbreviations: read in dates only (questions are asked in Spanish and English).
 */
export const OTHER_MONTH_NAMES: Readonly<Record<'fr' | 'de' | 'pt' | 'it', readonly string[]>> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  de: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
};
// Those that are also English words or abbreviations ("out", "gen", "mag") are left out: "Gen 3 2024" is no date.
const OTHER_MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = { jänner: 1, jän: 1, janv: 1, févr: 2, fév: 2, fev: 2, mär: 3, avr: 4, juil: 7, okt: 10, déc: 12, dez: 12 };
/** Every month name and abbreviation a printed date may have, lower case, with the month's number. */
const READ_MONTHS: Record<string, number> = {
  ...MONTHS,
  ...Object.fromEntries(Object.values(OTHER_MONTH_NAMES).flatMap((names) => names.map((name, at) => [name, at + 1]))),
  ...OTHER_MONTH_ABBREVIATIONS,
};

const MONTH = `(${Object.keys(READ_MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
// The day's ordinal or German full stop: "15th", "1º", "1er", "12. Mai".
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|º|°|o|\\.)?';
// A time may follow the year with no space when the page printed them in two elements ("2022" "07:59").
const YEAR = '(\\d{4})(?:(?!\\d)|(?=\\d{1,2}:\\d{2}))';
/** What every absolute date has: a four-digit year, or a numeric date's two-digit one ("3/11/19"). */
const HAS_YEAR = /\d{4}|\d\/\d{1,2}\/\d{2}(?!\d)/;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/**
 * Numeric dates with the year last, day and month in either order: "03/11/2019", "3.11.2019", and with a
 * two-digit year written with slashes only ("3/11/19", "Published 12/10/16"), where dots and dashes also
 * write versions, scores and codes.
 */
const NUMERIC_DATES = [/(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/g, /(?<![\d/.-])(\d{1,2})\/(\d{1,2})\/(\d{2})(?![\d/])/g];

/** The order of a pattern's three captured fields; 'numeric' is day and month in either order, then the year. */
type Fields = 'ymd' | 'dmy' | 'mdy' | 'numeric';
const PATTERNS: Array<{ pattern: RegExp; fields: Fields }> = [
  { pattern: /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g, fields: 'ymd' },
  // Japanese and Chinese: year, month and day each followed by its unit ("2025年4月10日").
  { pattern: /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g, fields: 'ymd' },
  ...NUMERIC_DATES.map((pattern) => ({ pattern, fields: 'numeric' as const })),
  // Also with dashes or slashes around an abbreviated month, as Latin American templates print it ("02-dic-2026", "2/Dic/2026"),
  // or a comma after the day ("26, Abril, 2022").
  { pattern: new RegExp(`(?<![\\p{L}\\d])${DAY}(?:\\s+(?:de\\s+)?|[-/]|,\\s*)${MONTH}(?:(?:\\s+del?|,)?\\s+|[-/])${YEAR}`, 'giu'), fields: 'dmy' },
  { pattern: new RegExp(`(?<!\\p{L})${MONTH}\\s+${DAY},?\\s+(?:de\\s+)?${YEAR}`, 'giu'), fields: 'mdy' },
  // A timestamp as Unix `date` and Java print it, with the time and zone before the year: "Mon Aug 03 12:45:00 EDT 2015".
  { pattern: new RegExp(`(?<!\\p{L})${MONTH}\\s+${DAY}\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s+(?:[A-Z]{2,5}\\s+)?${YEAR}`, 'giu'), fields: 'mdy' },
];

/**
 * The first absolute date in `text` as ISO `YYYY-MM-DD`, or null; a numeric date that reads both ways is read
 * in `order` (null when undecided).
 */
export function parseDate(text: string, order: DateOrder = 'day-first'): string | null {
  const match = findDate(text);
  return match && readIn(match, order);
}

/** A found date as read in `order`: its month-first reading, if it has one, for 'month-first'; none for 'undecided'. */
export function readIn(match: DateMatch, order: DateOrder): string | null {
  if (!match.monthFirst) return match.iso;
  return order === 'day-first' ? match.iso : order === 'month-first' ? match.monthFirst : null;
}

/** The first absolute date in `text` and where it is, or null. */
export function findDate(text: string): DateMatch | null {
  // Most text has no year at all, and is ruled out without the patterns.
  if (!HAS_YEAR.test(text)) return null;
  let best: DateMatch | null = null;
  for (const { pattern, fields } of PATTERNS) {
    // exec from the start, not matchAll: matchAll copies the pattern at each call (a sixth of finding a build's dates).
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (best && match.index >= best.start) break;
      const read = toIso(match, fields);
      const reading = read?.monthFirst ? byWeekday(read, text.slice(Math.max(0, match.index - WEEKDAY_REACH), match.index)) : read;
      if (reading) {
        best = { ...reading, start: match.index, end: match.index + match[0].length };
        break;
      }
    }
    // Left at the start for the others that read these patterns (dateOrderOf's matchAll starts where lastIndex is).
    pattern.lastIndex = 0;
  }
  return best;
}

/** A match's reading (see DateMatch), or null when it is no real date. */
function toIso(match: RegExpMatchArray, fields: Fields): Pick<DateMatch, 'iso' | 'monthFirst'> | null {
  const [, a = '', b = '', c = ''] = match;
  const value = (part: string) => READ_MONTHS[part.toLowerCase()] ?? Number(part);
  const only = (iso: string | null) => (iso ? { iso } : null);
  switch (fields) {
    case 'ymd':
      return only(isoDate(value(a), value(b), value(c)));
    case 'dmy':
      return only(isoDate(value(c), value(b), value(a)));
    case 'mdy':
      return only(isoDate(value(c), value(a), value(b)));
    case 'numeric': {
      const year = fullYear(c);
      const dayFirst = isoDate(year, value(b), value(a));
      const monthFirst = isoDate(year, value(a), value(b));
      if (!dayFirst || !monthFirst || dayFirst === monthFirst) return only(dayFirst ?? monthFirst);
      return { iso: dayFirst, monthFirst };
    }
  }
}

/** How far before a numeric date its weekday may be printed: "Tuesday, " or "mar. ". */
const WEEKDAY_REACH = 14;
/** English weekdays as pages abbreviate them, Monday first ("Tue", "Tues.", "Thurs"). */
const WEEKDAY_ABBREVIATIONS = [['mon'], ['tue', 'tues'], ['wed'], ['thu', 'thur', 'thurs'], ['fri'], ['sat'], ['sun']];
const WEEKDAY_INDEX: Record<string, number> = Object.fromEntries([
  ...Object.values(WEEKDAY_NAMES).flatMap((names) => names.map((name, at) => [name, at] as const)),
  ...WEEKDAY_ABBREVIATIONS.flatMap((names, at) => names.map((name) => [name, at] as const)),
]);
// A weekday right before the date, with only a comma, a full stop or spaces between ("Tuesday 05/03/2024", "mar., 05/03/2024").
const WEEKDAY_BEFORE = new RegExp(`(?<!\\p{L})(${Object.keys(WEEKDAY_INDEX).join('|')})\\.?,?\\s*$`, 'iu');

/**
 * A numeric date that reads both ways, settled by the weekday printed right before it ("Tuesday 05/03/2024" is 5 March,
 * a Tuesday; 3 May 2024 was a Friday): the reading that falls on that day. `reading` unchanged when no weekday is
 * printed there, or when both or neither reading falls on it.
 */
function byWeekday(reading: Pick<DateMatch, 'iso' | 'monthFirst'>, before: string): Pick<DateMatch, 'iso' | 'monthFirst'> {
  const printed = WEEKDAY_BEFORE.exec(foldAccents(before))?.[1];
  if (!printed || !reading.monthFirst) return reading;
  const day = WEEKDAY_INDEX[printed.toLowerCase()];
  const falls = (iso: string) => (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7 === day;
  const [dayFirst, monthFirst] = [falls(reading.iso), falls(reading.monthFirst)];
  return dayFirst === monthFirst ? reading : { iso: dayFirst ? reading.iso : reading.monthFirst };
}

/**
 * The order a text's numeric dates are written in, as those that read one way only tell: day first when some
 * has a first number over 12 ("28/11/2019") and none a second, month first the other way round ("11/28/2019");
 * else as the text's other dates tell (orderByNearDates); null when nothing tells, or when they disagree (a page quoting
 * another's dates, comments from elsewhere).
 */
function dateOrderOf(text: string): DateOrder | null {
  if (!HAS_YEAR.test(text)) return null;
  let dayFirst = false;
  let monthFirst = false;
  const both: Array<{ dayFirst: string; monthFirst: string }> = [];
  for (const [, first = '', second = '', year = ''] of NUMERIC_DATES.flatMap((pattern) => [...text.matchAll(pattern)])) {
    const [a, b, y] = [Number(first), Number(second), fullYear(year)];
    if (a > 12 && isoDate(y, b, a)) dayFirst = true;
    else if (b > 12 && isoDate(y, a, b)) monthFirst = true;
    else {
      const readings = { dayFirst: isoDate(y, b, a), monthFirst: isoDate(y, a, b) };
      if (readings.dayFirst && readings.monthFirst && readings.dayFirst !== readings.monthFirst) both.push({ dayFirst: readings.dayFirst, monthFirst: readings.monthFirst });
    }
  }
  if (!dayFirst && !monthFirst && both.length) return orderByNearDates(both, text);
  return dayFirst === monthFirst ? null : dayFirst ? 'day-first' : 'month-first';
}

/**
 * How many days apart a page may print one date in two forms: a time zone apart, or the day a story was written and the
 * day it went up ("Published 12/10/16" beside a first comment of "December 9, 2016").
 */
const NEAR_DAYS = 3;
const DAY_MS = 86_400_000;

/**
 * The order a text's numeric dates that read both ways (`both`, each with its two readings) are written in, as its dates
 * written with the month's name or year first tell: the order whose reading is within NEAR_DAYS of one of those when
 * the other reading is not ("12/10/16" beside "December 9, 2016" is month first). Null when none tells, or they disagree.
 */
function orderByNearDates(both: Array<{ dayFirst: string; monthFirst: string }>, text: string): DateOrder | null {
  const named = PATTERNS.filter(({ fields }) => fields !== 'numeric').flatMap(({ pattern, fields }) =>
    [...text.matchAll(pattern)].flatMap((match) => {
      const iso = toIso(match, fields)?.iso;
      return iso ? [Date.parse(iso)] : [];
    }),
  );
  const near = (iso: string) => named.some((instant) => Math.abs(instant - Date.parse(iso)) <= NEAR_DAYS * DAY_MS);
  const told = new Set(both.flatMap(({ dayFirst, monthFirst }): DateOrder[] => (near(dayFirst) === near(monthFirst) ? [] : [near(dayFirst) ? 'day-first' : 'month-first'])));
  return told.size === 1 ? [...told][0]! : null;
}

/** Regions whose English writes numeric dates month first: the United States and the Philippines. */
const MONTH_FIRST_REGIONS = new Set(['us', 'ph']);
/** Regions whose English writes numeric dates either way: Canada. */
const MIXED_REGIONS = new Set(['ca']);
/** A language tag, BCP 47 ("en-US", "es-419") or POSIX ("en_US"): its language and region. */
const LANGUAGE_TAG = /^([a-z]{2,3})(?:[-_]([a-z]{2}))?(?![a-z])/iu;

/**
 * The order a page writes numeric dates in (DateOrder), from its declared or detected languages and locales
 * (`tags`: "es", "en-US", "en_GB", as <html lang>, og:locale or inLanguage give them) and its own text:
 * - a page in other languages than English: day first (Spanish in the United States too: its outlets write so);
 * - in English: the order the page's unambiguous numeric dates show (dateOrderOf), else its region's (month first
 *   in the United States and the Philippines, day first in other regions but Canada, which writes both), else
 *   undecided. The page's own dates come first: publishing systems declare "en-US" by default wherever they are.
 * With no tag, as English.
 */
export function pageDateOrder(tags: string[], text: string): DateOrder {
  const locales = tags.flatMap((tag) => {
    const [, language, region = ''] = LANGUAGE_TAG.exec(tag.trim()) ?? [];
    return language ? [{ language: language.toLowerCase(), region: region.toLowerCase() }] : [];
  });
  if (locales.length && locales.every(({ language }) => language !== 'en')) return 'day-first';
  const printed = dateOrderOf(text);
  if (printed) return printed;
  const regional = new Set(
    locales.filter(({ region }) => region && !MIXED_REGIONS.has(region)).map(({ region }): DateOrder => (MONTH_FIRST_REGIONS.has(region) ? 'month-first' : 'day-first')),
  );
  return regional.size === 1 ? [...regional][0]! : 'undecided';
}

/** Two-digit years below this are of the 2000s, others of the 1900s (as POSIX strptime reads "%y"). */
const CENTURY_PIVOT = 69;

/** A year as written: four digits, or two ("19" → 2019, "98" → 1998). */
function fullYear(written: string): number {
  const year = Number(written);
  return written.length > 2 ? year : year < CENTURY_PIVOT ? 2000 + year : 1900 + year;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const pad = (value: number) => String(value).padStart(2, '0');
