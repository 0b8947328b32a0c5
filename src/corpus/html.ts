/**
 * HTML pages to plain text (one paragraph per line, blank lines between blocks) plus what the page
 * declares about itself in its meta tags. Only the page's main element is converted when it has one
 * (a single <article>, else <main>), and navigation, asides, forms, scripts and footers are skipped;
 * whatever site furniture remains is the cleaner's job, as for scraped text.
 */
import { compile } from 'html-to-text';
import type { HtmlToTextOptions, SelectorDefinition } from 'html-to-text';
import { collectPageMeta } from './page-meta.js';
import type { PageMeta } from './types.js';

const SKIPPED = [
  'nav', 'aside', 'footer', 'form', 'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'button', 'select', 'img', 'picture', 'video', 'audio',
  // The site's own header (logo, tagline) and the landmarks and containers CMSs give to everything but the article.
  'body > header', '[role="banner"]', '[role="navigation"]', '[role="complementary"]', '[role="contentinfo"]', '[role="search"]',
  '#comments', '.comments', '#respond', '#sidebar', '.sidebar', '.related', '.share', '.sharedaddy', '.social-share',
];
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

const SELECTORS: SelectorDefinition[] = [
  { selector: 'a', options: { ignoreHref: true } },
  // A space rather than a bullet: the cleaner trims it (an empty prefix means the default bullet).
  { selector: 'ul', options: { itemPrefix: ' ' } },
  ...HEADINGS.map((selector) => ({ selector, options: { uppercase: false } })),
  ...SKIPPED.map((selector) => ({ selector, format: 'skip' })),
];

const BASE: HtmlToTextOptions = { wordwrap: false, selectors: SELECTORS };
const convertArticle = compile({ ...BASE, baseElements: { selectors: ['article'], returnDomByDefault: true } });
const convertPage = compile({
  ...BASE,
  baseElements: { selectors: ['main', '[role="main"]', 'body'], orderBy: 'selectors', returnDomByDefault: true },
  limits: { maxBaseElements: 1 },
});
const decodeEntities = compile({ wordwrap: false });

/** How much of a page is searched for its <head> metadata. */
const HEAD_CHARS = 65536;
const ARTICLE_TAG = /<article[\s>]/gi;

export function readHtml(html: string): { text: string; meta: PageMeta } {
  // Pages that list several <article> cards (related posts, a feed) are read from <main> or <body>.
  const articles = html.match(ARTICLE_TAG)?.length ?? 0;
  const text = articles === 1 ? convertArticle(html) : convertPage(html);
  return { text, meta: readPageMeta(html.slice(0, HEAD_CHARS)) };
}

const META_TAG = /<meta\s[^>]*>/gi;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
const TITLE_TAG = /<title[^>]*>([^<]*)<\/title>/i;

const META_NAMES: Record<keyof PageMeta, string[]> = {
  title: ['og:title', 'twitter:title', '<title>'],
  outlet: ['og:site_name', 'application-name'],
  author: ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator'],
  date: ['article:published_time', 'datepublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'parsely-pub-date', 'sailthru.date'],
};

function readPageMeta(head: string): PageMeta {
  const values = new Map<string, string>();
  for (const [tag] of head.matchAll(META_TAG)) {
    const attributes = readAttributes(tag);
    const key = (attributes.get('property') ?? attributes.get('name') ?? attributes.get('itemprop'))?.toLowerCase();
    const content = attributes.get('content');
    if (key && content && !values.has(key)) values.set(key, decodeEntities(content));
  }
  const title = TITLE_TAG.exec(head)?.[1];
  if (title) values.set('<title>', decodeEntities(title));
  return collectPageMeta(META_NAMES, (name) => values.get(name));
}

function readAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name = '', double, single, bare] of tag.matchAll(ATTRIBUTE)) attributes.set(name.toLowerCase(), double ?? single ?? bare ?? '');
  return attributes;
}
