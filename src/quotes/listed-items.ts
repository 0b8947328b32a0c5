/**
 * Demands or claims a speaker lists after a colon ("La portavoz X enumeró las reivindicaciones:" and then "- Una subida…",
 * "- La contratación…"; "Union leader X listed these demands:" and "1. …"): each item is that speaker's reported speech,
 * a statement of its own, whether the page reader joined the list to its lead-in paragraph (corpus/dom-text.ts
 * withListItems: items one sentence each, or a series "a; b; c.") or left each item a paragraph behind a bullet or a number.
 */
import type { Article } from '../corpus/types.js';
import type { Attribution, Draft } from './reading.js';
import { isSpeechVerbToken } from './cues.js';
import type { Sentence } from './tokens.js';

/** A list item's bullet or number at the start of its paragraph ("- ", "• ", "1. ", "2) "). */
const ITEM_MARKER = /^\s*(?:[-•*·–]|\d{1,2}[.)])\s+/u;

/** Words an item joined to its lead-in may have: a longer sentence after the list's first item is the story going on. */
const MAX_ITEM_WORDS = 15;

/** Words an item has at least ("Más enfermeras."): a single word is a label. */
const MIN_ITEM_WORDS = 2;

/** Items a list has at least. */
const MIN_ITEMS = 2;

/**
 * Nouns for what a speaker sets out as a list (folded), one of which the lead-in names before its colon ("enumeró las
 * reivindicaciones:", "listed these demands:", "resumió sus prioridades en tres puntos:"): a colon after any other words
 * of a verb of saying gives a figure, a place or a clause, not a list of the speaker's.
 */
const LIST_NOUNS: ReadonlySet<string> = new Set([
  'reivindicaciones', 'demandas', 'exigencias', 'peticiones', 'reclamos', 'reclamaciones', 'propuestas', 'medidas', 'prioridades', 'puntos', 'condiciones',
  'conclusiones', 'hallazgos', 'razones', 'motivos', 'argumentos', 'compromisos', 'objetivos', 'claves', 'pliego',
  'demands', 'requests', 'proposals', 'measures', 'priorities', 'points', 'conditions', 'findings', 'conclusions', 'reasons', 'arguments',
  'commitments', 'goals', 'claims', 'recommendations', 'recomendaciones',
]);

const wordCount = (text: string): number => text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/**
 * The items a sentence's speaker lists after its colon (see the file's comment), each an indirect statement credited to
 * whom the sentence names as saying what its colon leads in (`listingIn`, the sentence reader's subject of a verb of
 * saying before the colon). Nothing when the colon opens a quotation or another verb of saying, or where `drafts` already
 * hold the words. Items are split at a series' semicolons and stripped of their bullets and final stops.
 */
export function listedItems(article: Article, sentences: readonly Sentence[], listingIn: (sentence: Sentence) => Attribution | undefined, drafts: readonly Draft[]): Draft[] {
  const { text, paragraphs } = article;
  const found: Draft[] = [];
  sentences.forEach((sentence, index) => {
    const { tokens } = sentence;
    const colon = tokens.findIndex((token) => token.text === ':');
    const attribution = colon > 0 ? listingIn(sentence) : undefined;
    if (!attribution?.speaker || !tokens.slice(0, colon).some(isSpeechVerbToken) || !tokens.slice(0, colon).some((token) => LIST_NOUNS.has(token.key))) return;
    const says = (from: number, to: number) => tokens.slice(from, to).some((token) => token.kind === 'quote' || isSpeechVerbToken(token));
    if (says(colon + 1, tokens.length)) return;
    const spans: Array<[number, number]> = [];
    const first = tokens[colon + 1];
    if (first) spans.push([first.start, sentence.end]);
    // Joined to the lead-in, the items after the first are the paragraph's next sentences, each short and saying nothing itself.
    const joined = first !== undefined && wordCount(text.slice(first.start, sentence.end)) <= MAX_ITEM_WORDS;
    for (let next = index + 1; joined && sentences[next]?.paragraph === sentence.paragraph; next++) {
      const item = sentences[next]!;
      if (wordCount(text.slice(item.start, item.end)) > MAX_ITEM_WORDS || item.tokens.some((token) => token.kind === 'quote' || isSpeechVerbToken(token))) break;
      spans.push([item.start, item.end]);
    }
    // A lead-in ending its paragraph: the paragraphs after it behind a bullet or a number.
    if (!first) {
      for (let at = sentence.paragraph + 1; at < paragraphs.length; at++) {
        const raw = text.slice(paragraphs[at]!.start, paragraphs[at]!.end);
        const marker = ITEM_MARKER.exec(raw);
        if (!marker) break;
        spans.push([paragraphs[at]!.start + marker[0].length, paragraphs[at]!.end]);
      }
    }
    const items = spans.flatMap(([start, end]) => seriesItems(text, start, end)).filter(([start, end]) => wordCount(text.slice(start, end)) >= MIN_ITEM_WORDS);
    // One item is no list: a figure or a place the colon gives ("el balance: 23 cumplidos y 31 en proceso").
    if (items.length < MIN_ITEMS) return;
    for (const [start, end] of items) if (!drafts.some((draft) => draft.start < end && draft.end > start)) found.push({ kind: 'indirect', start, end, attribution, media: [] });
  });
  return found;
}

/** The items of a series joined by semicolons ("a; b; c.") in text[start, end), each trimmed of spaces and its final stop. */
function seriesItems(text: string, start: number, end: number): Array<[number, number]> {
  const items: Array<[number, number]> = [];
  let from = start;
  for (const part of text.slice(start, end).split(';')) {
    const lead = part.length - part.trimStart().length;
    const body = part.trim().replace(/[.;:]+$/u, '');
    if (body) items.push([from + lead, from + lead + body.length]);
    from += part.length + 1;
  }
  return items;
}
