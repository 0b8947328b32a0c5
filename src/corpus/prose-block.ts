/**
 * The story Readability threw away: before it scores a page, Readability removes every block whose class or id
 * names something other than a story ("related", "pagination", "sidebar"…: its unlikely candidates), unless the
 * name also says "article", "body", "content" or "main". A site that names the story's own block so
 * (Bloomberg's `<div id="story" class="component with_related_categories">`, a paginated story's
 * `<div id="artpagination">`) loses the whole story, and a list of other stories' headlines or a subscription box
 * is read in its place (issue 14: real pages of article 1.1.2's test set read with 1–17 % of their story).
 */
import { type TextNode } from './dom-text.js';
import { endsLikeSentence, looksLikeProse, squeezed, wordCount } from './lines.js';

/** The DOM this module needs (linkedom's and the browser's elements have it). */
export interface ProseNode extends TextNode {
  textContent: string | null;
  parentElement: ProseNode | null;
  querySelectorAll(selector: string): ArrayLike<ProseNode>;
  removeAttribute(name: string): void;
}

/** A paragraph of a story has at least this many words; a teaser's blurb or a caption often fewer. */
const MIN_PARAGRAPH_WORDS = 8;
/** The block must hold at least this many words of prose to be taken for a story the extractor missed. */
export const MIN_STORY_WORDS = 100;
/** …and this many times the prose the extractor kept: a story found keeps most of the page's longest block. */
const MISSED_RATIO = 2;

/** A line or paragraph a story has: long enough, mostly lower-case words, ending as a sentence ends. */
export function isProse(text: string): boolean {
  return wordCount(text) >= MIN_PARAGRAPH_WORDS && looksLikeProse(text) && endsLikeSentence(text);
}

/** The words of `text`'s lines of prose (see isProse). */
function proseWords(text: string): number {
  return text.split('\n').reduce((sum, line) => (isProse(line) ? sum + wordCount(line) : sum), 0);
}

/** The words of the prose paragraphs (`<p>` elements, see isProse) inside `root`. */
export function paragraphProseWords(root: { querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }> }): number {
  return Array.from(root.querySelectorAll('p')).reduce((sum, paragraph) => {
    const text = paragraph.textContent ?? '';
    return isProse(text) ? sum + wordCount(text) : sum;
  }, 0);
}

/**
 * Whether the story of a page whose text (`pageText`, every line) has this much prose may have been missed by an
 * extraction that kept `extracted`: cheap, so that the page need not be searched when the extraction kept most of it.
 */
export function mayHaveMissedStory(extracted: string, pageText: string): boolean {
  const kept = proseWords(extracted);
  return proseWords(pageText) >= Math.max(MIN_STORY_WORDS, MISSED_RATIO * kept);
}

/** The element whose <p> children hold the most words of prose (see isProse) under `root`, with those words and its first such paragraph; null when no <p> is prose. */
export function largestProseBlock(root: ProseNode): { block: ProseNode; words: number; first: string } | null {
  const blocks = new Map<ProseNode, { words: number; first: string }>();
  for (const paragraph of Array.from(root.querySelectorAll('p'))) {
    const text = squeezed(paragraph.textContent ?? '');
    const parent = paragraph.parentElement;
    if (!parent || !isProse(text)) continue;
    const entry = blocks.get(parent) ?? { words: 0, first: text };
    entry.words += wordCount(text);
    blocks.set(parent, entry);
  }
  let best: { block: ProseNode; words: number; first: string } | null = null;
  for (const [block, entry] of blocks) if (!best || entry.words > best.words) best = { block, ...entry };
  return best;
}

/**
 * The block of largestProseBlock in `root`, if it holds at least MIN_STORY_WORDS and MISSED_RATIO times the prose of
 * `extracted` and its first paragraph is not in `extracted`; with that paragraph.
 */
export function missedProseBlock(root: ProseNode, extracted: string): { block: ProseNode; first: string } | null {
  const best = largestProseBlock(root);
  if (!best || best.words < Math.max(MIN_STORY_WORDS, MISSED_RATIO * proseWords(extracted))) return null;
  return keepsParagraph(extracted, best.first) ? null : { block: best.block, first: best.first };
}

/** Takes the class and id off `block` and every element around it, so that no name of theirs makes it an unlikely candidate. */
export function unmarkAncestors(block: ProseNode): void {
  for (let node: ProseNode | null = block; node; node = node.parentElement) {
    node.removeAttribute('class');
    node.removeAttribute('id');
  }
}

/** Whether `text` (an extraction made after unmarkAncestors) holds the block's first paragraph. */
export function keepsParagraph(text: string, first: string): boolean {
  return squeezed(text).includes(first);
}
