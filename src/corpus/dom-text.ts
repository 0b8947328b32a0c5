/**
 * A DOM subtree as plain text: one paragraph per line, a blank line between blocks, inline markup
 * dropped, list items and headings on lines of their own. The walk keeps its own stack instead of
 * recursing, so a page nested thousands of elements deep cannot exhaust the call stack.
 * Captions, media, forms, scripts and navigation are skipped: they are never the story's text.
 * A data table gives a line per row with its header's labels, a fact box a line of labels and values, and a
 * list that continues a paragraph joins it, so that a figure in a cell or an item keeps what it is about.
 */
import { appendAll } from '../arrays.js';
import { foldAccents } from '../text/words.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from './dates.js';

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
  /** The element whose end gave the last line of `out`; null when inline text between blocks gave it. */
  let lastBlock: string | null = null;
  /** Whether a block started or ended, with no text, since the last line of `out`: the next block is not its sibling. */
  let apart = false;
  const breakLine = (block: string | null = null) => {
    const text = squeeze(line);
    if (text) {
      out.push(text);
      lastBlock = block;
      apart = false;
    } else apart = true;
    line = '';
  };
  const textOf = (node: TextNode) => domToText(node, skip, withCaptions);
  // Whether an inline element started or ended since the last text: see runsApart.
  let elementBoundary = false;
  // How many quotation blocks the walk is inside.
  let quoteDepth = 0;
  // Entries are nodes to visit, the name of a block element that ends there, or the end of an inline element.
  const stack: Array<TextNode | string | typeof INLINE_END> = [root];
  while (stack.length) {
    const node = stack.pop();
    if (typeof node === 'string') {
      if (node === QUOTE) quoteDepth--;
      breakLine(node);
      continue;
    }
    if (node === INLINE_END) {
      elementBoundary = true;
      continue;
    }
    if (!node) continue;
    if (node.nodeType === TEXT) {
      const value = node.nodeValue ?? '';
      if (elementBoundary && runsApart(line, value)) line += ' ';
      elementBoundary = false;
      line += value;
      continue;
    }
    if (node.nodeType !== ELEMENT) continue;
    const name = node.nodeName.toUpperCase();
    const hidden = node.getAttribute?.('hidden');
    if (ALWAYS_SKIPPED.has(name) || skip.has(name) || (name === CAPTION && !withCaptions) || (hidden !== null && hidden !== undefined)) continue;
    if (name === 'TABLE') {
      const rows = dataTableLines(node, textOf);
      if (rows) {
        breakLine();
        appendAll(out, rows);
        lastBlock = name;
        continue;
      }
    }
    if (BLOCKS.has(name)) {
      const facts = factLine(node, textOf);
      if (facts) {
        breakLine();
        out.push(facts);
        lastBlock = name;
        continue;
      }
    }
    // A list goes on from a paragraph that leads into it or ends a sentence; one after a label or a credit ("Reuters contributed
    // to this report", no stop) is a block of its own, as a box of prompts after the story is. After a sentence's end, only
    // a list beside the paragraph goes on from it: one in another container is another block (a rail of features after the story).
    const lead = out.at(-1) ?? '';
    if ((name === 'UL' || name === 'OL') && lastBlock === 'P' && !hasText(line) && LEAD_END.test(lead) && (!apart || LEAD_COLON.test(lead))) {
      const items = listItemTexts(node, textOf);
      if (items) {
        out[out.length - 1] = withListItems(out[out.length - 1]!, items);
        continue;
      }
    }
    if (name === 'TD' || name === 'TH') line += ' ';
    // Inside a quotation block (a pull quote, an embedded post) a line break sets apart its heading, its credit ("Name,
    // role.") or its hashtags from its words: one paragraph, never a line quoted alone for what its words do not say.
    if (name === 'BR' && quoteDepth > 0) {
      line += ' ';
      continue;
    }
    if (name === QUOTE) quoteDepth++;
    if (BLOCKS.has(name)) {
      breakLine();
      stack.push(name);
    } else if (!JOINED_INLINE.has(name)) {
      elementBoundary = true;
      stack.push(INLINE_END);
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

/** The end of an inline element, on domToText's stack. */
const INLINE_END = Symbol('inline end');
/** Inline elements whose text is part of the word before it ("m<sup>2</sup>", "H<sub>2</sub>O"). */
const JOINED_INLINE = new Set(['SUP', 'SUB', 'WBR']);
const QUOTE = 'BLOCKQUOTE';

/**
 * Whether two inline elements' texts that meet with no space between them are two words the page's style sets
 * apart: a word in lower case then a capital or a figure ("<span>Por Ana Ruiz</span><span>2 de mayo de 2024</span>",
 * "By Jane Doe<time>May 2, 2024</time>"), or a word then a figure. A browser shows them run together unless the
 * page's style spaces them, which bylines and date lines always are; a word split across elements goes on in
 * lower case ("<b>T</b>he") and stays one word.
 */
function runsApart(before: string, after: string): boolean {
  if (/^\p{Ll}/u.test(after)) return /\p{L}$/u.test(before) && opensDate(after);
  return /^[\p{Lu}\d]/u.test(after) && (/\p{Ll}$/u.test(before) || (/\p{L}$/u.test(before) && /^\d/u.test(after)));
}

/** The whole names of weekdays and months, Spanish and English, without accents: a date written in lower case opens with one. */
const DATE_WORDS = new Set([...WEEKDAY_NAMES.es, ...WEEKDAY_NAMES.en, ...MONTH_NAMES.es, ...MONTH_NAMES.en]);
/** A date's figure within a few words of its opening name ("martes 3 de marzo", "marzo 3, 2026"). */
const DATE_FIGURE = /^\p{L}+[\s,.]+(?:\p{L}+[\s,.]+)?\d/u;

/**
 * Whether a text in lower case opens with a date ("martes 3 de marzo de 2026", "marzo 3, 2026"), as a Spanish page prints
 * one in an element of its own after the byline's ("<span>Por Ana Ruiz</span><time>martes 3 de marzo…</time>"): a
 * weekday's or a month's name, then a figure.
 */
function opensDate(text: string): boolean {
  const word = /^\p{L}+/u.exec(text)?.[0] ?? '';
  return DATE_WORDS.has(foldAccents(word.toLowerCase())) && DATE_FIGURE.test(text);
}

function squeeze(text: string): string {
  return text.replace(/[ \t\r\n\f\u00A0]+/gu, ' ').trim();
}

/**
 * Whether `squeeze(text)` keeps anything: a character other than white space. Asked of every text node of every block
 * (factLine), where squeezing the text only to see it empty was about 1 % of a build's cleaning.
 */
function hasText(text: string): boolean {
  return /\S/u.test(text);
}

function elementChildren(node: TextNode, names: ReadonlySet<string>): TextNode[] {
  return Array.from(node.childNodes).filter((child) => child.nodeType === ELEMENT && names.has(child.nodeName.toUpperCase()));
}

const ROW_GROUPS = new Set(['THEAD', 'TBODY', 'TFOOT']);
const ROW = new Set(['TR']);
const CELLS = new Set(['TD', 'TH']);

/**
 * A data table as one line per row, each cell with its column's header ("Municipio: Florejacs · Vecinos: 200"),
 * so that a row read alone still says what its figures are (a passage of a bare "200" answers nothing). The
 * header is the first row when it is in <thead> or made of <th> cells. Null for a layout table (a cell holding
 * more than one line: paragraphs, lists), which is read as any other block.
 */
function dataTableLines(table: TextNode, textOf: (node: TextNode) => string): string[] | null {
  const rows = elementChildren(table, new Set([...ROW_GROUPS, ...ROW])).flatMap((child) =>
    ROW.has(child.nodeName.toUpperCase()) ? [{ row: child, head: false }] : elementChildren(child, ROW).map((row) => ({ row, head: child.nodeName.toUpperCase() === 'THEAD' })),
  );
  const cells = rows.map(({ row, head }) => {
    const found = elementChildren(row, CELLS);
    return { head: head || (found.length > 0 && found.every((cell) => cell.nodeName.toUpperCase() === 'TH')), texts: found.map(textOf) };
  });
  if (cells.length === 0 || cells.some(({ texts }) => texts.some((text) => text.includes('\n')))) return null;
  const header = cells[0]!.head && cells.length > 1 ? cells.shift()!.texts : null;
  return cells
    .map(({ texts }) => texts.map((text, column) => (header?.[column] && text ? `${header[column]}: ${text}` : text)).filter(Boolean).join(FACT_SEPARATOR))
    .filter(Boolean);
}

/** Inline elements a fact box sets its labels in ("<span class=label>Origen</span> Rusia<br>", "<b>Edad:</b> 34<br>"). */
const LABELS = new Set(['SPAN', 'B', 'STRONG', 'EM', 'I', 'LABEL', 'SMALL']);
/** A fact's label is a few words ("Límite de pago"); clean.ts reads a line's facts by the same measure. */
export const MAX_FACT_LABEL_WORDS = 4;
/** A fact's value is a name, a figure or a list; a longer run after a bold lead-in is a paragraph's sentence. */
const MAX_VALUE_WORDS = 25;
/** A fact box holds at least this many facts; fewer is a paragraph opening with a bold word, or a label. */
export const MIN_FACTS = 2;
/** Between the "Label: value" parts of one line: a data table's row, a fact box (clean.ts splits lines by it). */
export const FACT_SEPARATOR = ' · ';
/** A value of this many words that ends like a sentence is one. */
const MIN_SENTENCE_WORDS = 6;

/**
 * A fact box's block: lines separated by <br>, each a short label in an inline element and then its value
 * ("Origen Rusia", "Límite de pago 23 de abril"), as one line with a colon after each label, written as a data
 * table's row is ("Origen: Rusia · Límite de pago: 23 de abril"): a passage then holds the box's subject with its
 * figures, and the cleaner reads labels and values rather than headlines. Null for any other block (fewer than
 * MIN_FACTS lines, a block inside it, a line without a label, a value that is a sentence: a paragraph opening with a
 * bold word).
 */
function factLine(block: TextNode, textOf: (node: TextNode) => string): string | null {
  const segments: TextNode[][] = [[]];
  for (const child of Array.from(block.childNodes)) {
    if (child.nodeType === ELEMENT && child.nodeName.toUpperCase() === 'BR') segments.push([]);
    else if (child.nodeType === ELEMENT && BLOCKS.has(child.nodeName.toUpperCase())) return null;
    else if (child.nodeType === ELEMENT || (child.nodeType === TEXT && hasText(child.nodeValue ?? ''))) segments.at(-1)!.push(child);
  }
  const lines = segments.filter((segment) => segment.length > 0);
  if (lines.length < MIN_FACTS) return null;
  const facts: string[] = [];
  for (const [label, ...rest] of lines) {
    if (!label || label.nodeType !== ELEMENT || !LABELS.has(label.nodeName.toUpperCase())) return null;
    const name = squeeze(textOf(label)).replace(/\s*:$/u, '');
    const value = squeeze(rest.map(textOf).join(' '));
    const nameWords = name.split(' ').length;
    const valueWords = value.split(' ').length;
    // A value that is a sentence makes the line a paragraph opening with a bold word ("<b>Vigo</b> El ayuntamiento presentó…").
    if (!name || !value || nameWords > MAX_FACT_LABEL_WORDS || /[.!?]$/u.test(name) || valueWords > MAX_VALUE_WORDS || (valueWords >= MIN_SENTENCE_WORDS && /[.!?…]["'”’»)]*$/u.test(value))) return null;
    facts.push(`${name}: ${value}`);
  }
  return facts.join(FACT_SEPARATOR);
}

const ITEMS = new Set(['LI']);
/** How a paragraph that a list continues ends: a colon, or a sentence's end with any closing quotes or brackets. */
const LEAD_END = /[:.!?…]["'»”)]*\s*$/u;
const LEAD_COLON = /:\s*$/u;
const LINK = 'A';

/**
 * The items of a list that continues the paragraph before it ("Instalará 50 radares:" and then "20 en la AP-9",
 * "15 en la A-52"), each on one line; null when an item holds more than a line (a nested list, paragraphs) or is
 * mostly a link (a list of related stories or tags, which the cleaner tells as furniture by its own lines).
 */
function listItemTexts(list: TextNode, textOf: (node: TextNode) => string): string[] | null {
  const items = elementChildren(list, ITEMS);
  if (items.length === 0) return null;
  const texts = items.map(textOf);
  if (texts.some((text, index) => !text || text.includes('\n') || linkText(items[index]!).length * 2 >= text.length)) return null;
  return texts;
}

/** The text inside links under `node`. */
function linkText(node: TextNode): string {
  let text = '';
  const stack: TextNode[] = [node];
  while (stack.length) {
    const next = stack.pop()!;
    if (next.nodeType === ELEMENT && next.nodeName.toUpperCase() === LINK) text += squeeze(domToText(next));
    else appendAll(stack, Array.from(next.childNodes));
  }
  return text;
}

/** A lead-in paragraph followed by its list's items, as one paragraph: items that end like sentences one after another, others as a series ("a; b; c."). */
function withListItems(lead: string, items: string[]): string {
  if (items.every((item) => /[.!?…]["'»”)]*$/u.test(item))) return `${lead} ${items.join(' ')}`;
  return `${lead} ${items.map((item) => item.replace(/[,;:]$/u, '')).join('; ')}.`;
}
