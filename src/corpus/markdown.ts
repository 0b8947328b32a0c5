/**
 * Markdown seeds to plain text: the front matter (if any) gives the page's own metadata, and the
 * rest is rendered to HTML by marked and reduced like any HTML page, so that soft-wrapped lines
 * join into paragraphs and link, emphasis and heading syntax disappears.
 */
import { Marked } from 'marked';
import { collectPageMeta } from './page-meta.js';
import { htmlToText } from './html.js';
import type { PageMeta } from './types.js';

const marked = new Marked({ async: false, gfm: true });
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const FIELD = /^([\w-]+)\s*:\s*(.*)$/;

const FIELD_NAMES: Record<keyof PageMeta, string[]> = {
  title: ['title'],
  outlet: ['outlet', 'publisher', 'source', 'site'],
  author: ['author', 'byline'],
  date: ['date', 'published', 'publishdate'],
  language: ['lang', 'language'],
};

export function readMarkdown(markdown: string): { text: string; meta: PageMeta } {
  const frontMatter = FRONT_MATTER.exec(markdown);
  const body = frontMatter ? markdown.slice(frontMatter[0].length) : markdown;
  const text = htmlToText(marked.parse(body, { async: false }));
  return { text, meta: frontMatter ? readFrontMatter(frontMatter[1] ?? '') : {} };
}

function readFrontMatter(block: string): PageMeta {
  const fields = new Map<string, string>();
  for (const line of block.split('\n')) {
    const [, key, value] = FIELD.exec(line.trim()) ?? [];
    if (key && value) fields.set(key.toLowerCase(), value.trim().replace(/^(["'])(.*)\1$/, '$2'));
  }
  return collectPageMeta(FIELD_NAMES, (name) => fields.get(name));
}
