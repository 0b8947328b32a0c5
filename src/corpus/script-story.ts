/**
 * A story a page prints only from its scripts' data: an application that renders in the browser ships the story as
 * JSON in a <script type="application/json"> (Next.js's __NEXT_DATA__, Nuxt's), or as an object a script assigns
 * ("window.__PRELOADED_STATE__ = {…};", "Fusion.globalContent={…};"), and its markup holds a headline and "Loading…". Read only when the page's text has no paragraph of prose and it declares no
 * articleBody (html.ts): the story is the list in that data whose items hold the most words of prose, one paragraph
 * per item, in its order.
 */
import { parseLenientJson, type Json } from './lenient-json.js';
import { endsLikeSentence, looksLikeProse, wordCount } from './lines.js';

const JSON_SCRIPT = /<script\b[^>]*\btype\s*=\s*["']?application\/json["']?[^>]*>([\s\S]*?)<\/script\s*>/giu;
/** A script of the page's own (no src, no data type: JSON_SCRIPT's), its attributes and its code. */
const CODE_SCRIPT = /<script\b((?:(?!\bsrc\s*=|\btype\s*=\s*["']?application\/(?:ld\+)?json)[^>])*)>([\s\S]*?)<\/script\s*>/giu;
/** An object literal assigned in a script's code ("__PRELOADED_STATE__ = {", "globalContent={"): where its brace opens. */
const ASSIGNED_OBJECT = /[\w$\]'"]\s*=\s*(?=\{)/gu;
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
  for (const source of [...Array.from(html.matchAll(JSON_SCRIPT), (match) => match[1] ?? ''), ...assignedObjects(html)]) {
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

/** The object literals the page's scripts assign (see ASSIGNED_OBJECT), each from its opening brace to its matching close. */
function assignedObjects(html: string): string[] {
  const objects: string[] = [];
  for (const [, , code = ''] of html.matchAll(CODE_SCRIPT)) {
    for (const assignment of code.matchAll(ASSIGNED_OBJECT)) {
      const start = assignment.index + assignment[0].length;
      const end = objectEnd(code, start);
      if (end > start) objects.push(code.slice(start, end));
    }
  }
  return objects;
}

/** Where the object literal opening at `start` (a "{") ends: past its matching "}", strings skipped; `start` when it never closes. */
function objectEnd(code: string, start: number): number {
  let depth = 0;
  let quote = '';
  for (let at = start; at < code.length; at++) {
    const char = code[at]!;
    if (quote) {
      if (char === '\\') at++;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'" || char === '`') quote = char;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return at + 1;
  }
  return start;
}
