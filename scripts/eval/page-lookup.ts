/**
 * Known-item lookup over real pages in several languages (../shared/data/news-pages; see its SOURCE.md):
 * all pages are indexed together, as seeds would be, and each page's reference headline (written by
 * its newsroom, not by us) is asked as a question; a hit is a passage of that page. Pages whose
 * cleaned body holds the headline word for word are left out, as there the lookup is trivial.
 *
 * Two indexes over the same passages: each passage analysed in its article's language (the product),
 * and every passage analysed as Spanish (the index before per-article analysers). Skipped with a note
 * when the folder is absent. Run: `npx tsx scripts/eval/page-lookup.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectQuestionLanguage } from '../../src/corpus/question-language.js';
import { buildArticle } from '../../src/corpus/index.js';
import { readSeedBytes } from '../../src/corpus/read.js';
import { splitPassages } from '../../src/corpus/split.js';
import type { Article, Passage } from '../../src/corpus/types.js';
import { createPassageIndex, type PassageIndex } from '../../src/search/store.js';
import { foldAccents } from '../../src/text/words.js';
import { evalDataPath, missingEvalData } from './data.js';

const DEPTH = 10;

interface Lookup {
  article: Article;
  headline: string;
}

/** The pages' articles, and the headlines to look up (pages with a reference title not found verbatim in their body). */
function readPages(): { articles: Article[]; lookups: Lookup[] } {
  const dir = evalDataPath('news-pages');
  const gold = (JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { pages: Record<string, { file: string; title?: string }> }).pages;
  const articles: Article[] = [];
  const lookups: Lookup[] = [];
  for (const page of Object.values(gold)) {
    const outcome = readSeedBytes(page.file, readFileSync(join(dir, page.file)));
    const article = 'warning' in outcome ? null : buildArticle(outcome.file);
    if (!article) continue;
    articles.push(article);
    if (page.title && !foldAccents(article.text).includes(foldAccents(page.title))) lookups.push({ article, headline: page.title });
  }
  return { articles, lookups };
}

/** Rank (from 1) of the first passage of the page among the first DEPTH hits, or undefined. */
async function rankOf(index: PassageIndex, { article, headline }: Lookup): Promise<number | undefined> {
  const hits = await index.search(headline, { limit: DEPTH, language: detectQuestionLanguage(headline) });
  const at = hits.findIndex((hit) => index.passage(hit.passageId)?.articleId === article.id);
  return at === -1 ? undefined : at + 1;
}

async function main(): Promise<void> {
  const missing = missingEvalData('news-pages');
  if (missing || !existsSync(join(evalDataPath('news-pages'), 'gold.json'))) {
    console.log(`skipped: ${missing ?? 'no gold.json'}`);
    return;
  }
  const { articles, lookups } = readPages();
  const passages: Passage[] = articles.flatMap(splitPassages);
  const indexes = {
    'own language': await createPassageIndex(passages),
    'all as Spanish': await createPassageIndex(passages.map((passage) => ({ ...passage, language: 'es' }))),
  };
  const ranks: Record<keyof typeof indexes, Map<Lookup, number | undefined>> = { 'own language': new Map(), 'all as Spanish': new Map() };
  for (const lookup of lookups) {
    for (const name of Object.keys(indexes) as Array<keyof typeof indexes>) ranks[name].set(lookup, await rankOf(indexes[name], lookup));
  }
  console.log(`${articles.length} pages indexed together (${passages.length} passages); ${lookups.length} headlines looked up. Cells: hit@1 / MRR@${DEPTH}, every passage as Spanish → each in its own language.`);
  console.log('| page language | headlines | hit@1 | MRR |\n| --- | --- | --- | --- |');
  const languages = ['all', ...new Set(lookups.map((lookup) => lookup.article.language))].sort();
  for (const language of languages) {
    const group = lookups.filter((lookup) => language === 'all' || lookup.article.language === language);
    const measure = (name: keyof typeof indexes) => {
      const found = group.map((lookup) => ranks[name].get(lookup));
      const hit1 = found.filter((rank) => rank === 1).length / group.length;
      const mrr = found.reduce((sum: number, rank) => sum + (rank ? 1 / rank : 0), 0) / group.length;
      return [hit1, mrr].map((value) => value.toFixed(3));
    };
    const [before, after] = [measure('all as Spanish'), measure('own language')];
    console.log(`| ${language} | ${group.length} | ${before[0]} → ${after[0]} | ${before[1]} → ${after[1]} |`);
  }
}

await main();
