/**
 * Absolute dates as news pages print them, in Spanish and English: "agosto 15, 2023",
 * "15 de agosto de 2023", "martes, 15 ago. 2023", "Tuesday, August 15th, 2023", "15/08/2023",
 * "15.08.2023", "2023-08-15" (also with a time), "Mon Aug 03 12:45:00 EDT 2015" (Unix and Java
 * timestamps), and "2023年8月15日" as Japanese and Chinese pages print them. Numeric dates are read
 * day first, as in Spanish, unless only the month-first reading is a real date ("08/15/2023").
 * Dates without a year ("el 18 de agosto") or relative ones ("este miércoles", "ayer") are not
 * absolute: they give nothing, and an article that only has those has no date.
 * (chrono-node was measured and not used: its Spanish parser reads "agosto 15, 2023" as August 2015.)
 */

export interface DateMatch {
  /** ISO `YYYY-MM-DD`. */
  iso: string;
  /** Where the date was found in the text. */
  start: number;
  end: number;
}

/** The months' names in full, January first, in each language dates are read in (lower case). */
export const MONTH_NAMES: Readonly<Record<'es' | 'en', readonly string[]>> = {
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
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

const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th|º|°|o)?';
// A time may follow the year with no space when the page printed them in two elements ("2022" "07:59").
const YEAR = '(\\d{4})(?:(?!\\d)|(?=\\d{1,2}:\\d{2}))';
const FOUR_DIGITS = /\d{4}/;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

type Order = 'ymd' | 'dmy' | 'mdy' | 'numeric';
const PATTERNS: Array<{ pattern: RegExp; order: Order }> = [
  { pattern: /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g, order: 'ymd' },
  // Japanese and Chinese: year, month and day each followed by its unit ("2025年4月10日").
  { pattern: /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g, order: 'ymd' },
  { pattern: /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/g, order: 'numeric' },
  { pattern: new RegExp(`(?<![\\p{L}\\d])${DAY}\\s+(?:de\\s+)?${MONTH}(?:\\s+del?|,)?\\s+${YEAR}`, 'giu'), order: 'dmy' },
  { pattern: new RegExp(`(?<!\\p{L})${MONTH}\\s+${DAY},?\\s+(?:de\\s+)?${YEAR}`, 'giu'), order: 'mdy' },
  // A timestamp as Unix `date` and Java print it, with the time and zone before the year: "Mon Aug 03 12:45:00 EDT 2015".
  { pattern: new RegExp(`(?<!\\p{L})${MONTH}\\s+${DAY}\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s+(?:[A-Z]{2,5}\\s+)?${YEAR}`, 'giu'), order: 'mdy' },
];

/** The first absolute date in `text` as ISO `YYYY-MM-DD`, or null. */
export function parseDate(text: string): string | null {
  return findDate(text)?.iso ?? null;
}

/** The first absolute date in `text` and where it is, or null. */
export function findDate(text: string): DateMatch | null {
  // Every absolute date has a four-digit year: most text is ruled out without the patterns.
  if (!FOUR_DIGITS.test(text)) return null;
  let best: DateMatch | null = null;
  for (const { pattern, order } of PATTERNS) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      if (best && match.index >= best.start) break;
      const iso = toIso(match, order);
      if (iso) {
        best = { iso, start: match.index, end: match.index + match[0].length };
        break;
      }
    }
  }
  return best;
}

function toIso(match: RegExpMatchArray, order: Order): string | null {
  const [, a = '', b = '', c = ''] = match;
  const value = (part: string) => MONTHS[part.toLowerCase()] ?? Number(part);
  switch (order) {
    case 'ymd':
      return isoDate(value(a), value(b), value(c));
    case 'dmy':
      return isoDate(value(c), value(b), value(a));
    case 'mdy':
      return isoDate(value(c), value(a), value(b));
    case 'numeric':
      return isoDate(value(c), value(b), value(a)) ?? isoDate(value(c), value(a), value(b));
  }
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const pad = (value: number) => String(value).padStart(2, '0');
