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
import { endsLikeSentence, wordCount } from './lines.js';
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
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * Removes from `root` (the extracted story; changed in place) every list (<ul>, <ol>) of other stories (see
 * isStoryList) with the label right before it (see isListLabel), and every run of sibling blocks that are each a
 * teaser or a card (see dropTeaserRuns), with a label ending in a colon right before the run. A list of items that
 * say something beyond their links (a list of measures, each with a source linked) stays, and so does a lone
 * linked paragraph (a source, a document).
 */
export function dropLinkLists(root: ListNode): void {
  const stack: ListNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType !== ELEMENT) continue;
    let before: ListNode | null = null;
    for (const child of elementChildren(node)) {
      if (isStoryList(child)) {
        if (before && isListLabel(before)) before.remove();
        child.remove();
      } else stack.push(child);
      before = child;
    }
    dropTeaserRuns(node);
    if (node.nodeName.toUpperCase() === 'P') dropRunInRail(node);
  }
}

/** A paragraph of the story has at least this many words. */
const MIN_STORY_PARAGRAPH_WORDS = 8;
/** A card inlaid in the story is a headline and a line of blurb; more is a section of the story under a linked heading. */
const MAX_INLAID_CARD_WORDS = 30;

/**
 * Removes from `root` (a page's body, before its story is chosen; changed in place) every card about another story set
 * between two paragraphs of the story (see isStoryParagraph): a block, not a paragraph, of a linked headline in a block
 * of its own and a line of blurb (see isInlaidCard), as publishing systems inlay promotions in a story's text
 * ("<div class="Enhancement"><div><a>Other headline</a></div><div>Its blurb.</div></div>"). Looked for before the
 * extractor reads the page: it drops the card's link as a block of links and keeps the blurb, which then reads as the
 * story's. A card beside only one paragraph (a post's own linked headline, a rail after the story) is dropLinkLists's.
 */
export function dropInlaidCards(root: ListNode): void {
  const stack: ListNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    const children = elementChildren(node);
    children.forEach((child, at) => {
      if (RUN_BLOCKS.has(child.nodeName.toUpperCase()) && child.nodeName.toUpperCase() !== 'P' && isStoryParagraph(children[at - 1]) && isStoryParagraph(children[at + 1]) && isInlaidCard(child)) child.remove();
      else stack.push(child);
    });
  }
}

/** Whether a block is a card of MAX_INLAID_CARD_WORDS words at most that opens with a linked headline (see opensWithHeadline). */
function isInlaidCard(block: ListNode): boolean {
  return wordCount(domToText(block)) <= MAX_INLAID_CARD_WORDS && opensWithHeadline(cardOf(block));
}

/** Whether `node` is a paragraph (<p>) of the story's prose: MIN_STORY_PARAGRAPH_WORDS words or more, ending a sentence. */
function isStoryParagraph(node: ListNode | undefined): boolean {
  if (node?.nodeName.toUpperCase() !== 'P') return false;
  const text = domToText(node).trim();
  return wordCount(text) >= MIN_STORY_PARAGRAPH_WORDS && endsLikeSentence(text);
}

/** The block inside a card's wrappers of one element each (see isCard). */
function cardOf(node: ListNode): ListNode {
  let card = node;
  for (let children = elementChildren(card); children.length === 1; children = elementChildren(card)) card = children[0]!;
  return card;
}

/** What may stand between and after headlines run into a paragraph: spaces and separators, no word and no full stop. */
const RAIL_SEPARATOR = /^[\s|·•,;/–—-]*$/u;
/** A label of a few words ending in a colon at the end of a paragraph's text, after its last sentence or alone ("… the briefing. Read more: "). */
const TRAILING_LABEL = /(?:^|(?<=[.!?]["'”’»)]*\s))[^.!?:]+:\s*$/u;
/** Inline elements a label or a linked headline may be wrapped in. */
const INLINE_WRAPPERS = new Set(['B', 'STRONG', 'EM', 'I', 'SPAN']);

/**
 * Removes from a paragraph the headlines of other stories run into its end (see dropLinkLists): links to other pages of
 * MIN_HEADLINE_WORDS words or more with nothing but separators between and after them (RAIL_SEPARATOR), MIN_TEASERS of
 * them or one after a label ending in a colon, which goes with them ("… at the briefing. <b>Read more:</b> <a>Ferry fares
 * to rise</a> · <a>…</a>"); only when what comes before them ends a sentence or is nothing. Left in, they ran the story's
 * last sentence and other headlines into one line, which the cleaner drops whole as no sentence. A sentence naming linked
 * titles ("… met <a>Jane Doe Smith</a> and <a>…</a>.") runs on around them and stays.
 */
function dropRunInRail(paragraph: ListNode): void {
  const children = Array.from(paragraph.childNodes);
  let at = children.length - 1;
  let links = 0;
  for (; at >= 0; at--) {
    const child = children[at]!;
    if (child.nodeType === TEXT && RAIL_SEPARATOR.test(child.nodeValue ?? '')) continue;
    if (!isRunInHeadline(child)) break;
    links++;
  }
  if (links === 0) return;
  const rest = children.slice(0, at + 1);
  const last = rest.at(-1);
  const lastText = last ? domToText(last) : '';
  const label = last === undefined ? null : last.nodeType === TEXT ? TRAILING_LABEL.exec(lastText)?.[0] : INLINE_WRAPPERS.has(last.nodeName.toUpperCase()) && lastText.trim().endsWith(':') ? lastText : null;
  if ((label && wordCount(label) > MAX_LABEL_WORDS) || (!label && links < MIN_TEASERS)) return;
  const before = [...rest.slice(0, -1).map((child) => domToText(child)), label ? lastText.slice(0, lastText.length - label.length) : lastText].join('').trim();
  if (before && !endsLikeSentence(before)) return;
  for (const child of children.slice(label ? at : at + 1)) {
    if (child === last && label && last.nodeType === TEXT) last.nodeValue = lastText.slice(0, lastText.length - label.length);
    else child.remove();
  }
}

/** Whether a node is a link to another page of a headline's words (MIN_HEADLINE_WORDS), bare or in inline wrappers of its own. */
function isRunInHeadline(node: ListNode): boolean {
  let link = node;
  while (link.nodeType === ELEMENT && INLINE_WRAPPERS.has(link.nodeName.toUpperCase()) && elementChildren(link).length === 1 && !hasOwnText(link)) link = elementChildren(link)[0]!;
  return link.nodeType === ELEMENT && link.nodeName.toUpperCase() === 'A' && isOtherPage(link.getAttribute('href')) && wordCount(domToText(link)) >= MIN_HEADLINE_WORDS;
}

/**
 * Whether `node` is a list of other stories, or wraps only one (its label is then the wrapper's, see onlyDescendant): at least MIN_TEASERS items that are each a teaser (see isTeaser), or
 * MIN_CARDS teasers and cards (see opensWithHeadline), or any number of them when one opens with a heading that is
 * wholly a link (see opensWithLinkedHeading).
 */
function isStoryList(node: ListNode): boolean {
  const list = onlyDescendant(node);
  if (!LISTS.has(list.nodeName.toUpperCase())) return false;
  const items = elementChildren(list).filter((child) => child.nodeName.toUpperCase() === 'LI');
  const cards = items.filter((item) => !isTeaser(item) && opensWithHeadline(item)).length;
  const least = items.some(opensWithLinkedHeading) ? 1 : cards ? MIN_CARDS : MIN_TEASERS;
  return items.length >= least && items.every((item) => isTeaser(item) || opensWithHeadline(item));
}

/**
 * Whether the element before a list of other stories is its label: one ending in a colon (see isLabel), or a
 * heading or a link of MAX_LABEL_WORDS words at most that is no sentence ("Elsewhere on the site", a feed's "RSS").
 * Left behind, such a line closes the story, where it is read as the story's signature.
 */
function isListLabel(node: ListNode): boolean {
  if (isLabel(node)) return true;
  const text = domToText(node).trim();
  const words = wordCount(text);
  const shaped = HEADINGS.has(node.nodeName.toUpperCase()) || linkedWords(node) === words;
  return shaped && words > 0 && words <= MAX_LABEL_WORDS && !/[.!?]$/u.test(text);
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
  const card = cardOf(node);
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
  const first = blocks[0];
  if (blocks.length < 2 || !first) return false;
  return INLINE_BLOCKS.has(first.nodeName.toUpperCase()) ? isLinkedHeading(first) : isTeaser(first);
}

/**
 * Whether a list item opens with a heading that is wholly a link to another page, a headline's worth (an older
 * layout's "<li><h3><a>Other headline</a></h3><p>Its deck.</p></li>", the deck optional): the item is about another
 * story, so even one such item in a list of its own (a rail of one promoted story under its label) is left out.
 */
function opensWithLinkedHeading(item: ListNode): boolean {
  const first = elementChildren(item).find((child) => domToText(child).trim() !== '');
  return first !== undefined && isLinkedHeading(first) && wordCount(domToText(item)) <= MAX_CARD_WORDS;
}

/** Whether `node` is a heading (<h1>–<h6>) whose every word is the text of links to another page, MIN_HEADLINE_WORDS or more. */
function isLinkedHeading(node: ListNode): boolean {
  if (!HEADINGS.has(node.nodeName.toUpperCase())) return false;
  const words = wordCount(domToText(node));
  return words >= MIN_HEADLINE_WORDS && linkedWords(node) === words;
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

/** The element inside `node`'s wrappers: `node` itself, or the one element it holds with no text beside it, and so on down to a list. */
function onlyDescendant(node: ListNode): ListNode {
  let inner = node;
  for (let children = elementChildren(inner); children.length === 1 && !LISTS.has(inner.nodeName.toUpperCase()) && !hasOwnText(inner); children = elementChildren(inner)) inner = children[0]!;
  return inner;
}

function hasOwnText(node: ListNode): boolean {
  return Array.from(node.childNodes).some((child) => child.nodeType === TEXT && (child.nodeValue ?? '').trim() !== '');
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
  const linked = linkedWords(item);
  return linked >= MIN_HEADLINE_WORDS && linked * 2 > wordCount(domToText(item));
}

/** How many of `root`'s words are the text of links to another page (see isOtherPage). */
function linkedWords(root: ListNode): number {
  let linked = 0;
  const stack: ListNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType !== ELEMENT) continue;
    if (node.nodeName.toUpperCase() === 'A') {
      if (isOtherPage(node.getAttribute('href'))) linked += wordCount(domToText(node));
    } else appendAll(stack, Array.from(node.childNodes));
  }
  return linked;
}

/** Whether a link's address is another page: not missing, not an anchor in this page, not a script or an e-mail. */
function isOtherPage(href: string | null): boolean {
  const target = href?.trim() ?? '';
  return target !== '' && !target.startsWith('#') && !/^(?:javascript|mailto|tel):/iu.test(target);
}
