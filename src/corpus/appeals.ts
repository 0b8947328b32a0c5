/**
 * Appeal boxes inside the story an extractor chose: a small block that asks the reader to subscribe,
 * join or pay ("Apoya el periodismo incómodo" over a paragraph about the newsroom; "HAZTE MIEMBRO"
 * under "Hacemos periodismo desde hace 106 años…"). Its button is furniture by its words, but the
 * paragraphs beside it read as prose and would be indexed as the story's (issue 14: on real pages
 * they closed the story and were cited). The box is told by its button, not by what its prose says.
 */
import { domToText, type TextNode } from './dom-text.js';
import { isCallButton } from './furniture.js';
import { wordCount } from './lines.js';
import { appendAll } from '../arrays.js';

/** The DOM this module needs (linkedom's and the browser's elements have it). */
export interface BoxNode extends TextNode {
  childNodes: ArrayLike<BoxNode>;
  remove(): void;
}

/** A block with more words than this is a part of the story, not a box beside it. */
const MAX_BOX_WORDS = 150;
/** Nor is a block with more than this share of the story's words (a short story with a call in it). */
const MAX_BOX_SHARE = 1 / 3;
const BOXES = new Set(['DIV', 'SECTION', 'ASIDE', 'FOOTER', 'P', 'FORM']);
const ELEMENT = 1;
const TEXT = 3;

/**
 * Removes from `root` (the extracted story; changed in place) every block of few words, and a small
 * share of the story's, that holds a call button (see isCallButton) on a line of its own.
 */
export function dropAppealBoxes(root: BoxNode): void {
  const words = wordsByElement(root);
  const limit = Math.min(MAX_BOX_WORDS, (words.get(root) ?? 0) * MAX_BOX_SHARE);
  const stack: BoxNode[] = Array.from(root.childNodes);
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType !== ELEMENT) continue;
    if ((words.get(node) ?? 0) > limit) {
      appendAll(stack, Array.from(node.childNodes));
      continue;
    }
    // A block small enough is removed or kept whole: a box inside it would hold its button too.
    if (BOXES.has(node.nodeName.toUpperCase()) && domToText(node).split('\n').some(isCallButton)) node.remove();
  }
}

/** The DOM `dropFormBoxes` needs: a box's parent, to climb from a form to the box around it. */
export interface FormNode extends BoxNode {
  childNodes: ArrayLike<FormNode>;
  parentNode: FormNode | null;
  getAttribute(name: string): string | null;
}

/** Input types a reader types into (the HTML standard's text-entry types, and no type at all, which is text). */
const TYPED_INPUTS = new Set(['text', 'email', 'search', 'tel', 'url', 'number', 'password']);

/**
 * Removes from `root` (a whole page, before an extractor reads it; changed in place) each form a reader types
 * into (a newsletter sign-up, a search or comment box) that has few words, a small share of the page's, with the
 * largest block of few words around it: the box's heading ("Recibe cada mañana las noticias de Valencia").
 * Readability drops a form but keeps the heading beside it, which then reads as a line of the story (a newcomer's
 * page: the heading was cited as an answer). A page wrapped whole in a form (ASP.NET's) has too many words to go.
 */
export function dropFormBoxes(root: FormNode): void {
  const words = wordsByElement(root);
  const limit = Math.min(MAX_BOX_WORDS, (words.get(root) ?? 0) * MAX_BOX_SHARE);
  const forms: FormNode[] = [];
  const stack: FormNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType !== ELEMENT) continue;
    if (node.nodeName.toUpperCase() === 'FORM') forms.push(node);
    else appendAll(stack, Array.from(node.childNodes));
  }
  for (const form of forms) {
    if ((words.get(form) ?? 0) > limit || !hasTypedInput(form)) continue;
    let box = form;
    while (box.parentNode && box.parentNode !== root && (words.get(box.parentNode) ?? Infinity) <= limit) box = box.parentNode;
    box.remove();
  }
}

function hasTypedInput(form: FormNode): boolean {
  const stack: FormNode[] = Array.from(form.childNodes);
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType !== ELEMENT) continue;
    const name = node.nodeName.toUpperCase();
    if (name === 'TEXTAREA' || (name === 'INPUT' && TYPED_INPUTS.has((node.getAttribute('type') ?? 'text').toLowerCase()))) return true;
    appendAll(stack, Array.from(node.childNodes));
  }
  return false;
}

/** A text longer than this counts as more words than any box has, without counting them. */
const MAX_BOX_CHARS = 20 * MAX_BOX_WORDS;

function textWords(text: string): number {
  return text.length > MAX_BOX_CHARS ? MAX_BOX_WORDS + 1 : wordCount(text);
}

/**
 * The words under each element (at least MAX_BOX_WORDS + 1 under a long text) of `root`, in one walk (asking each element for its text would
 * read a deeply nested page once per level).
 */
function wordsByElement(root: BoxNode): Map<BoxNode, number> {
  const words = new Map<BoxNode, number>();
  // Each element is visited twice: on the way down (its children are pushed), then on the way up.
  const stack: Array<{ node: BoxNode; up: boolean }> = [{ node: root, up: false }];
  while (stack.length) {
    const { node, up } = stack.pop()!;
    if (up) {
      let total = 0;
      for (const child of Array.from(node.childNodes)) total += child.nodeType === ELEMENT ? (words.get(child) ?? 0) : child.nodeType === TEXT ? textWords(child.nodeValue ?? '') : 0;
      words.set(node, total);
      continue;
    }
    stack.push({ node, up: true });
    for (const child of Array.from(node.childNodes)) if (child.nodeType === ELEMENT) stack.push({ node: child, up: false });
  }
  return words;
}
