/**
 * A story a page prints only from its scripts' data: an application that renders in the browser ships the story as
 * JSON in a <script type="application/json"> (Next.js's __NEXT_DATA__, Nuxt's, a CMS's preloaded state), and its
 * markup holds a headline and "Loading…". Read only when the page's text has no paragraph of prose and it declares no
 * articleBody (html.ts): the story is the list in that data whose items hold the most words of prose, one paragraph
 * per item, in its order.
 */
import { parseLenientJson, type Json } from './lenient-json.js';
import { endsLikeSentence, looksLikeProse, wordCount } from './lines.js';

const JSON_SCRIPT = /<script\b[^>]*\btype\s*=\s*["']?application\/json["']?[^>]*>([\s\S]*?)<\/script\s*>/giu;
/** A paragraph of a story has at least this many words; a label, a button or a teaser's headline fewer. */
const MIN_PARAGRAPH_WORDS = 8;
/** A story told in fewer paragraphs is a teaser's blurb or a card's. */
const MIN_PARAGRAPHS = 2;
/** How deep an item's paragraph may be nested in it ({"type": "paragraph", "content": {"text": "…"}}). */
const ITEM_DEPTH = 3;
/** Markup a paragraph may hold (a CMS stores its HTML): tags go, their text stays. */
const TAG = /<[^>]+>/gu;

/** Whether a string of the data is a paragraph of a story: prose of MIN_PARAGRAPH_WORDS words or more ending a sentence. */
function paragraphOf(value: string): string | null {
  const text = value.replace(TAG, '').replace(/\s+/gu, ' ').trim();
  return wordCount(text) >= MIN_PARAGRAPH_WORDS && looksLikeProse(text) && endsLikeSentence(text) ? text : null;
}

/** The first paragraph (see paragraphOf) in an item of a list, looked for ITEM_DEPTH levels down. */
function itemParagraph(item: Json, depth = 0): string | null {
  if (typeof item === 'string') return paragraphOf(item);
  if (item === null || typeof item !== 'object' || depth >= ITEM_DEPTH) return null;
  for (const value of Array.isArray(item) ? item : Object.values(item)) {
    const found = itemParagraph(value, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * The story in the page's JSON data scripts (`html` is the page's markup): the paragraphs of the list whose items hold
 * the most words of prose (see itemParagraph), MIN_PARAGRAPHS of them at least, joined by blank lines; null when no
 * list has as many, or no script parses.
 */
export function scriptStory(html: string): string | null {
  let best: string[] = [];
  let bestWords = 0;
  for (const [, source = ''] of html.matchAll(JSON_SCRIPT)) {
    const stack: Json[] = [parseLenientJson(source) ?? null];
    while (stack.length) {
      const value = stack.pop()!;
      if (value === null || typeof value !== 'object') continue;
      const children = Array.isArray(value) ? value : Object.values(value);
      if (Array.isArray(value)) {
        const paragraphs = value.flatMap((item) => itemParagraph(item) ?? []);
        const words = paragraphs.reduce((sum, paragraph) => sum + wordCount(paragraph), 0);
        if (paragraphs.length >= MIN_PARAGRAPHS && words > bestWords) [best, bestWords] = [paragraphs, words];
      }
      for (const child of children) stack.push(child);
    }
  }
  return best.length ? best.join('\n\n') : null;
}
