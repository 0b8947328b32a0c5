/**
 * A DOM subtree as plain text: one paragraph per line, a blank line between blocks, inline markup
 * dropped, list items and headings on lines of their own. The walk keeps its own stack instead of
 * recursing, so a page nested thousands of elements deep cannot exhaust the call stack.
 * Captions, media, forms, scripts and navigation are skipped: they are never the story's text.
 */

/** The part of the DOM this module needs (linkedom's and the browser's nodes both have it). */
export interface TextNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<TextNode>;
  getAttribute?(name: string): string | null;
}

const ELEMENT = 1;
const TEXT = 3;

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TFOOT', 'TR', 'UL',
]);

/** Never text of the story, wherever they are. */
const ALWAYS_SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'BUTTON', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'CANVAS',
  'OBJECT', 'EMBED', 'HEAD', 'TITLE', 'META', 'LINK',
]);
// Photo captions and credits: an issue-14 failure kind (a figcaption cited as an answer).
const CAPTION = 'FIGCAPTION';

/** Page furniture skipped when a whole page is read (no extractor chose the story's element). */
export const PAGE_FURNITURE = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'HEADER']);

/**
 * The text of `root` as lines (blank lines separate blocks). `skip` names further elements (upper
 * case, as nodeName gives them) whose whole subtree is left out; captions are left out unless
 * `withCaptions` (a page may print its deck as the lead photo's caption).
 */
export function domToText(root: TextNode, skip: ReadonlySet<string> = new Set(), withCaptions = false): string {
  const out: string[] = [];
  let line = '';
  const breakLine = () => {
    const text = line.replace(/[ \t\r\n\f\u00A0]+/gu, ' ').trim();
    if (text) out.push(text);
    line = '';
  };
  // Entries are nodes to visit, or `null` marking the end of a block element.
  const stack: Array<TextNode | null> = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node === null) {
      breakLine();
      continue;
    }
    if (!node) continue;
    if (node.nodeType === TEXT) {
      line += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT) continue;
    const name = node.nodeName.toUpperCase();
    const hidden = node.getAttribute?.('hidden');
    if (ALWAYS_SKIPPED.has(name) || skip.has(name) || (name === CAPTION && !withCaptions) || (hidden !== null && hidden !== undefined)) continue;
    if (name === 'TD' || name === 'TH') line += ' ';
    if (BLOCKS.has(name)) {
      breakLine();
      stack.push(null);
    }
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (child) stack.push(child);
    }
  }
  breakLine();
  return out.join('\n\n');
}
