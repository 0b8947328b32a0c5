/**
 * What an HTML page declares about itself, read before anything is guessed from its text: JSON-LD
 * (NewsArticle and its kin, also inside @graph), OpenGraph and other meta tags (og:*, article:*,
 * author, dc.*, parsely-*, sailthru.*), <time datetime> and <html lang>. Every <meta> of the document
 * is read, wherever it is and however long the head is.
 */
import { pageDateOrder, type DateOrder } from './dates.js';
import { domToText } from './dom-text.js';
import { AUTHOR_PAGE, dateAboveStory, findDeck, headerByline, headerCredit, headerDate, headerLede, headerQuotation, pageHeader, type HeaderNode, type PageHeader } from './header.js';
import { authorNames, collectPageMeta, isUnixTime, withoutSiteName, type DeclaredField } from './page-meta.js';
import { detectLanguage } from './language.js';
import { parseLenientJson, type Json } from './lenient-json.js';
import { deskCredit, endsLikeSentence, foldWords, isAgencyCredit, isName, isOrganization, isWriterRole, publishedDateOf, readByline, readBylineOutlet, readDateLine, wordCount } from './lines.js';
import type { PageMeta } from './types.js';
import { appendAll } from '../arrays.js';

/** The part of a parsed document this module reads (linkedom's Document has it). */
export interface PageElement extends HeaderNode {
  getAttribute(name: string): string | null;
  getAttributeNames(): string[];
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  createElement(name: string): PageElement & { innerHTML: string };
  /** The document's root, when this is the document. */
  documentElement?: PageElement | null;
  parentElement: PageElement | null;
}

/** What the page declares, and the story's text when JSON-LD carries it (articleBody). */
export interface Declared {
  /** Declared values by declaration name (see NAMES). */
  values: Map<string, string>;
  /** The text of the page's <h1> elements. */
  headings: string[];
  /** JSON-LD articleBody, when the page has one. */
  body: string | null;
  /** Names on rel="author" links when there are more than a story's byline has: a list of columnists. */
  columnists: Set<string>;
  /**
   * What the page prints between its headline and its story: the deck it also declares as its description (see
   * findDeck), then the prose printed right after the headline (see headerLede) when it is another paragraph, then a
   * statement quoted with its speaker in the caption of the photo there (see headerQuotation).
   */
  decks: string[];
  /** The date printed in the headline's block (see headerDate), as ISO `YYYY-MM-DD`. */
  shownDate: string | null;
  /** The byline element printed in the headline's block (see headerByline): it is no part of the story. */
  byline: HeaderNode | null;
  /** How the page writes numeric dates (see pageDateOrder). */
  dateOrder: DateOrder;
  /** The whole page's text, captions included (domToText): where its deck and its dates are printed. */
  pageText: string;
  /** The whole page's text without captions (domToText): where a standfirst in a block of its own is found (see standfirstAbove). */
  uncaptionedText: string;
  /** The headline's text (see pageHeader), as read before anything changes the document; null without one. */
  headline: string | null;
  /** The titles the page declares (og:title, <title>…), as read. */
  titles: string[];
  /** The headline's header (see pageHeader), read before anything changes the document. */
  header: PageHeader;
}

// Schema.org types of a news story or a post: NewsArticle, ReportageNewsArticle, BlogPosting, LiveBlogPosting…
const ARTICLE_TYPE = /(?:Article|BlogPosting|Report)$/;
// Schema.org types of the page a story is printed on (a theme's @graph may date only its WebPage).
const PAGE_TYPE = /^(?:WebPage|ItemPage)$/;

/** Declaration names carrying each field, most trusted first; "ld:" names come from JSON-LD. */
const NAMES: Record<DeclaredField, string[]> = {
  title: ['ld:headline', 'og:title', 'twitter:title', 'parsely-title', 'sailthru.title', 'dc.title', 'headline', 'title', '<title>'],
  // Site names, and where one can be read from (a byline line's part, the page's URL, its social handle): compared with author names and titles.
  outlet: ['og:site_name', 'ld:publisher', 'application-name', 'dc.publisher', 'publisher', 'ld:author organization', '<publisher microdata>', 'twitter:site', '<header byline outlet>', 'og:url', '<canonical>'],
  // "<rel author>": the names the page links as its authors; "<header byline>": the element the markup marks as an
  // author's by the headline (see headerByline); "<byline>": what Readability took for the
  // byline in the page's markup (a whole element, which may hold a date too), when nothing else names one;
  // "<author link>": the name the page links as an author most often (see mostLinkedAuthor); "<header byline
  // text>": a line of that header read as a byline (a byline with no mark, alone or on the date's line); last, "<header
  // credit>": an agency credited in an element of that header marked as a credit (see headerCredit); "<title byline>": a
  // part of the <title> that is a byline, as blog platforms write it ("Headline - by Ana Ruiz", "Headline | by Ana Ruiz | Medium").
  author: [
    'ld:author', 'author', 'article:author', 'og:article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl', '<twitter written by>', '<rel author>', '<header byline>', '<byline>', '<author link>', '<header byline text>', '<header credit>', '<title byline>',
  ],
  // Declarations that say "published" first (the story's, then its page's in JSON-LD); then the date printed by the headline, before a bare
  // "date" (often when the page was generated: a day after the printed date on a real page). Last, a date line
  // printed just above the story when no header was found (see dateAboveStory): a masthead prints today's date there;
  // then a line anywhere on the page that labels its date as the publication's (see publishedLineDate).
  date: [
    'ld:datePublished', 'article:published_time', 'og:article:published_time', 'article:published', 'datepublished', 'parsely-pub-date', 'pubdate', 'publishdate',
    'publish-date', 'dc.date.issued', 'dcterms.issued', '<published meta>', '<hatom published>', 'ld:page datePublished', '<headline date>', 'dc.date', 'dcterms.date', 'dc.date.created', 'dcterms.created',
    'sailthru.date', 'date', 'ld:dateCreated', '<time>', '<url date>',
    '<date above story>', '<published line>',
  ],
  language: ['ld:inLanguage', '<html lang>', 'og:locale', 'content-language', 'dc.language', 'language'],
};

/** Meta tags that name one author each, repeated for several. */
const AUTHOR_TAGS = new Set(['author', 'article:author', 'og:article:author', 'parsely-author', 'sailthru.author', 'dc.creator']);

/** Declarations holding a social handle ("Ambitocom", "@infobae"): the site's key, its name only when nothing else names it. */
const HANDLES = ['twitter:site'];

/** Timestamps that are not the publication's but tell the page's UTC offset. */
const MODIFIED = ['ld:dateModified', 'article:modified_time', 'og:updated_time', 'datemodified', 'dc.date.modified'];

/**
 * Reads a parsed page's declarations (before anything changes the document). `removedText` is text taken out of the page
 * before (readers' comments), whose dates still tell how the site writes dates. Never throws: an unreadable JSON-LD
 * block is ignored.
 */
export function readDeclared(document: PageElement, removedText = ''): Declared {
  const values = new Map<string, string>();
  const set = (name: string, value: string | null | undefined) => {
    const text = decodeEntities(document, value?.trim());
    if (text && !values.has(name)) values.set(name, text);
  };
  let body: string | null = null;
  const items = jsonLdItems(document);
  const byId = new Map(items.flatMap((item) => (typeof item['@id'] === 'string' && item.name !== undefined ? [[item['@id'], item] as const] : [])));
  // Yoast and others name the author in a Person node of the @graph and point to it by "@id".
  const resolve = (value: Json | undefined): Json | undefined =>
    Array.isArray(value) ? value.map((entry) => resolve(entry) ?? null) : isReference(value) ? (byId.get(value['@id']) ?? value) : value;
  for (const item of items) {
    if (!isArticle(item)) continue;
    set('ld:headline', text(item.headline) ?? text(item.name));
    set('ld:author', names(resolve(item.author)) ?? names(resolve(item.creator)));
    set('ld:datePublished', text(item.datePublished));
    set('ld:dateCreated', text(item.dateCreated));
    set('ld:dateModified', text(item.dateModified));
    set('ld:publisher', names(resolve(item.publisher)));
    // An organisation signing the story ("author": {"@type": "Organization", "name": "CBS News"}) is the outlet, not a byline.
    set('ld:author organization', names(organizations(resolve(item.author))));
    set('ld:inLanguage', text(item.inLanguage) ?? names(item.inLanguage));
    set('ld:description', text(item.description));
    body ??= text(item.articleBody) ?? null;
  }
  for (const item of items) if (isOfType(item, PAGE_TYPE)) set('ld:page datePublished', text(item.datePublished));
  // A page names each of several authors in a tag of its own (<meta name="author"> twice, parsely-author twice): all are read.
  const listed = new Map<string, string[]>();
  for (const tag of Array.from(document.querySelectorAll('meta'))) {
    const key = (tag.getAttribute('property') ?? tag.getAttribute('name') ?? tag.getAttribute('itemprop') ?? tag.getAttribute('http-equiv'))?.toLowerCase();
    const content = tag.getAttribute('content')?.trim();
    if (key && content && AUTHOR_TAGS.has(key)) listed.set(key, [...(listed.get(key) ?? []), content]);
    else if (key) set(key, content);
    if (key && PUBLISHED_NAME.test(key) && !NOT_PUBLISHED_NAME.test(key)) set('<published meta>', content);
  }
  for (const [key, contents] of listed) set(key, [...new Set(contents)].join(', '));
  // Yoast's Twitter card pairs a label with a value: twitter:label1 "Written by", twitter:data1 "Ana Ruiz".
  for (const [key, label] of values) {
    const index = /^twitter:label(\d+)$/.exec(key)?.[1];
    if (index && WRITTEN_BY.test(label)) set('<twitter written by>', values.get(`twitter:data${index}`));
  }
  // A byline block marked rel="author" holds one link per author ("<div rel=author><a>Ana</a>, <a>Luis</a></div>").
  // Microdata may give the name in a <meta itemprop="name" content="…"> inside the author's element.
  const relAuthors = Array.from(document.querySelectorAll('a[rel="author"], [rel="author"] a, [itemprop="author"] [itemprop="name"]'), (link) => clean(link.getAttribute('content') ?? link.textContent)).filter(Boolean);
  const linkedAuthors = new Set(relAuthors);
  const columnists = linkedAuthors.size > MAX_DOM_AUTHORS ? linkedAuthors : new Set<string>();
  // One name linked more often than another: the other links are teasers' bylines (see mostLinkedAuthor), not co-authors.
  if (!columnists.size && isEven(relAuthors)) set('<rel author>', [...linkedAuthors].join(', '));
  set('<author link>', mostLinkedAuthor(document));
  // Microdata on other elements than <meta>: <span itemprop="datePublished" content="…">, <div itemprop="datePublished">2024-05-02</div>.
  for (const element of Array.from(document.querySelectorAll('[itemprop="datePublished"], [itemprop="dateCreated"]'))) {
    set((element.getAttribute('itemprop') ?? '').toLowerCase(), element.getAttribute('content') ?? element.getAttribute('datetime') ?? element.textContent);
  }
  const publisher = document.querySelectorAll('[itemprop="publisher"] [itemprop="name"]')[0];
  set('<publisher microdata>', publisher?.getAttribute('content') ?? publisher?.textContent);
  set('<title>', document.querySelectorAll('title')[0]?.textContent);
  set('<title byline>', values.get('<title>')?.split(TITLE_PARTS).slice(1).map((part) => (/^(?:by|por|von|par)\s/iu.test(part) ? readByline(part) : null)).find(Boolean));
  set('<canonical>', document.querySelectorAll('link[rel="canonical"]')[0]?.getAttribute('href'));
  set('<html lang>', document.querySelectorAll('html')[0]?.getAttribute('lang'));
  // Some templates put the datetime attribute on a <div> or <span> instead of a <time> (never read from <ins>/<del>: edits' times).
  const times = [...Array.from(document.querySelectorAll('time[datetime]')), ...Array.from(document.querySelectorAll('div[datetime], span[datetime], p[datetime]'))];
  const published = times.find((time) => time.getAttribute('pubdate') !== null || /published/i.test(time.getAttribute('itemprop') ?? '')) ?? times[0];
  set('<time>', published?.getAttribute('datetime') ?? timeDataStamp(document));
  // hAtom, the microformat of older blog and news templates: <abbr class="published" title="2016-03-04T10:00:00+00:00">4 days ago</abbr>.
  set('<hatom published>', document.querySelectorAll('[class~="published"][title]')[0]?.getAttribute('title'));
  set('<url date>', urlDate(values.get('og:url') ?? values.get('<canonical>')));
  const headings = Array.from(document.querySelectorAll('h1'), headingText);
  const titles = [...values].flatMap(([name, value]) => (TITLE_KEY.test(name) ? [value] : []));
  // The whole page's text, captions included: where its deck and its other dates are printed.
  const pageText = domToText(document.documentElement ?? document, new Set(), true);
  const languages = NAMES.language.flatMap((name) => values.get(name) ?? []);
  const dateOrder = pageDateOrder(languages.length ? languages : [detectLanguage(pageText, '')], removedText ? `${pageText}\n${removedText}` : pageText);
  const header = pageHeader(document, titles);
  const shownDate = headerDate(header, dateOrder);
  if (shownDate) set('<headline date>', shownDate);
  set('<published line>', publishedLineDate(pageText, dateOrder));
  const byline = headerByline(header, (text) => authorNames(text) !== '');
  set('<header byline>', byline?.text);
  // A byline printed in the header with no mark of its own (a class "writter"), alone or on the date's line.
  set('<header byline text>', header.lines.map((line) => readByline(line) ?? readDateLine(line, dateOrder)?.author).find(Boolean) ?? nameBesideRole(header.lines));
  // The outlet a byline line names in a part of its own ("Entrevista de Ana Ruiz | Diario del Sur | Quito, 9 de noviembre de 2025").
  set('<header byline outlet>', header.lines.map(readBylineOutlet).find(Boolean));
  // A desk credited in the header when no one signs ("Redacción Judicial" in the byline's place): the author as printed.
  set('<header desk>', header.lines.map(deskCredit).find(Boolean));
  // An agency credited in the header when no one signs ("<p class="credit">KYODO</p>" under the headline).
  set('<header credit>', headerCredit(header, isAgencyCredit));
  const descriptions = DESCRIPTIONS.flatMap((name) => values.get(name) ?? []);
  const deck = descriptions.length ? findDeck(pageText, descriptions) : null;
  const decks = [...new Set([deck, headerLede(header), headerQuotation(header)].flatMap((text) => text ?? []))];
  const uncaptionedText = domToText(document.documentElement ?? document);
  const headline = header.heading?.textContent ?? null;
  return { values, headings, body: decodeEntities(document, body ?? undefined) ?? null, columnists, decks, shownDate, byline: byline?.node ?? null, dateOrder, pageText, uncaptionedText, headline, titles, header };
}

/** A person signs with two to this many capitalised words. */
const MAX_BOX_NAME_WORDS = 5;

/**
 * The name a header's contributor block prints on a line of its own beside the writer's role on the next or the line
 * before ("Political correspondent" / "Priya Nair", "Priya Nair" / "Redactora de Economía"): a name of two to
 * MAX_BOX_NAME_WORDS capitalised words, no organisation's, next to a role (isWriterRole) that is no sentence. Undefined
 * when no line is such a name.
 */
function nameBesideRole(lines: string[]): string | undefined {
  const isRole = (line: string | undefined) => line !== undefined && isWriterRole(line) && !endsLikeSentence(line);
  return lines.find((line, at) => {
    const words = wordCount(line);
    return words >= 2 && words <= MAX_BOX_NAME_WORDS && isName(line) && !isOrganization(line) && (isRole(lines[at - 1]) || isRole(lines[at + 1]));
  });
}

/**
 * A label of publication opening a line or a part of one after a sentence's end or a separator: "Published 12/10/16",
 * "Publicado el …", "Posted on …", "Publié le …" (a short list joins the paragraph before it: "… city hall. Published 12/10/16.").
 */
const PUBLISHED_LABEL = /(?:^|[.!?|·•]\s+)((?:(?:fecha de |date )?publica(?:d[oa]|ci[oó]n)|published|posted|publi[ée]e?|ver[öo]ffentlicht|pubblicat[oa])(?!\p{L}))/iu;

/**
 * The date of the first line of `pageText` (the whole page as domToText gives it) where a label of publication
 * (PUBLISHED_LABEL) opens a date (its update's left out: see publishedDateOf), as ISO `YYYY-MM-DD` read
 * in `order`: a page may print its date only in an author's box or a sidebar ("<li>Published 12/10/16</li>"), far from
 * the headline. A bare date there (a teaser's, a comment's) is not taken: the label says whose it is. The date chain's
 * last resort.
 */
function publishedLineDate(pageText: string, order: DateOrder): string | undefined {
  for (const line of pageText.split('\n')) {
    const label = PUBLISHED_LABEL.exec(line.trim());
    const iso = label && publishedDateOf(label.input.slice(label.index + label[0].length - label[1]!.length), order);
    if (iso) return iso;
  }
  return undefined;
}

/** A site's own name for its publication date ("article_date_original", "publication-date", "original-publish-date", "pub_date", "article.published"). */
const PUBLISHED_NAME = /(?:publish|publication|original|issued|release)[\w.:-]*(?:date|time)|(?:date|time)[\w.:-]*(?:publish|publication|original|issued|release)|(?:^|[.:_-])pub[_.:-]?date|(?:^|[.:_-])published$/u;
const NOT_PUBLISHED_NAME = /modif|updat|expir|revis/u;
// A full ISO timestamp, as a <time> without datetime may hold one in a data attribute ("data-published").
const ISO_STAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/u;
// Unix time (isUnixTime: "data-timestamp="1714640400"") is read only from an attribute named for a time.
const TIME_ATTRIBUTE = /time|date|publish|stamp/u;

/** The first timestamp a <time> element without datetime holds in a data attribute (ISO, or Unix time under a time's name), when the page has none with it. */
function timeDataStamp(document: PageElement): string | undefined {
  for (const time of Array.from(document.querySelectorAll('time'))) {
    for (const name of time.getAttributeNames()) {
      if (!name.startsWith('data-')) continue;
      const value = time.getAttribute(name)?.trim() ?? '';
      if (ISO_STAMP.test(value) || (isUnixTime(value) && TIME_ATTRIBUTE.test(name))) return value;
    }
  }
  return undefined;
}

/** Declarations of the page's description, which is its deck on many news sites. */
const DESCRIPTIONS = ['og:description', 'description', 'twitter:description', 'ld:description'];

const WRITTEN_BY = /^(?:written by|escrito por|autor|author|geschrieben von|écrit par|scritto da|escrito por)\b/iu;
/** More rel="author" names than this are a list of columnists or teasers' bylines, not the story's: none is taken. */
const MAX_DOM_AUTHORS = 4;
// A headline inside an <h1> that also holds a kicker ("<span class=kicker>…</span><span class=headline>…</span>").
const INNER_HEADLINE = '[itemprop="headline"], [class*="headline"], [class*="title"]';

const clean = (value: string | null) => (value ?? '').replace(/\s+/gu, ' ').trim();

/**
 * A role the markup gives a link or its parent (class, itemprop, rel, a data attribute's name): the author's
 * (class="author", class="writer-name", data-author="…", RDFa's rel="sioc:has_creator", "dc:creator").
 */
const AUTHOR_ROLE = /author|writer|creator/iu;

/** Whether the markup marks a link as an author's: rel="author", an author page's address, or an author's role on it or its parent (AUTHOR_ROLE). */
function isAuthorLink(link: PageElement): boolean {
  if (link.getAttribute('rel') === 'author' || AUTHOR_PAGE.test(link.getAttribute('href') ?? '')) return true;
  return [link, link.parentElement].some(
    (element) => element !== null && element.getAttributeNames().some((name) => (['class', 'itemprop', 'rel'].includes(name) ? AUTHOR_ROLE.test(element.getAttribute(name) ?? '') : name.startsWith('data-') && AUTHOR_ROLE.test(name))),
  );
}

/**
 * The name the page links as an author (isAuthorLink) more often than any other: the byline, the author
 * box and "more by" links repeat the story's author, while teasers of other stories link each of theirs
 * once. One name linked once is taken too. Several names linked as often are the story's co-authors when one
 * element links them all and no other author (a byline "Por: <a>Ana Ruiz</a>, <a>Luis Gil</a>", each with
 * an author box below), joined by ", " in its order, at most MAX_DOM_AUTHORS; else, as teasers' bylines
 * each in its own element, none. A link's text that is no name (a handle, a button: no capital letter, or
 * an "@") is not counted.
 */
function mostLinkedAuthor(document: PageElement): string | undefined {
  const counts = new Map<string, number>();
  const byParent = new Map<PageElement, string[]>();
  for (const link of Array.from(document.querySelectorAll('a'))) {
    if (!isAuthorLink(link)) continue;
    const name = clean(link.textContent);
    if (!/\p{Lu}/u.test(name) || name.includes('@')) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
    const parent = link.parentElement;
    if (!parent) continue;
    const siblings = byParent.get(parent);
    if (siblings) siblings.push(name);
    else byParent.set(parent, [name]);
  }
  let most = 0;
  for (const count of counts.values()) most = Math.max(most, count);
  const top = [...counts].flatMap(([name, count]) => (count === most ? [name] : []));
  if (top.length === 1) return top[0];
  if (top.length > MAX_DOM_AUTHORS) return undefined;
  const byline = [...byParent.values()].map((names) => [...new Set(names)]).find((names) => names.length === top.length && top.every((name) => names.includes(name)));
  return byline?.join(', ');
}

/** Whether every value of a list occurs in it as often as every other. */
function isEven(values: string[]): boolean {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return new Set(counts.values()).size <= 1;
}

/** An <h1>'s headline: the element inside it marked as the headline when it has one besides a kicker, else its whole text. */
function headingText(heading: PageElement): string {
  const inner = heading.querySelectorAll(INNER_HEADLINE)[0];
  const text = inner ? clean(inner.textContent) : '';
  return text || clean(textBeforeBlocks(heading));
}

/** What no headline holds: a paragraph or a script inside an <h1> is the story an <h1> left open ran on into. */
const SWALLOWED = 'p, script, style';

/**
 * An <h1>'s text before the first paragraph or script inside it: on a broken page ("<h1>Headline<p>Story…<script>…"),
 * an <h1> never closed takes in the story and its scripts, and its headline is what comes before them. Its whole text
 * when none is inside it, or one opens it.
 */
function textBeforeBlocks(heading: PageElement): string {
  const whole = heading.textContent ?? '';
  const block = heading.querySelectorAll(SWALLOWED)[0];
  const at = block ? whole.indexOf(block.textContent ?? '') : -1;
  return at > 0 ? whole.slice(0, at) : whole;
}

/**
 * The PageMeta of what a page declares; `byline` is a byline found in its markup, used when no author is declared;
 * `story` is the story's text as extracted, above which the page may print its date (see dateAboveStory), the
 * date's last resort.
 */
export function declaredMeta(declared: Declared, byline?: string | null, story = ''): PageMeta {
  // Readability takes the first rel="author" link for the byline, even in a list of columnists.
  const markupByline = byline && !declared.columnists.has(byline) ? asPrinted(byline, declared.pageText) : undefined;
  const lookup = (name: string) =>
    name === '<byline>' ? markupByline : name === '<date above story>' ? (dateAboveStory(declared.pageText, story, declared.dateOrder) ?? undefined) : declared.values.get(name);
  const meta = collectPageMeta(NAMES, lookup, {
    timestampNames: MODIFIED,
    handleNames: HANDLES,
    shownDate: declared.shownDate,
    dateOrder: declared.dateOrder,
    printedAuthorNames: ['<header byline>'],
  });
  const desk = declared.values.get('<header desk>');
  if (desk) meta.desk = desk;
  if (meta.title) meta.title = visibleHeading(declared, meta.outlet) ?? rewrittenHeading(meta.title, declared.headings) ?? matchHeading(meta.title, declared.headings);
  return meta;
}

/** What separates a byline's parts as collectPageMeta reads them (its names, then a role, an outlet, a date). */
const BYLINE_PART = ' · ';

/**
 * Readability's byline as the page prints it (`pageText`, one block a line). Readability gives its element's text with the
 * element's blocks run together ("Greg GarberWriter, ReporterArchive" for a name, a role and a link each on a line): when the
 * page's lines spell the byline so, they are its parts. (A dateline's place marked inside the story's first sentence is
 * no byline: inline-bylines.ts takes its marks off before Readability reads the page.)
 */
function asPrinted(byline: string, pageText: string): string | undefined {
  const target = clean(byline);
  const lines = pageText.split('\n').map(clean).filter(Boolean);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === target) return byline;
    if (!target.startsWith(line) || target[line.length] === ' ') continue;
    let joined = line;
    let next = index + 1;
    while (joined.length < target.length && next < lines.length && target.startsWith(joined + lines[next]!)) joined += lines[next++]!;
    if (joined === target) return lines.slice(index, next).join(BYLINE_PART);
  }
  return byline;
}

/** The share of a declared title's words an <h1> must have to be the same headline rewritten for readers. */
const REWRITE_SHARE = 0.5;

/**
 * The page's first <h1> that tells the declared title's story in other words: it has at least half of the
 * title's words ("Giuliani Is No Longer In The Running For Secretary Of State" on the page, "…To Become
 * Donald Trump's Secretary Of State" in its <h1>) and is neither the title nor a part of it. Pages write one
 * headline for search engines and social cards and print another; the printed one is what readers know
 * the story by. An <h1> that holds the whole declared title is the title with a kicker, and is not taken
 * (matchHeading and visibleHeading read those). Null when no <h1> is such a rewrite: a logo, a section
 * name, a teaser of another story shares few of the title's words.
 */
function rewrittenHeading(title: string, headings: string[]): string | null {
  const titleWords = foldWords(title);
  const titleKey = fold(title);
  return (
    headings.find((heading) => {
      const key = fold(heading);
      if (heading.length > MAX_HEADING_CHARS || heading.split(/\s+/u).length < MIN_PART_WORDS || key.includes(titleKey) || titleKey.includes(key)) return false;
      const words = new Set(foldWords(heading));
      return titleWords.filter((word) => words.has(word)).length >= REWRITE_SHARE * titleWords.length;
    }) ?? null
  );
}

const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const HEADING_SEPARATOR = /\s+(?:[|·•»:]|::|[-–—])\s+/u;
// Separators inside a declared title, colon included ("Kicker: Headline"); captured pieces are dropped.
const TITLE_PARTS = /\s*[|·•»:]\s+|\s+(?:::|[-–—])\s+/u;
/** A title's part of fewer words is a section or a kicker, too short to tell a headline by. */
const MIN_PART_WORDS = 3;
const TITLE_KEY = /(?:^|[:._-])(?:title|headline)$|^<title>$/u;

/**
 * The page's visible headline (its first <h1> that is one) when it is what one of the page's title
 * declarations says, whole or as one of its parts around a separator ("Kicker: Headline", "Headline -
 * Site"). Declarations disagree (an SEO headline in JSON-LD, another in og:title); the one readers see
 * settles it. Null when no <h1> matches.
 */
function visibleHeading(declared: Declared, outlet: string | undefined): string | null {
  const outletKey = fold(outlet ?? '');
  const keys = new Set<string>();
  for (const [name, declaredTitle] of declared.values) {
    if (!TITLE_KEY.test(name)) continue;
    // Without the site's name a <title> ends with ("Headline | Diario del Sur"): a logo <h1> is no headline.
    const value = withoutSiteName(declaredTitle, outletKey ? [outletKey] : []);
    keys.add(fold(value));
    const parts = value.split(TITLE_PARTS);
    for (let start = 0; start < parts.length; start++) {
      for (let end = start + 1; end <= parts.length; end++) {
        const span = parts.slice(start, end).join(' ');
        if (span.split(/\s+/u).length >= MIN_PART_WORDS) keys.add(fold(span));
      }
    }
  }
  return declared.headings.find((heading) => heading.length <= MAX_HEADING_CHARS && heading.split(/\s+/u).length > 1 && fold(heading) !== outletKey && keys.has(fold(heading))) ?? null;
}

/**
 * The page's <h1> instead of the declared title when the declared one is cut short ("Headline
 * about…", an attribute broken at a quotation mark) or is the <h1> with more after a separator (a
 * site's name, a section).
 */
function matchHeading(title: string, headings: string[]): string {
  const key = fold(title.replace(/(?:\.\.\.|…)$/u, ''));
  for (const heading of headings) {
    const headingKey = fold(heading);
    if (!headingKey || heading.length > MAX_HEADING_CHARS) continue;
    if (headingKey.length > key.length && headingKey.startsWith(key)) return heading;
    if (fold(title.split(HEADING_SEPARATOR)[0] ?? '') === headingKey && headingKey !== key) return heading;
  }
  return title;
}

const MAX_HEADING_CHARS = 300;

/** Values in JSON-LD (and some attributes) carry HTML entities a second time ("&quot;", "&oacute;"). */
export function decodeEntities(document: PageElement, value: string | undefined): string | undefined {
  if (!value || !/&(?:#\d+|#x[\da-f]+|\w+);/iu.test(value)) return value;
  const element = document.createElement('p');
  element.innerHTML = value;
  return element.textContent ?? value;
}

// A date in a story's address: "/2024/05/02/", "/2024-05-02/", or written as one number, "/20240502/", "-20240502.html".
const URL_DATE = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)|[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/u;

/** The date in a page's address as "YYYY-MM-DD", the last resort when nothing else dates the page. */
function urlDate(url: string | undefined): string | undefined {
  const found = URL_DATE.exec(url ?? '') ?? [];
  const [year, month, day] = found[1] ? found.slice(1, 4) : found.slice(4, 7);
  return year && month && day ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` : undefined;
}

type JsonObject = { [key: string]: Json };

/**
 * Every object in the page's JSON-LD blocks, @graph members and nested main entities included. The entries of a list
 * (an ItemList's itemListElement: other stories' teasers, a breadcrumb's links) are not the page's, and not read.
 */
function jsonLdItems(document: PageElement): JsonObject[] {
  const items: JsonObject[] = [];
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const parsed = parseLenientJson(script.textContent ?? '');
    // An explicit stack: JSON-LD may nest deeply, and this must not recurse.
    const stack: Json[] = parsed === undefined ? [] : [parsed];
    while (stack.length) {
      const value = stack.pop();
      if (Array.isArray(value)) appendAll(stack, value);
      else if (value && typeof value === 'object') {
        items.push(value);
        for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
          const nested = value[key];
          if (nested && typeof nested === 'object') stack.push(nested);
        }
      }
    }
  }
  return items;
}

function isReference(value: Json | undefined): value is JsonObject & { '@id': string } {
  return Boolean(value && typeof value === 'object' && !Array.isArray(value) && typeof value['@id'] === 'string' && value.name === undefined);
}

function isArticle(item: JsonObject): boolean {
  return isOfType(item, ARTICLE_TYPE);
}

/** Whether a JSON-LD item's @type (one or several) is one that `types` matches. */
function isOfType(item: JsonObject, types: RegExp): boolean {
  const type = item['@type'];
  return (Array.isArray(type) ? type : [type]).some((entry) => typeof entry === 'string' && types.test(entry));
}

function text(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** The first string of a list of values, if the value is a list that has one. */
function firstText(value: Json | undefined): string | undefined {
  return Array.isArray(value) ? value.find((entry): entry is string => typeof entry === 'string') : undefined;
}

/** The entries of a JSON-LD value (one or a list) whose @type is Organization or a kind of it (NewsMediaOrganization). */
function organizations(value: Json | undefined): JsonObject[] {
  return (Array.isArray(value) ? value : [value]).filter((entry): entry is JsonObject => {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return false;
    const type = entry['@type'];
    return (Array.isArray(type) ? type : [type]).some((each) => typeof each === 'string' && /Organization$/u.test(each));
  });
}

/**
 * Names from a string, a {name} object or a list of either, joined by ", ". A name may be a list itself (schema.org
 * gives any property several values): one person's names, of which the first is taken.
 */
function names(value: Json | undefined): string | undefined {
  const list = (Array.isArray(value) ? value : [value]).flatMap((entry) => {
    if (typeof entry === 'string') return [entry];
    // A Person may be named in parts only ("givenName": "Ana", "familyName": "Ruiz").
    if (entry && typeof entry === 'object' && !Array.isArray(entry)) return [text(entry.name) ?? firstText(entry.name) ?? [text(entry.givenName), text(entry.familyName)].filter(Boolean).join(' ')];
    return [];
  });
  const joined = [...new Set(list.map((name) => name.trim()).filter(Boolean))].join(', ');
  return joined || undefined;
}
