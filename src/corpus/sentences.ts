/**
 * Sentence spans for Spanish and English news text. Intl.Segmenter does the heavy lifting; repairs
 * follow for what it gets wrong in news copy: abbreviations, initials and abbreviated months ("EE.UU.",
 * "Sr.", "J. Biden", "3 mar."), a quotation cut at a full stop inside its marks, a "sentence" that
 * starts in lower case because the previous break was not one ("…”, dijo Putin"), and a break with
 * no space after it. Linear in the text's length: no sentence is rescanned as it grows, and the segmenter sees a window at a time.
 */
import { OTHER_MONTH_NAMES } from './dates.js';
import type { TextSpan } from './types.js';

const segmenter = new Intl.Segmenter('es', { granularity: 'sentence' });
/** Text given to the segmenter at a time; see `segments`. */
const SEGMENT_WINDOW = 4096;
/** Characters at the end of a sentence searched for an abbreviation ("EE. UU.", "a. m."). */
const ABBREVIATION_WINDOW = 24;

// Lower-cased, without the final dot. The fallback for abbreviations whose shape looks like a word
// (see `looksAbbreviated`): titles, honorifics and legal references of Spanish and English news copy.
const ABBREVIATIONS = new Set([
  'pdte', 'pdta', 'dip', 'sen', 'excmo', 'excma', 'ilmo', 'ilma', 'mons', 'dña', 'dn', 'cía', 'cia', 'ltda', 'pbro', 'const', 'ord', 'gob', 'sgto', 'cmdte', 'fdo',
  'a. c', 'd. c', 'a.c', 'd.c', 'rep', 'sen', 'gov', 'sgt', 'lt', 'col', 'capt', 'rev', 'hon',
  'sr', 'sra', 'srta', 'sres', 'dr', 'dra', 'lic', 'ing', 'arq', 'prof', 'gral', 'gen', 'cnel', 'tte', 'sto', 'sta',
  'av', 'avda', 'c', 'pág', 'págs', 'vol', 'núm', 'nº', 'art', 'arts', 'cap', 'etc', 'aprox', 'tel', 'ej',
  'p. ej', 'a.m', 'p.m', 'a. m', 'p. m', 'ee.uu', 'ee. uu', 'ee', 'uu', 'ud', 'uds', 'vd', 'vds', 'dpto', 'depto', 'admón',
  'mr', 'mrs', 'ms', 'jr', 'st', 'mt', 'inc', 'ltd', 'co', 'corp', 'vs', 'approx', 'dept', 'est', 'fig', 'u.s', 'u.k', 'e.g', 'i.e',
]);

/** The sentences of `text` as [start, end) character offsets into it, in order, trimmed of white space; none is empty. */
export function splitSentences(text: string): TextSpan[] {
  const sentences: TextSpan[] = [];
  // Quote marks of the sentence being built, counted as it grows so that no sentence is rescanned.
  let quotes: QuoteCount = { opening: 0, closing: 0, straight: 0 };
  for (const { index, segment } of segments(text)) {
    const span = trim(text, { start: index, end: index + segment.length });
    if (span.end <= span.start) continue;
    const next = text.slice(span.start, span.end);
    const previous = sentences.at(-1);
    if (previous && continuesPrevious(text, previous, span, quotes)) {
      previous.end = span.end;
      quotes = addQuotes(quotes, countQuotes(next));
    } else {
      sentences.push(span);
      quotes = countQuotes(next);
    }
  }
  return sentences;
}

let remembered: { text: string; sentences: readonly TextSpan[] } | undefined;

/**
 * `splitSentences` of an article's whole text, remembered for the last text asked: splitting it into
 * passages and reading its quotations both need its sentences, one after the other in the same thread
 * (a sentence never crosses a line break, so a paragraph's sentences are the whole text's within it).
 */
export function articleSentences(text: string): readonly TextSpan[] {
  if (remembered?.text !== text) remembered = { text, sentences: splitSentences(text) };
  return remembered.sentences;
}

/**
 * Intl.Segmenter's sentence segments, found a window at a time: V8's segment iterator (Node 20) costs
 * time in proportion to the whole text at every step, so one pass over a long text is quadratic
 * (docs/BENCHMARKS.md, 'Figures behind code comments'). A window ends after a line break when it holds one,
 * where a sentence always ends, so nothing changes; a longer line is cut after its last complete
 * segment, and the window grows for a sentence longer than itself.
 */
function* segments(text: string): Generator<{ index: number; segment: string }> {
  let start = 0;
  let size = SEGMENT_WINDOW;
  while (start < text.length) {
    const limit = Math.min(text.length, start + size);
    const window = text.slice(start, limit);
    // Searched within the window: `text.lastIndexOf` would scan back to the text's start on a long line, at every window.
    const lineEnd = limit < text.length ? window.lastIndexOf('\n') + 1 : window.length;
    const end = start + (lineEnd > 0 ? lineEnd : window.length);
    const found = Array.from(segmenter.segment(end === limit ? window : text.slice(start, end)));
    const whole = end === text.length || text[end - 1] === '\n';
    if (!whole && found.length < 2) {
      size *= 2;
      continue;
    }
    // Inside a line, the window's last segment may be cut short: it is segmented again with what follows.
    const kept = whole ? found : found.slice(0, -1);
    for (const { index, segment } of kept) yield { index: start + index, segment };
    const last = kept[kept.length - 1]!;
    start += last.index + last.segment.length;
    size = SEGMENT_WINDOW;
  }
}

const FULL_WIDTH_END = /[。！？][」』）"”]*$/u;

function continuesPrevious(text: string, previous: TextSpan, span: TextSpan, quotes: QuoteCount): boolean {
  const gap = text.slice(previous.end, span.start);
  if (gap.includes('\n')) return false;
  // A sentence ends before a space: a break inside a token ("a. m.…", "EE.UU.") is none.
  // Japanese and Chinese put no space after "。", "！" or "？": a break there is a sentence end.
  if (gap === '') return !FULL_WIDTH_END.test(text.slice(previous.start, previous.end));
  const next = text.slice(span.start, span.end);
  const before = lastWords(text, previous);
  return endsWithAbbreviation(before, next) || splitsDate(before, next) || /^[\p{Ll},;:)\]»”’]/u.test(next) || (isOpen(quotes) && closesQuotation(next));
}

/** The end of a sentence, enough to see an abbreviation, starting at a word boundary. */
function lastWords(text: string, span: TextSpan): string {
  const from = Math.max(span.start, span.end - ABBREVIATION_WINDOW);
  const window = text.slice(from, span.end);
  return from === span.start ? window : window.slice(window.search(/\s/u) + 1);
}

/**
 * Whether the sentence ends with an abbreviation rather than a full stop, given the text that follows:
 * a short token that does not look like a word ("Pdte.", "Ltda.", "Excmo."), a short lower-case token
 * before a number ("ord. 5"), an initial ("J. K. Rowling", "a. C."), or one of the listed abbreviations.
 */
function endsWithAbbreviation(sentence: string, next: string): boolean {
  const match = /(?:^|[\s(“«"])((?:\p{L}{1,5}\.\s?)*(\p{L}{1,5}))\.$/u.exec(sentence);
  const [, chain, last] = match ?? [];
  if (!chain || !last) return false;
  // A single capital letter is an initial ("J. K. Rowling"), except the English pronoun ("so did I.").
  if (/^\p{Lu}$/u.test(last) && last !== 'I') return true;
  // "a. C.", "d. C.": a single letter before another one.
  if (/^\p{L}$/u.test(last) && /^\p{L}\./u.test(next)) return true;
  // A number follows a short lower-case abbreviation ("ord. 5", "pág. 12") far more often than it opens a sentence after a three-letter word.
  if (/^\p{Ll}{1,3}$/u.test(last) && /^\p{N}/u.test(next)) return true;
  // An acronym in capitals ("on CNN.", "el PP.") is a word, whatever its letters: only a listed one ("EE. UU.") runs on.
  const acronym = /^\p{Lu}{2,}$/u.test(last);
  return (!acronym && looksAbbreviated(last)) || ABBREVIATIONS.has(chain.toLowerCase()) || ABBREVIATIONS.has(last.toLowerCase());
}

// Two consonants that open Spanish and English words; any other pair at the start is not a word's ("Pd", "Lt", "Pb", "Dñ").
const WORD_ONSETS = new Set(['bl', 'br', 'cl', 'cr', 'dr', 'fl', 'fr', 'gl', 'gr', 'pl', 'pr', 'tr', 'ch', 'll', 'rr', 'sh', 'th', 'wh', 'ph', 'kn', 'wr', 'st', 'sp', 'sc', 'sk', 'sl', 'sm', 'sn', 'sw', 'tw', 'qu', 'ps', 'gn']);
const CONSONANT = /[^aeiouáéíóúüy]/u;

/**
 * Whether a short capitalised token is spelt like an abbreviation, not a word: it has no vowel ("Sr", "Dr"),
 * opens with two consonants no word opens with ("Pdte", "Ltda", "Pbro", "Dña"), or holds three
 * consonants in a row ("Excmo", "Const").
 */
function looksAbbreviated(token: string): boolean {
  const lower = token.toLowerCase();
  // Titles and company forms are capitalised; a lower-case word ending a sentence ("talks.", "first.") is a word.
  if (lower.length < 2 || !/^\p{Lu}/u.test(token)) return false;
  const [a = '', b = ''] = lower;
  if (!/[aeiouáéíóúüy]/u.test(lower)) return true;
  if (CONSONANT.test(a) && CONSONANT.test(b) && !WORD_ONSETS.has(a + b)) return true;
  return /[^aeiouáéíóúüy\s]{3}/u.test(lower);
}

// Abbreviated months break a date ("3 mar. (EFE)", "Aug. 15"); alone they may be words ("el mar.").
const MONTH_BEFORE_DAY = /(?:^|\s)(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$/iu;
const MONTH_AFTER_DAY = /\d\s+(?:ene|feb|mar|abr|may|jun|jul|ago|sep|sept|set|oct|nov|dic|jan|apr|aug|dec)\.$/iu;

// German writes the day as an ordinal, a number with a full stop ("Am 5. Februar", "bis 1. Mai"), and capitalises the
// month: the stop is the ordinal's. (Languages that write ordinal days with a stop and months in lower case, as Danish,
// Norwegian, Czech or Finnish do, continue anyway: a sentence never opens in lower case.)
const ORDINAL_DAY = /(?:^|\s)(?:0?[1-9]|[12]\d|3[01])\.$/u;
// The months dates.ts reads, with Austria's "Jänner" and "Feber", capitalised.
const GERMAN_MONTH = new RegExp(`^(?:${[...OTHER_MONTH_NAMES.de, 'jänner', 'feber'].map((month) => month.charAt(0).toUpperCase() + month.slice(1)).join('|')})\\b`, 'u');

function splitsDate(before: string, next: string): boolean {
  return MONTH_AFTER_DAY.test(before) || (MONTH_BEFORE_DAY.test(before) && /^\d/u.test(next)) || (ORDINAL_DAY.test(before) && GERMAN_MONTH.test(next));
}

interface QuoteCount {
  opening: number;
  closing: number;
  straight: number;
}

const OPENING = /[“«‘]/gu;
const CLOSING = /[”»’]/gu;

function countQuotes(sentence: string): QuoteCount {
  return { opening: sentence.match(OPENING)?.length ?? 0, closing: sentence.match(CLOSING)?.length ?? 0, straight: sentence.match(/"/g)?.length ?? 0 };
}

function addQuotes(a: QuoteCount, b: QuoteCount): QuoteCount {
  return { opening: a.opening + b.opening, closing: a.closing + b.closing, straight: a.straight + b.straight };
}

function isOpen(quotes: QuoteCount): boolean {
  return quotes.opening > quotes.closing || quotes.straight % 2 === 1;
}

function closesQuotation(sentence: string): boolean {
  return /[”»"]/u.test(sentence);
}

function trim(text: string, span: TextSpan): TextSpan {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
