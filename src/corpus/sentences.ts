/**
 * Sentence spans for Spanish and English news text. Intl.Segmenter does the heavy lifting; three
 * repairs follow for what it gets wrong in news copy: abbreviations and initials ("EE.UU.", "Sr.",
 * "J. Biden"), a quotation cut at a full stop inside its marks, and a "sentence" that starts in lower
 * case because the previous break was not one ("…”, dijo Putin").
 */
import type { TextSpan } from './types.js';

const segmenter = new Intl.Segmenter('es', { granularity: 'sentence' });

// Lower-cased, without the final dot. General abbreviations of Spanish and English news copy.
const ABBREVIATIONS = new Set([
  'sr', 'sra', 'srta', 'sres', 'dr', 'dra', 'lic', 'ing', 'arq', 'prof', 'gral', 'gen', 'cnel', 'tte', 'sto', 'sta',
  'av', 'avda', 'c', 'pág', 'págs', 'vol', 'núm', 'nº', 'no', 'art', 'arts', 'cap', 'etc', 'aprox', 'tel', 'ej',
  'p. ej', 'a.m', 'p.m', 'a. m', 'p. m', 'ee.uu', 'ee. uu', 'uu', 'ud', 'uds', 'vd', 'vds', 'dpto', 'depto', 'admón',
  'mr', 'mrs', 'ms', 'jr', 'sr', 'st', 'mt', 'inc', 'ltd', 'co', 'corp', 'vs', 'approx', 'dept', 'est', 'fig', 'u.s', 'u.k', 'e.g', 'i.e',
]);

export function splitSentences(text: string): TextSpan[] {
  const sentences: TextSpan[] = [];
  for (const { index, segment } of segmenter.segment(text)) {
    const span = trim(text, { start: index, end: index + segment.length });
    if (span.end <= span.start) continue;
    const previous = sentences.at(-1);
    if (previous && continuesPrevious(text, previous, span)) previous.end = span.end;
    else sentences.push(span);
  }
  return sentences;
}

function continuesPrevious(text: string, previous: TextSpan, next: TextSpan): boolean {
  if (text.slice(previous.end, next.start).includes('\n')) return false;
  const before = text.slice(previous.start, previous.end);
  const after = text.slice(next.start, next.end);
  return endsWithAbbreviation(before) || /^[\p{Ll},;:)\]»”’]/u.test(after) || (hasOpenQuotation(before) && closesQuotation(after));
}

function endsWithAbbreviation(sentence: string): boolean {
  const match = /(?:^|[\s(“«"])((?:\p{L}{1,5}\.\s?)*\p{L}{1,5})\.$/u.exec(sentence);
  if (!match?.[1]) return false;
  const word = match[1].toLowerCase();
  // A single capital letter is an initial ("J. Biden"), except a lone pronoun-like vowel in English ("I.").
  return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(match[1]);
}

const OPENING = /[“«‘]/gu;
const CLOSING = /[”»’]/gu;

function hasOpenQuotation(sentence: string): boolean {
  const typographic = (sentence.match(OPENING)?.length ?? 0) > (sentence.match(CLOSING)?.length ?? 0);
  const straight = (sentence.match(/"/g)?.length ?? 0) % 2 === 1;
  return typographic || straight;
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
