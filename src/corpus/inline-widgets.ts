/**
 * Widgets a CMS prints inside the story's own paragraphs, where no line of their own tells them apart: share buttons
 * after a paragraph's text ("<p>…las obras. <span class="share"><a>Compartir en WhatsApp</a> <a>Copiar enlace</a></span></p>")
 * and footnote markers after a sentence ("…last winter.<sup><a href="#fn1">1</a></sup>"), with the footnotes' links back
 * to them ("↩"). A share row alone on its line is furniture (furniture.ts); inside a paragraph it ran into the story's
 * sentence, a marker glued a figure to its last word ("winter.1"), and the notes, a list after the last paragraph, joined
 * it (dom-text.ts reads a list after a paragraph as its continuation): a note is a reference, not the story's text.
 */
import { isShareRow } from './furniture.js';

/** The DOM this module needs (linkedom's and the browser's elements have it). */
export interface WidgetNode {
  nodeName: string;
  nodeType: number;
  nodeValue: string | null;
  textContent: string | null;
  childNodes: ArrayLike<WidgetNode>;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<WidgetNode>;
  closest(selector: string): WidgetNode | null;
  remove(): void;
}

/** A footnote's marker: its number, bracketed or not, or a sign ("1", "[12]", "*", "†"). */
const MARKER = /^\s*(?:\[?\d{1,3}\]?|[*†‡])\s*$/u;
/** A footnote's link back to its marker. */
const BACK_LINK = /^\s*[↩↑⤴^]\uFE0E?\s*$/u;
/** Where a paragraph's text runs inline. */
const PARAGRAPHS = 'p, li, blockquote';

/** Removes, in place under `root`, share rows inside paragraphs, footnote markers linked within the page and links back to them. */
export function dropInlineWidgets(root: WidgetNode): void {
  for (const link of Array.from(root.querySelectorAll('a[href^="#"]'))) {
    const text = link.textContent ?? '';
    // A note linking back to its marker is the story's reference, not its text: left, it ran into the last paragraph.
    if (BACK_LINK.test(text)) (link.closest('li') ?? link).remove();
    else if (MARKER.test(text)) (link.closest('sup') ?? link).remove();
  }
  for (const paragraph of Array.from(root.querySelectorAll(PARAGRAPHS))) {
    const own = paragraph.textContent ?? '';
    for (const element of Array.from(paragraph.querySelectorAll('span, div, ul, nav'))) {
      const text = spacedText(element);
      // Only a part of the paragraph: a paragraph that is all buttons is furniture as a line.
      if (text.trim() && text.length < own.length && isShareRow(text)) element.remove();
    }
  }
}

const TEXT = 3;

/** The text under `node`, a space between its text nodes: buttons' labels run together in textContent ("Compartir en FacebookEnviar por WhatsApp"). */
function spacedText(node: WidgetNode): string {
  const parts: string[] = [];
  const stack: WidgetNode[] = [node];
  while (stack.length) {
    const next = stack.pop()!;
    if (next.nodeType === TEXT) parts.push(next.nodeValue ?? '');
    else for (let index = next.childNodes.length - 1; index >= 0; index--) stack.push(next.childNodes[index]!);
  }
  return parts.join(' ');
}
