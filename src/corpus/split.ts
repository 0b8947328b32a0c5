/**
 * Passages: one to a few whole sentences of one paragraph, the unit that is indexed, retrieved and
 * cited. Sentences are grouped in reading order up to MAX_SENTENCES or MAX_CHARS; a single sentence
 * longer than MAX_SENTENCE_CHARS (a run-on list, text without punctuation) is cut at word boundaries
 * so that no passage is too long to cite.
 */
import { articleSentences } from './sentences.js';
import type { Article, Passage, TextSpan } from './types.js';

const MAX_SENTENCES = 3;
const MAX_CHARS = 400;
const MAX_SENTENCE_CHARS = 600;

/** A passage's id: the n-th passage (from 0, in reading order) of an article. */
export function passageId(articleId: string, n: number): string {
  return `${articleId}#${n}`;
}

/**
 * The article id and passage number a passage id names (`passageId`'s inverse); undefined for any other string. An
 * article id may hold '#': the number follows the last one, written as passageId writes it ("3", not "03" or "3.0").
 */
export function readPassageId(id: string): { articleId: string; n: number } | undefined {
  const hash = id.lastIndexOf('#');
  if (hash === -1) return undefined;
  const digits = id.slice(hash + 1);
  const n = Number(digits);
  return Number.isSafeInteger(n) && n >= 0 && String(n) === digits ? { articleId: id.slice(0, hash), n } : undefined;
}

/**
 * The ids of an article's passages that `has` holds (an index): an article's passages are numbered from 0
 * without gaps, so the first id missing ends them. Finds them without a list of every passage.
 */
export function passageIdsOf(articleId: string, has: (id: string) => boolean): string[] {
  const ids: string[] = [];
  for (let n = 0; has(passageId(articleId, n)); n++) ids.push(passageId(articleId, n));
  return ids;
}

/** An article's passages in reading order, each carrying the article's language. */
export function splitPassages(article: Pick<Article, 'id' | 'text' | 'paragraphs' | 'language'>): Passage[] {
  const passages: Passage[] = [];
  const sentences = articleSentences(article.text);
  let next = 0;
  article.paragraphs.forEach((paragraph, index) => {
    // Paragraphs and sentences both come in text order.
    while (next < sentences.length && sentences[next]!.start < paragraph.start) next++;
    const inParagraph: TextSpan[] = [];
    for (; next < sentences.length && sentences[next]!.end <= paragraph.end; next++) inParagraph.push(sentences[next]!);
    for (const span of groupSentences(inParagraph.flatMap((sentence) => cutLongSpan(article.text, sentence)))) {
      const n = passages.length;
      passages.push({ id: passageId(article.id, n), articleId: article.id, n, paragraph: index, start: span.start, end: span.end, text: article.text.slice(span.start, span.end), language: article.language });
    }
  });
  return passages;
}

function groupSentences(sentences: TextSpan[]): TextSpan[] {
  const groups: TextSpan[] = [];
  let current: TextSpan | undefined;
  let count = 0;
  for (const sentence of sentences) {
    if (current && count < MAX_SENTENCES && sentence.end - current.start <= MAX_CHARS) {
      current.end = sentence.end;
      count++;
    } else {
      current = { ...sentence };
      groups.push(current);
      count = 1;
    }
  }
  return groups;
}

/** A span no longer than MAX_SENTENCE_CHARS, or pieces of it of about MAX_CHARS cut at spaces. */
function cutLongSpan(text: string, span: TextSpan): TextSpan[] {
  if (span.end - span.start <= MAX_SENTENCE_CHARS) return [span];
  const pieces: TextSpan[] = [];
  let start = span.start;
  while (span.end - start > MAX_CHARS) {
    const space = text.lastIndexOf(' ', start + MAX_CHARS);
    // A "word" longer than the whole piece (a URL, a hash) is cut where it must be.
    const cut = space > start ? space : start + MAX_CHARS;
    pieces.push({ start, end: cut });
    start = cut;
    while (start < span.end && text[start] === ' ') start++;
  }
  if (start < span.end) pieces.push({ start, end: span.end });
  return pieces;
}
