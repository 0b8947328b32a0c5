/** The seed articles as Article objects, for the quote tests. */
import { readFile } from 'node:fs/promises';
import type { Article } from '../../src/corpus/types.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const SEEDS_DIR = new URL('../../seeds/', import.meta.url);

/** Where each seed's body starts (after title and teaser) and the byline that ends it. */
const BODIES: Record<string, { firstParagraph: number; byline: string }> = {
  '000_00d19ce3f6e8e9cf': { firstParagraph: 1, byline: 'Por Editor3' },
  '001_5b51ff2f8a5eff13': { firstParagraph: 4, byline: 'Adm 1' },
};

export async function loadSeedArticles(): Promise<Map<string, Article>> {
  const articles = new Map<string, Article>();
  for (const [id, body] of Object.entries(BODIES)) {
    const paragraphs = (await readFile(new URL(`${id}.txt`, SEEDS_DIR), 'utf8')).split(/\n\s*\n/).map((paragraph) => paragraph.trim());
    const end = paragraphs.findIndex((paragraph) => paragraph.startsWith(body.byline));
    articles.set(id, articleFromParagraphs({ id, title: paragraphs[0]!, date: null, language: 'es' }, paragraphs.slice(body.firstParagraph, end)));
  }
  return articles;
}
