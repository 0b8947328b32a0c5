/**
 * Sentence spans for Spanish and English news text. Intl.Segmenter does the heavy lifting; repairs
 * follow for what it gets wrong in news copy: abbreviations, initials and abbreviated months ("EE.UU.",
 * "Sr.", "J. Biden", "3 mar."), a quotation cut at a full stop inside its marks, a "sentence" that
 * starts in lower case because the previous break was not one ("…”, dijo Putin"), and a break with
 * no space after it. Linear in the text's length: no sentence is rescanned as it grows, and the segmenter sees a window at a time.
 */
import type { TextSpan } from './types.js';

const segmenter = new Intl.Segmenter('es', { granularity: 'sentence' });
/** Text given to the segmenter at a time; see `segments`. */
const SEGMENT_WINDOW = 4096;
/** Characters at the end of a sentence searched for an abbreviation ("EE. UU.", "a. m."). */
const ABBREVIATION_WINDOW = 24;

// Lower-cased, without the final dot. General abbreviations of Spanish and English news copy.
const ABBREVIATIONS = new Set([
  'sr', 'sra', 'srta', 'sres', 'dr', 'dra', 'lic', 'ing', 'arq', 'prof', 'gral', 'gen', 'cnel', 'tte', 'sto', 'sta',
  'av', 'avda', 'c', 'pág', 'págs', 'vol', 'núm', 'nº', 'art', 'arts', 'cap', 'etc', 'aprox', 'tel', 'ej',
  'p. ej', 'a.m', 'p.m', 'a. m', 'p. m', 'ee.uu', 'ee. uu', 'ee', 'uu', 'ud', 'uds', 'vd', 'vds', 'dpto', 'depto', 'admón',
  'mr', 'mrs', 'ms', 'jr', 'st', 'mt', 'inc', 'ltd', 'co', 'corp', 'vs', 'approx', 'dept', 'est', 'fig', 'u.s', 'u.k', 'e.g', 'i.e',
]);

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

/**
 * Intl.Segmenter's sentence segments, found a window at a time: V8's segment iterator (Node 20) costs
 * time in proportion to the whole text at every step, so one pass over a long text is quadratic (an
 * article of 10,000 one-line paragraphs took 8 s). A window ends after a line break when it holds one,
 * where a sentence always ends, so nothing changes; a longer line is cut after its last complete
 * segment, and the window grows for a sentence longer than itself.
 */
function* segments(text: string): Generator<{ index: number; segment: string }> {
  let start = 0;
  let size = SEGMENT_WINDOW;
  while (start < text.length) {
    const limit = Math.min(text.length, start + size);
    const lineEnd = limit < text.length ? text.lastIndexOf('\n', limit - 1) + 1 : limit;
    const end = lineEnd > start ? lineEnd : limit;
    const found = Array.from(segmenter.segment(text.slice(start, end)));
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

function continuesPrevious(text: string, previous: TextSpan, span: TextSpan, quotes: QuoteCount): boolean {
  const gap = text.slice(previous.end, span.start);
  if (gap.includes('\n')) return false;
  // A sentence ends before a space: a break inside a token ("a. m.…", "EE.UU.") is none.
  if (gap === '') return true;
  const next = text.slice(span.start, span.end);
  const before = lastWords(text, previous);
  return endsWithAbbreviation(before) || splitsDate(before, next) || /^[\p{Ll},;:)\]»”’]/u.test(next) || (isOpen(quotes) && closesQuotation(next));
}

/** The end of a sentence, enough to see an abbreviation, starting at a word boundary. */
function lastWords(text: string, span: TextSpan): string {
  const from = Math.max(span.start, span.end - ABBREVIATION_WINDOW);
  const window = text.slice(from, span.end);
  return from === span.start ? window : window.slice(window.search(/\s/u) + 1);
}

function endsWithAbbreviation(sentence: string): boolean {
  const match = /(?:^|[\s(“«"])((?:\p{L}{1,5}\.\s?)*(\p{L}{1,5}))\.$/u.exec(sentence);
  const [, chain, last] = match ?? [];
  if (!chain || !last) return false;
  // A single capital letter is an initial ("J. K. Rowling"), except the English pronoun ("so did I.").
  return ABBREVIATIONS.has(chain.toLowerCase()) || ABBREVIATIONS.has(last.toLowerCase()) || (/^\p{Lu}$/u.test(last) && last !== 'I');
}

// Abbreviated months break a date ("3 mar. (EFE)", "Aug. 15"); alone they may be words ("el mar.").
const MONTH_BEFORE_DAY = /(?:^|\s)(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$/iu;
const MONTH_AFTER_DAY = /\d\s+(?:ene|feb|mar|abr|may|jun|jul|ago|sep|sept|set|oct|nov|dic|jan|apr|aug|dec)\.$/iu;

function splitsDate(before: string, next: string): boolean {
  return MONTH_AFTER_DAY.test(before) || (MONTH_BEFORE_DAY.test(before) && /^\d/u.test(next));
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
