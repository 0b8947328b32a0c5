/**
 * Lists of other stories inside the story an extractor chose: related headlines, an author's latest stories,
 * "Vea también" (a newcomer's page: nine related headlines closed the story, became passages and were cited,
 * one answering a question the story does not cover). They are told by their shape, not by a site's class names
 * or words: a list whose every item is mostly the text of a link to another page.
 */
import { domToText, type TextNode } from './dom-text.js';
import { wordCount } from './lines.js';
import { appendAll } from '../arrays.js';

/** The DOM this module needs (linkedom's and the browser's elements have it). */
export interface ListNode extends TextNode {
  childNodes: ArrayLike<ListNode>;
  getAttribute(name: string): string | null;
  remove(): void;
}

/** A list of fewer items is a single link (a source, a document), not a list of stories. */
const MIN_TEASERS = 2;
/** A link of fewer words is a tag, a section or a button, not a headline. */
const MIN_HEADLINE_WORDS = 3;
const ELEMENT = 1;
const LISTS = new Set(['UL', 'OL']);

/**
 * Removes from `root` (the extracted story; changed in place) every list (<ul>, <ol>) of at least MIN_TEASERS
 * items that are each a teaser (see isTeaser). A list of items that say something beyond their links (a list
 * of measures, each with a source linked) stays.
 */
export function dropLinkLists(root: ListNode): void {
  const stack: ListNode[] = Array.from(root.childNodes);
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType !== ELEMENT) continue;
    if (LISTS.has(node.nodeName.toUpperCase())) {
      const items = Array.from(node.childNodes).filter((child) => child.nodeType === ELEMENT && child.nodeName.toUpperCase() === 'LI');
      if (items.length >= MIN_TEASERS && items.every(isTeaser)) {
        node.remove();
        continue;
      }
    }
    appendAll(stack, Array.from(node.childNodes));
  }
}

/**
 * Whether a list item is a teaser: more than half its words are the text of links to another page (not an
 * anchor in this one: a table of contents), a headline's worth at least. The rest is a date, a count of
 * comments, a section's name.
 */
function isTeaser(item: ListNode): boolean {
  let linked = 0;
  const stack: ListNode[] = [item];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType !== ELEMENT) continue;
    if (node.nodeName.toUpperCase() === 'A') {
      if (isOtherPage(node.getAttribute('href'))) linked += wordCount(domToText(node));
    } else appendAll(stack, Array.from(node.childNodes));
  }
  return linked >= MIN_HEADLINE_WORDS && linked * 2 > wordCount(domToText(item));
}

/** Whether a link's address is another page: not missing, not an anchor in this page, not a script or an e-mail. */
function isOtherPage(href: string | null): boolean {
  const target = href?.trim() ?? '';
  return target !== '' && !target.startsWith('#') && !/^(?:javascript|mailto|tel):/iu.test(target);
}
