/**
 * Lists of other stories inside the story an extractor chose: related headlines, an author's latest stories,
 * "Vea también" (a newcomer's page: nine related headlines closed the story, became passages and were cited,
 * one answering a question the story does not cover). They are told by their shape, not by a site's class names
 * or words: a list whose every item is mostly the text of a link to another page; sibling paragraphs that are
 * each such a link, with the label before them ("ALSO:"); sibling cards that each open with such a link in a
 * block of its own, then a date or a blurb (article 1.1.2's dev pages: LA Times's "ALSO:" links closing the
 * story, CNN's blurbs of other stories after it, word precision 0.79–0.82 and 0.48).
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
/** Fewer cards in a row may be a post's own blocks (its linked headline, a player, a short review). */
const MIN_CARDS = 3;
/** A link of fewer words is a tag, a section or a button, not a headline. */
const MIN_HEADLINE_WORDS = 3;
/** A card says a few lines about another story; a longer block is the story's own section under a linked heading. */
const MAX_CARD_WORDS = 60;
/** A label before a run of linked headlines is a word or a few ending in a colon ("ALSO:", "Read more:"). */
const MAX_LABEL_WORDS = 4;
const ELEMENT = 1;
const TEXT = 3;
const LISTS = new Set(['UL', 'OL']);
const PICTURES = new Set(['IMG', 'PICTURE']);
/** Where prose runs inline: a paragraph or a heading opening with a link is the story's, never a card. */
const INLINE_BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE']);
/** The elements a run of teasers or cards is made of: blocks, never a heading (a post's linked headline) or inline links. */
const RUN_BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'ASIDE']);

/**
 * Removes from `root` (the extracted story; changed in place) every list (<ul>, <ol>) of at least MIN_TEASERS
 * items that are each a teaser (see isTeaser), and every run of sibling blocks that are each a teaser or a card (see
 * dropTeaserRuns), with a label ending in a colon right before the run. A list of items that
 * say something beyond their links (a list of measures, each with a source linked) stays, and so does a lone
 * linked paragraph (a source, a document).
 */
export function dropLinkLists(root: ListNode): void {
  const stack: ListNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType !== ELEMENT) continue;
    if (node !== root && LISTS.has(node.nodeName.toUpperCase())) {
      const items = Array.from(node.childNodes).filter((child) => child.nodeType === ELEMENT && child.nodeName.toUpperCase() === 'LI');
      const cards = items.filter((item) => !isTeaser(item) && opensWithHeadline(item)).length;
      if (items.length >= (cards ? MIN_CARDS : MIN_TEASERS) && items.every((item) => isTeaser(item) || opensWithHeadline(item))) {
        node.remove();
        continue;
      }
    }
    dropTeaserRuns(node);
    appendAll(stack, Array.from(node.childNodes));
  }
}

/**
 * Removes the runs of sibling teasers and cards among `parent`'s children (see dropLinkLists): MIN_TEASERS linked
 * paragraphs in a row, or MIN_CARDS teasers and cards.
 */
function dropTeaserRuns(parent: ListNode): void {
  let run: ListNode[] = [];
  let cards = 0;
  let before: ListNode | null = null;
  const close = () => {
    if (run.length >= (cards ? MIN_CARDS : MIN_TEASERS)) {
      if (before && isLabel(before)) before.remove();
      for (const member of run) member.remove();
    }
    run = [];
    cards = 0;
  };
  for (const child of Array.from(parent.childNodes)) {
    if (child.nodeType === TEXT && !(child.nodeValue ?? '').trim()) continue;
    const block = child.nodeType === ELEMENT && RUN_BLOCKS.has(child.nodeName.toUpperCase());
    if (block && isTeaser(child)) {
      run.push(child);
      continue;
    }
    if (block && isCard(child)) {
      run.push(child);
      cards++;
      continue;
    }
    close();
    before = child.nodeType === ELEMENT ? child : null;
  }
  close();
}

/** A label of a few words ending in a colon, alone in its element ("ALSO:", "Read more:"). */
function isLabel(node: ListNode): boolean {
  const text = domToText(node).trim();
  return text.endsWith(':') && !text.includes('\n') && wordCount(text) <= MAX_LABEL_WORDS;
}

/**
 * Whether an element is a card about another story: under wrappers of one element, a block of MAX_CARD_WORDS words
 * at most that opens with a teaser (a linked headline in a block of its own, see isTeaser) followed by other blocks
 * (a date, a blurb), or that holds a picture linked to another page (the extractor may have dropped the headline's
 * link as it drops any block of links). A paragraph or heading runs on inline after its link, and is never a card.
 */
function isCard(node: ListNode): boolean {
  let card = node;
  for (let children = elementChildren(card); children.length === 1; children = elementChildren(card)) card = children[0]!;
  if (INLINE_BLOCKS.has(card.nodeName.toUpperCase())) return false;
  return opensWithHeadline(card) || (wordCount(domToText(card)) <= MAX_CARD_WORDS && linksPicture(card));
}

/**
 * Whether a block of MAX_CARD_WORDS words at most opens with a teaser (a linked headline in a block of its own, see
 * isTeaser) followed by other blocks (a date, a blurb): a card, or a list item shaped as one ("<li><a><h3>Other
 * headline</h3></a><p>Its deck.</p></li>", a rail of features beside the story).
 */
function opensWithHeadline(node: ListNode): boolean {
  if (wordCount(domToText(node)) > MAX_CARD_WORDS) return false;
  const blocks = elementChildren(node).filter((child) => domToText(child).trim() !== '');
  return blocks.length >= 2 && !INLINE_BLOCKS.has(blocks[0]!.nodeName.toUpperCase()) && isTeaser(blocks[0]!);
}

/** Whether `node` holds a link to another page around a picture. */
function linksPicture(node: ListNode): boolean {
  const stack: ListNode[] = [node];
  while (stack.length) {
    const current = stack.pop()!;
    if (current.nodeType !== ELEMENT) continue;
    if (current.nodeName.toUpperCase() === 'A') {
      if (isOtherPage(current.getAttribute('href')) && holdsPicture(current)) return true;
    } else appendAll(stack, Array.from(current.childNodes));
  }
  return false;
}

function holdsPicture(node: ListNode): boolean {
  const stack: ListNode[] = Array.from(node.childNodes);
  while (stack.length) {
    const current = stack.pop()!;
    if (current.nodeType !== ELEMENT) continue;
    if (PICTURES.has(current.nodeName.toUpperCase())) return true;
    appendAll(stack, Array.from(current.childNodes));
  }
  return false;
}

function elementChildren(node: ListNode): ListNode[] {
  return Array.from(node.childNodes).filter((child) => child.nodeType === ELEMENT);
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
