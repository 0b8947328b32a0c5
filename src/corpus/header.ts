/**
 * The article's header: the block around its headline (<h1>), where pages print the deck and the
 * date readers see, and which an extractor often leaves outside the story it chooses (issue 14:
 * decks lost on 6 of 55 real pages, a header date the only one on others).
 */
import type { DateOrder } from './dates.js';
import { attributedQuotation, CREDIT_ATTRIBUTE } from './captions.js';
import { domToText, type TextNode } from './dom-text.js';
import { endsLikeSentence, foldWords, looksLikeProse, publishedDateOf, readByline, readBylineDate, readDateLine, squeezed, wordCount } from './lines.js';
import { isProse } from './prose-block.js';

/** The DOM this module needs: an element's parent, its text and a query (linkedom's and the browser's nodes have them). */
export interface HeaderNode extends TextNode {
  parentElement: HeaderNode | null;
  textContent: string | null;
  querySelectorAll(selector: string): ArrayLike<HeaderNode>;
  getAttribute(name: string): string | null;
  /** Takes the node out of its document. */
  remove(): void;
}

/** Enough of a line to hold its first word. */
const OPENING_CHARS = 40;
/** A description shorter than this is no deck (a kicker, a label). */
const MIN_DECK_WORDS = 6;
// A description cut short by the CMS: "… cobertura de..." (its last word may be cut too).
const CUT_END = /(?:\.\.\.|…)\s*$/u;

/**
 * The page's deck (standfirst): the first line of `pageText` (the page as domToText gives it) that
 * is the description the page declares, whole or completing a description cut short (with "…" or not).
 * Null when no line is, or when the description is short. Pages declare their deck as og:description
 * and print it under the headline, where extractors leave it out of the story; a description that
 * is only a summary, found nowhere in the page, gives nothing.
 */
export function findDeck(pageText: string, descriptions: string[]): string | null {
  const lines = pageText.split('\n').filter(Boolean);
  for (const description of descriptions) {
    const words = foldWords(description.replace(CUT_END, ''));
    if (words.length < MIN_DECK_WORDS) continue;
    // A description may be cut short, with or without "…", inside its last word: the words before it are compared.
    const prefix = `${words.slice(0, -1).join(' ')} `;
    // Only lines that open with the description's first word are folded whole (a page may have 100,000 lines).
    const deck = lines.find((line) => foldWords(line.slice(0, OPENING_CHARS))[0] === words[0] && `${foldWords(line).join(' ')} `.startsWith(prefix));
    if (deck) return deck;
  }
  return null;
}

/** How far up from the <h1> the header block may be. */
const MAX_HEADER_LEVELS = 3;
/** A block with more words than this holds the story or the page, not only its header. */
const MAX_HEADER_WORDS = 150;

/** Whether the text under `root` has at most `limit` words; stops reading once it has more (a page's body may be megabytes). */
function hasFewWords(root: TextNode, limit: number): boolean {
  let words = 0;
  const stack: TextNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT) words += wordCount(node.nodeValue ?? '');
    if (words > limit) return false;
    const children = node.childNodes;
    for (let index = 0; index < children.length; index++) stack.push(children[index]!);
  }
  return true;
}

const TEXT = 3;
const ELEMENT = 1;

/** An <h1> of fewer words is a logo or a section name, not a headline. */
const MIN_HEADLINE_WORDS = 3;
/**
 * Inside a declared title, an <h1> that does not open it must be most of it: "Diario del Sur" in
 * "Reforman el mercado | Diario del Sur" is the site's name (its logo's <h1>, beside today's date).
 */
const HEADLINE_SHARE = 0.6;

/**
 * The headline's header of a page, found once (see pageHeader): the headline, the block of few words around it (or the
 * few elements after it), that block's text lines, and the elements printed after the headline.
 */
export interface PageHeader {
  /** The page's headline, the <h1> of a declared title; undefined when there is none. */
  heading: HeaderNode | undefined;
  /** The headline's header (see headerBlocks); none without a headline. */
  blocks: HeaderNode[];
  /** The header's text, one line a paragraph or line of it (domToText), blank lines left out. */
  lines: string[];
  /** The elements printed after the headline (see headlineSiblings). */
  followers: HeaderNode[];
  /** Whether the headline's parent has few words (a header, all of whose elements after the headline are followers). */
  short: boolean;
}

/**
 * The headline's header of `document`, given `titles`, the page's title declarations (see headerBlocks): read once,
 * for the date, the byline, the lede and the caption printed there.
 */
export function pageHeader(document: HeaderNode, titles: string[]): PageHeader {
  const { heading, blocks } = headerBlocks(document, titles);
  const lines = blocks.flatMap((node) => domToText(node).split('\n')).filter(Boolean);
  return { heading, blocks, lines, ...headlineSiblings(heading) };
}

/**
 * The date printed in the headline's header block ("6 May 2022 - 2:00 a. m." above the <h1>,
 * "Stand: 28.04.2020 18:00 Uhr" or "8 January 2020, 3:51 pm" below it), as ISO `YYYY-MM-DD`: the
 * first line that reads as a date line, not marked as an update (a line printing both gives its other date: see
 * unrevisedParts), of the header (see pageHeader), with a
 * date read in `order` (numeric dates). Null when there is none.
 */
export function headerDate(header: PageHeader, order: DateOrder): string | null {
  for (const line of header.lines) {
    // A byline line runs over a date line's length with its author and outlet: its date is read from its part.
    const iso = publishedDateOf(line, order) ?? readBylineDate(line, order);
    if (iso) return iso;
  }
  // A <time> without datetime may print its date twice, for wide and narrow screens, in elements whose texts run
  // together ("Jueves, 21 de Abril de 2022" and "21/04/2022": "…de 202221/04/2022"): each element is read alone.
  for (const block of header.blocks) {
    for (const time of [block, ...Array.from(block.querySelectorAll('time'))].filter((node) => node.nodeName.toLowerCase() === 'time')) {
      for (const part of Array.from(time.querySelectorAll('*'))) {
        const iso = publishedDateOf(part.textContent ?? '', order);
        if (iso) return iso;
      }
    }
  }
  return null;
}

/** How many lines above the story's first paragraph its header may take: kicker, headline, deck, byline, date line, a photo's caption and credit. */
const HEADER_LINES = 8;
/** A story's paragraph has at least this many words; a caption, a label or a byline fewer. */
const MIN_STORY_WORDS = 8;

/**
 * The date printed just above the story, for a page whose headline is no <h1> of its declared title (an <h2>, an
 * <h1> that rewrites it: headerDate finds no header there): the nearest line that reads as a date line, not marked
 * as an update, among the HEADER_LINES lines of `pageText` (the page as domToText gives it) above the first
 * paragraph of `story` (the extracted text), as ISO `YYYY-MM-DD` read in `order`. Null when there is none, or when
 * that paragraph is not a line of the page's text.
 */
export function dateAboveStory(pageText: string, story: string, order: DateOrder): string | null {
  const first = story.split('\n\n').find((paragraph) => wordCount(paragraph) >= MIN_STORY_WORDS && looksLikeProse(paragraph) && endsLikeSentence(paragraph));
  if (!first) return null;
  const lines = pageText.split('\n').filter(Boolean);
  const at = lines.indexOf(first);
  for (let index = at - 1; index >= Math.max(0, at - HEADER_LINES); index--) {
    const iso = publishedDateOf(lines[index]!, order);
    if (iso) return iso;
  }
  return null;
}

/** A paragraph of fewer words beside the headline is a label, a kicker or a credit, not the story's first. */
const MIN_LEDE_WORDS = 8;

/**
 * The standfirst printed between the headline and the story in a block of its own, which an extractor leaves out with the
 * blocks around the story's ("<div class="summary"><p>…</p></div>" before the story's "<div class="body">"): the one line
 * of prose (MIN_LEDE_WORDS words or more, a finished sentence, no byline or date line) that `story` (the extracted text)
 * lacks, among the HEADER_LINES lines of `pageText` (the page's text without captions) between `headline`'s line and the
 * story's first paragraph. Null when there is none, or more (teasers), or when the headline or that paragraph is not
 * within HEADER_LINES lines of each other there.
 */
export function standfirstAbove(pageText: string, story: string, headline: string): string | null {
  const first = story.split('\n\n').find((paragraph) => wordCount(paragraph) >= MIN_STORY_WORDS && looksLikeProse(paragraph) && endsLikeSentence(paragraph));
  if (!first) return null;
  const lines = pageText.split('\n').map(squeezed).filter(Boolean);
  const at = lines.indexOf(squeezed(first));
  const top = at < 0 ? -1 : lines.lastIndexOf(squeezed(headline), at);
  if (top < 0 || at - top > HEADER_LINES + 1) return null;
  const prose = lines
    .slice(top + 1, at)
    .filter((line) => wordCount(line) >= MIN_LEDE_WORDS && looksLikeProse(line) && endsLikeSentence(line) && readByline(line) === null && readDateLine(line) === null && !story.includes(line));
  return prose.length === 1 ? prose[0]! : null;
}

/**
 * The paragraph of prose printed right after the headline (a standfirst, "<p class="subheader">…</p>", or the story's
 * first paragraph), which extractors may leave out with the header or take for page furniture. The headline stands
 * for the wrapper it alone fills ("<div class="title-wrapper"><h1>…</h1></div>"). In a block of few words (a header)
 * any paragraph after it; in a block that holds the story too, only among the MAX_FOLLOWERS elements right after it,
 * and none with a link (a prompt to another story). Captions, headings and labels are none. Null when there is none.
 */
export function headerLede({ followers, short }: PageHeader): string | null {
  for (const sibling of followers) {
    if (/^(?:figure|figcaption|h[1-6])$/iu.test(sibling.nodeName) || (!short && (sibling.nodeName.toLowerCase() === 'a' || sibling.querySelectorAll('a').length))) continue;
    const text = domToText(sibling).trim();
    if (text && !text.includes('\n') && wordCount(text) >= MIN_LEDE_WORDS && looksLikeProse(text) && endsLikeSentence(text)) return text;
  }
  return null;
}

/**
 * A statement quoted with its speaker in the caption of the photo printed right after the headline (the elements
 * headerLede looks at), without the photo's credit (see attributedQuotation): extractors leave the header's photo
 * out of the story, and the statement is often printed nowhere else. Null when there is none.
 */
export function headerQuotation({ followers }: PageHeader): string | null {
  for (const sibling of followers) {
    const captions = sibling.nodeName.toLowerCase() === 'figcaption' ? [sibling] : Array.from(sibling.querySelectorAll('figcaption'));
    for (const caption of captions) {
      const quotation = attributedQuotation(domToText(caption, new Set(), true).replace(/\s+/gu, ' ').trim());
      if (quotation) return quotation;
    }
  }
  return null;
}

/**
 * The elements printed after the headline (it stands for the wrapper it alone fills): in a block of few words (a
 * header, `short` true) all of them, in a block that holds the story too the MAX_FOLLOWERS right after it.
 */
function headlineSiblings(heading: HeaderNode | undefined): { followers: HeaderNode[]; short: boolean } {
  let top = heading;
  while (top?.parentElement && isWrapperOf(top.parentElement, top)) top = top.parentElement;
  const parent = top?.parentElement;
  if (!top || !parent) return { followers: [], short: false };
  const siblings = Array.from(parent.childNodes).filter((node): node is HeaderNode => node.nodeType === ELEMENT);
  const after = siblings.slice(siblings.indexOf(top) + 1);
  const short = hasFewWords(parent, MAX_HEADER_WORDS);
  return { followers: short ? after : after.slice(0, MAX_FOLLOWERS), short };
}

/** Whether `parent` holds nothing but `child`: no other element, no text of its own. */
function isWrapperOf(parent: HeaderNode, child: HeaderNode): boolean {
  const elements = Array.from(parent.childNodes).filter((node) => node.nodeType === ELEMENT);
  return elements.length === 1 && elements[0] === child && (parent.textContent ?? '').trim() === (child.textContent ?? '').trim();
}

/**
 * What the markup marks as an author's element by its class, id or itemprop, in the languages the project reads
 * ("author", "autor", "auteur", "autore", "byline", "firma": a Spanish byline, "writer").
 */
const AUTHOR_MARK = /author|autor|auteur|byline|firma|writer/iu;
/** A byline element of more words than this holds more than a byline (an author's bio, a teaser). */
const MAX_BYLINE_ELEMENT_WORDS = 20;
/** How many marked elements of the header are looked at, in document order: a byline is among the first; hostile markup may mark thousands. */
const MAX_MARKED = 100;

/** A link to an author's page on the site: "/author/ana-ruiz/", "/authors/…", "/autor/…", "/auteur/…", "/writers/…". */
export const AUTHOR_PAGE = /\/(?:authors?|autor(?:es)?|autore|auteurs?|writers?)\/[^/?#]/iu;
/**
 * A link to a person's profile on the site ("/profile/ana-ruiz", "/user/profile/aruiz", "/perfil/…"): the author's
 * under the headline, but readers' beside their comments too, so it counts only in the headline's header.
 */
const PROFILE_PAGE = /\/(?:profiles?|perfil(?:es)?)\/[^/?#]/iu;

/** Whether an element is a link to a person's page (AUTHOR_PAGE, PROFILE_PAGE). */
function linksPerson(node: HeaderNode): boolean {
  const href = node.nodeName.toLowerCase() === 'a' ? (node.getAttribute('href') ?? '') : '';
  return AUTHOR_PAGE.test(href) || PROFILE_PAGE.test(href);
}

/** Paragraphs of prose that may stand above a byline: a lede or deck under the headline. The story has more. */
const MAX_PARAGRAPHS_ABOVE_BYLINE = 1;

/**
 * The elements of the header's blocks that hold a link to a person's page (linksPerson) above the story, in document
 * order: before its second paragraph of prose (see isProse; the first may be a lede under the headline, above the
 * byline). Teasers of other stories below the story link their writers alike, and are left out by where they stand.
 */
function personLinkHolders(blocks: HeaderNode[]): Set<HeaderNode> {
  const holders = new Set<HeaderNode>();
  let paragraphs = 0;
  for (const block of blocks) {
    for (const node of [block, ...Array.from(block.querySelectorAll('*'))]) {
      if (node.nodeName.toLowerCase() === 'p' && isProse(squeezed(node.textContent ?? '')) && ++paragraphs > MAX_PARAGRAPHS_ABOVE_BYLINE) return holders;
      if (node.parentElement && linksPerson(node)) holders.add(node.parentElement);
    }
  }
  return holders;
}

/**
 * The byline printed in the headline's header (see pageHeader): the first element there that the markup marks
 * as an author's (AUTHOR_MARK) and holds no other such element, of a few words, which `isByline` accepts (given its
 * text, its lines joined by " · "); else, alike, the first that holds the links to its writers' pages above the story
 * (personLinkHolders). CMSs mark bylines in their own language ("field--name-field-autor", "firma"), which extractors
 * that look for "author" and "byline" miss, or only link the names to their writers' profiles (El Faro's
 * "/user/profile/…"). Null when there is none.
 */
export function headerByline(header: PageHeader, isByline: (text: string) => boolean): { node: HeaderNode; text: string } | null {
  const marked = markedElement(header, markedBy(AUTHOR_MARK), isByline, isShown);
  if (marked) return marked;
  const linking = personLinkHolders(header.blocks);
  return linking.size ? markedElement(header, (node) => linking.has(node), isByline, isShown) : null;
}

/** An inline style that keeps an element off the screen. */
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/iu;

/**
 * Whether neither an element nor any element around it is hidden by its `hidden` attribute or an inline style
 * (HIDING_STYLE): a byline kept hidden is no credit the reader sees (the NYT's video byline, "<div class="byline"
 * style="display:none;">By …</div>", names the video's producers beside the story's writer).
 */
function isShown(node: HeaderNode): boolean {
  for (let element: HeaderNode | null = node; element; element = element.parentElement) {
    if (element.getAttribute('hidden') !== null || HIDING_STYLE.test(element.getAttribute('style') ?? '')) return false;
  }
  return true;
}

/** What the markup marks as a credit's element by its class, id or itemprop ("credit", "source", "agency", "agencia", "fuente", "Quelle", "fonte"). */
const CREDIT_MARK = /credit|source|agenc|fuente|quelle|fonte/iu;

/**
 * The credit printed in the headline's header, outside a photo (a <figure> holds a photo's credit): the first element
 * there that the markup marks as a credit (CREDIT_MARK), of a few words, which `isCredit` accepts ("<p class="credit">
 * KYODO</p>" under the headline of a story no one signs). Null when there is none.
 */
export function headerCredit(header: PageHeader, isCredit: (text: string) => boolean): string | null {
  const isMarked = (node: HeaderNode) => markedBy(CREDIT_MARK)(node) || node.getAttribute(CREDIT_ATTRIBUTE) !== null;
  return markedElement(header, isMarked, isCredit, (node) => !isPhotoCredit(node))?.text ?? null;
}

/** Whether a credit is a photo's: inside a <figure> or <picture>, or beside an image. */
function isPhotoCredit(node: HeaderNode): boolean {
  for (let above = node.parentElement; above; above = above.parentElement) if (/^(?:figure|picture)$/iu.test(above.nodeName)) return true;
  return (node.parentElement?.querySelectorAll('img, picture, video').length ?? 0) > 0;
}

/** Whether the markup marks an element by `mark`: its class, id or itemprop. */
function markedBy(mark: RegExp): (node: HeaderNode) => boolean {
  return (node) => ['class', 'id', 'itemprop'].some((name) => mark.test(node.getAttribute(name) ?? ''));
}

/**
 * The first element of the header's blocks that `isMarked`, holds no other such element, is no headline and is `allowed`, of at most MAX_BYLINE_ELEMENT_WORDS words, which `accepts` (given its
 * text, its lines joined by " · "); nearest the headline first. Null when there is none.
 */
function markedElement(
  { heading, blocks }: PageHeader,
  isMarked: (node: HeaderNode) => boolean,
  accepts: (text: string) => boolean,
  allowed: (node: HeaderNode) => boolean = () => true,
): { node: HeaderNode; text: string } | null {
  if (!heading) return null;
  const closeness = nearness(heading);
  for (const block of blocks) {
    const marked = [block, ...Array.from(block.querySelectorAll('*'))].filter(isMarked).slice(0, MAX_MARKED);
    // An element holding another marked one is more than the byline: its ancestors are marked as holders, in one walk each.
    const holders = new Set<HeaderNode>();
    for (const node of marked) for (let above = node.parentElement; above && !holders.has(above); above = above.parentElement) holders.add(above);
    // The byline nearest the headline first: a short page's header block may reach a list of teasers with theirs.
    const nearest = marked.map((node, order) => ({ node, order, near: closeness(node) })).sort((a, b) => b.near - a.near || a.order - b.order);
    for (const { node } of nearest) {
      if (holders.has(node) || node.querySelectorAll('h1').length || !allowed(node)) continue;
      // A credit made a <figcaption> (markCaptions) is read as the caption it is.
      const text = domToText(node, new Set(), node.nodeName.toLowerCase() === 'figcaption').split('\n').map((line) => line.trim()).filter(Boolean).join(' · ');
      if (text && wordCount(text) <= MAX_BYLINE_ELEMENT_WORDS && accepts(text)) return { node, text };
    }
  }
  return null;
}

/**
 * How near a node is to `heading` in the document's tree: the depth of their nearest common ancestor (a byline
 * beside the headline shares its parent; a teaser's in a sidebar only the page's body).
 */
function nearness(heading: HeaderNode): (node: HeaderNode) => number {
  const depths = new Map<HeaderNode, number>();
  const chain: HeaderNode[] = [];
  for (let node: HeaderNode | null = heading; node; node = node.parentElement) chain.push(node);
  chain.reverse().forEach((node, depth) => depths.set(node, depth));
  return (node) => {
    for (let ancestor: HeaderNode | null = node; ancestor; ancestor = ancestor.parentElement) {
      const depth = depths.get(ancestor);
      if (depth !== undefined) return depth;
    }
    return -1;
  };
}

/**
 * The headline's header: the largest block of few words around the headline, or, when the headline's parent
 * holds the story too, the few elements right after it. The headline is the first <h1> that opens one of
 * `titles` (the page's title declarations) or is most of one; with no title declared, the first <h1> of a
 * few words; no blocks when there is no headline.
 */
function headerBlocks(document: HeaderNode, titles: string[]): { heading: HeaderNode | undefined; blocks: HeaderNode[] } {
  const headings = Array.from(document.querySelectorAll('h1')).filter((h1) => wordCount(h1.textContent ?? '') >= MIN_HEADLINE_WORDS);
  const declared = titles.map((title) => foldWords(title).join(' '));
  const isHeadline = (key: string) => declared.some((title) => title.startsWith(key) || (title.includes(key) && key.length >= HEADLINE_SHARE * title.length));
  // A page that declares a title has its headline among its <h1>s, or none there (the <h1> is its logo).
  const heading = declared.length ? headings.find((h1) => isHeadline(foldWords(h1.textContent ?? '').join(' '))) : headings[0];
  let block: HeaderNode | null = null;
  for (let node = heading?.parentElement ?? null, level = 0; node && level < MAX_HEADER_LEVELS; node = node.parentElement, level++) {
    if (!hasFewWords(node, MAX_HEADER_WORDS)) break;
    block = node;
  }
  // A headline whose parent holds the story too: its header is the few elements right after it (the byline and date line);
  // so for a headline in wrappers of its own ("<div id="pageHeadName"><div><div><h1>…"), after the outermost.
  if (block && heading && (block.textContent ?? '').trim() === (heading.textContent ?? '').trim()) {
    let top = block;
    while (top.parentElement && isWrapperOf(top.parentElement, top)) top = top.parentElement;
    return { heading, blocks: [top, ...headlineFollowers(top)] };
  }
  return { heading, blocks: block ? [block] : heading ? headlineFollowers(heading) : [] };
}

/** How many elements after a headline may hold its byline and date line. */
const MAX_FOLLOWERS = 3;

/** The elements right after `headline` (the <h1> or its wrapper) among its parent's children, up to MAX_FOLLOWERS, while they have MAX_HEADER_WORDS words between them. */
function headlineFollowers(headline: HeaderNode): HeaderNode[] {
  const siblings = Array.from(headline.parentElement?.childNodes ?? []).filter((node): node is HeaderNode => node.nodeType === ELEMENT);
  const followers: HeaderNode[] = [];
  let words = 0;
  for (const sibling of siblings.slice(siblings.indexOf(headline) + 1, siblings.indexOf(headline) + 1 + MAX_FOLLOWERS)) {
    words += wordCount(sibling.textContent ?? '');
    if (words > MAX_HEADER_WORDS) break;
    followers.push(sibling);
  }
  return followers;
}
