/**
 * Bylines and datelines marked inside a story's sentence. Readability takes the first element whose class or id says
 * "byline", "author" or "dateline" (or that has rel="author" or an itemprop naming the author) for the article's byline,
 * and removes it from the story wherever it stands. A dateline's place that opens the story's first sentence
 * (`<p><span class="dateline">MIAMI </span>– The Spurs returned…</p>`) or a name marked inside a sentence is then cut out
 * of the sentence (issue 14: article 1.1.2's startribune page began "– The San Antonio Spurs…"). Such a phrase loses its
 * marks before Readability reads the page; a byline in a block of its own keeps them.
 */
import { squeezed } from './lines.js';
import { isProse } from './prose-block.js';

/** The DOM this module needs (linkedom's and the browser's elements have it). */
export interface MarkedNode {
  nodeName: string;
  textContent: string | null;
  parentNode: MarkedNode | null;
  getAttribute(name: string): string | null;
  removeAttribute(name: string): void;
  querySelectorAll(selector: string): ArrayLike<MarkedNode>;
}

/** Elements that hold a phrase of a sentence, not a block of their own (the HTML standard's phrasing content). */
const PHRASES = ['span', 'a', 'b', 'strong', 'em', 'i', 'small', 'font', 'cite', 'abbr', 'time'];
const PHRASE_NAMES = new Set(PHRASES.map((name) => name.toUpperCase()));
/** The names Readability reads as a byline's (its REGEXPS.byline, @mozilla/readability 0.6). */
const BYLINE_NAME = /byline|author|dateline|writtenby|p-author/iu;

/** Whether Readability would take `node` for the byline by its marks alone (see _isValidByline). */
function isMarkedByline(node: MarkedNode): boolean {
  return (
    node.getAttribute('rel') === 'author' ||
    (node.getAttribute('itemprop') ?? '').includes('author') ||
    BYLINE_NAME.test(`${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`)
  );
}

/** The nearest element around `node` that is no phrase (see PHRASES): the block its sentence is in. */
function blockAround(node: MarkedNode): MarkedNode | null {
  let block = node.parentNode;
  while (block && PHRASE_NAMES.has(block.nodeName.toUpperCase())) block = block.parentNode;
  return block;
}

/**
 * Takes the byline marks (class, id, rel, itemprop) off each phrase under `root` that Readability would read as a
 * byline when the block around it is a paragraph of prose (see isProse) without it: the phrase is part of a sentence of
 * the story. Changes `root` in place; meant for a page about to be read by Readability, after its declarations are read.
 */
export function unmarkInlineBylines(root: MarkedNode): void {
  for (const node of Array.from(root.querySelectorAll(PHRASES.join(', ')))) {
    if (!isMarkedByline(node)) continue;
    const block = blockAround(node);
    if (!block) continue;
    const own = squeezed(node.textContent ?? '');
    const around = squeezed(block.textContent ?? '');
    if (!own || !isProse(squeezed(around.replace(own, ' ')))) continue;
    for (const name of ['class', 'id', 'rel', 'itemprop']) node.removeAttribute(name);
  }
}
