/**
 * Markdown seeds to plain text: the front matter (if any) gives the page's own metadata, and the
 * rest is rendered to HTML by marked and reduced like any HTML page, so that soft-wrapped lines
 * join into paragraphs and link, emphasis and heading syntax disappears. A body nested deeper than any
 * document is (lists or block quotes, MAX_NESTING) is read as plain text instead: marked's time grows
 * with the cube of a list's depth and thousands of ">" overflow its stack, which lost the whole article
 * (docs/BENCHMARKS.md, 'Figures behind code comments').
 */
import { Marked } from 'marked';
import { collectPageMeta, type DeclaredField } from './page-meta.js';
import { htmlToText } from './html.js';
import { BYLINE, endsLikeSentence, readDateLine, readIssueLine, wordCount } from './lines.js';
import type { PageMeta } from './types.js';

const marked = new Marked({ async: false, gfm: true });
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const FIELD = /^([\w-]+)\s*:\s*(.*)$/;
const LIST_ITEM = /^\s*-\s+(.+)$/;
const INLINE_LIST = /^\[(.*)\]$/;

const FIELD_NAMES: Record<DeclaredField, string[]> = {
  title: ['title'],
  outlet: ['outlet', 'publisher', 'source', 'site'],
  author: ['author', 'authors', 'byline'],
  date: ['date', 'published', 'publishdate', 'published_at', 'pubdate'],
  language: ['lang', 'language'],
};

/** Lists or block quotes nested deeper than this are no article's layout; marked reads 16 levels at once. */
const MAX_NESTING = 16;
/** Columns of indentation per list level (CommonMark's list items nest at two to four). */
const LIST_INDENT = 4;
/** A line's leading block-quote markers (">", "> >", ">>") and indentation, then a list marker if it is an item. */
const LINE_NESTING = /^((?:[ \t]*>)*)([ \t]*)([-*+]|\d{1,9}[.)])?(?=[ \t]|$)/u;

/** Whether some line of `markdown` sits inside more than `limit` block quotes or list levels. */
function nestsDeeperThan(markdown: string, limit: number): boolean {
  for (const line of markdown.split('\n')) {
    const [, quotes = '', indent = '', listMarker] = LINE_NESTING.exec(line) ?? [];
    const quoteDepth = quotes.split('>').length - 1;
    const listDepth = listMarker ? indent.replace(/\t/gu, '    ').length / LIST_INDENT : 0;
    if (quoteDepth + listDepth > limit) return true;
  }
  return false;
}

/** A line wholly in emphasis, its text inside the marks ("*Revista Marea, julio de 2024*", "_By Ana Ruiz_"). */
const WHOLE_EMPHASIS = /^([*_]{1,3})(?=\S)([\s\S]*\S)\1$/u;

/** The most words of a line in a block of metadata lines (a byline with its outlet and dateline runs to about this). */
const MAX_METADATA_LINE_WORDS = 14;
/** A line that opens a Markdown block of its own (heading, list item, quote, table row, fence): it is never soft-wrapped. */
const BLOCK_MARKER = /^\s*(?:#|[-*+]\s|\d{1,9}[.)]\s|>|\||```|~~~)/u;

/**
 * `markdown` with a hard break after each line of a block of metadata lines (a byline, then a dateline: "Por Ana Ruiz" /
 * "Temuco, jueves 5 de marzo de 2026"): Markdown joins a paragraph's lines into one, and the byline ran into the place
 * ("Ana Ruiz Temuco" became the author). A block is such when every line is short and none closes a sentence, and one of
 * its lines is a byline or a date line; a paragraph of prose soft-wrapped at 80 columns has long lines or sentence ends.
 */
function withMetadataBreaks(markdown: string): string {
  return markdown
    .split(/(\n[ \t]*\n)/u)
    .map((block) => {
      const lines = block.split('\n');
      // A line in emphasis (a magazine's credits: "*Texto: Ana Ruiz · Fotos: Luis Gil*") is read without its marks.
      const plain = lines.map((line) => line.trim().replace(WHOLE_EMPHASIS, '$2').trim());
      const isMetadata =
        lines.length > 1 &&
        lines.every((line, at) => line.trim() !== '' && !BLOCK_MARKER.test(line) && wordCount(line) <= MAX_METADATA_LINE_WORDS && !endsLikeSentence(plain[at]!)) &&
        plain.some((line) => BYLINE.test(line) || readDateLine(line) !== null || readIssueLine(line) !== null);
      return isMetadata ? lines.map((line, at) => (at < lines.length - 1 ? `${line.trimEnd()}  ` : line)).join('\n') : block;
    })
    .join('');
}

/** A YAML flow list or map that opens and does not close on its line. */
const UNCLOSED = /^(?:\[[^\]]*|\{[^}]*)$/u;

/**
 * A Markdown seed's plain text (rendered, then read as htmlToText reads HTML) and the metadata its front matter
 * declares (empty when it has none). A body nested deeper than MAX_NESTING is kept as written.
 */
export function readMarkdown(markdown: string): { text: string; meta: PageMeta } {
  const frontMatter = FRONT_MATTER.exec(markdown);
  const body = frontMatter ? markdown.slice(frontMatter[0].length) : markdown;
  const text = nestsDeeperThan(body, MAX_NESTING) ? body : htmlToText(marked.parse(withMetadataBreaks(body), { async: false }));
  return { text, meta: frontMatter ? readFrontMatter(frontMatter[1] ?? '') : {} };
}

/**
 * The front matter's fields, lower-cased keys to values. YAML lists give their items joined by ", "
 * ("authors: [Ana Ruiz, Luis Gil]", or "author:" and then one "- Ana Ruiz" line per item); quotes
 * around a value are dropped. A value YAML would reject (a list or map opened and not closed: "title:
 * [sin cerrar") is left out, so that the page's own heading or first line gives it instead.
 */
function readFrontMatter(block: string): PageMeta {
  const fields = new Map<string, string>();
  let listKey: string | null = null;
  const unquote = (value: string) => value.trim().replace(/^(["'])(.*)\1$/, '$2');
  for (const line of block.split('\n')) {
    const item = LIST_ITEM.exec(line)?.[1];
    if (item !== undefined && listKey) {
      const previous = fields.get(listKey);
      fields.set(listKey, previous ? `${previous}, ${unquote(item)}` : unquote(item));
      continue;
    }
    const [, key, value = ''] = FIELD.exec(line.trim()) ?? [];
    listKey = key && !value.trim() ? key.toLowerCase() : null;
    if (!key || !value.trim() || UNCLOSED.test(value.trim())) continue;
    const inline = INLINE_LIST.exec(value.trim())?.[1];
    fields.set(key.toLowerCase(), inline === undefined ? unquote(value) : inline.split(',').map(unquote).filter(Boolean).join(', '));
  }
  return collectPageMeta(FIELD_NAMES, (name) => fields.get(name), { byHand: true });
}
