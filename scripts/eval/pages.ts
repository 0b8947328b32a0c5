/**
 * HTML ingestion on real news pages (../shared/data/news-pages, or $EVAL_DATA_DIR/news-pages; see its
 * SOURCE.md): each page goes through the same path as a seed file and is compared with the reference
 * title, author, date and language, the strings its body must keep (`with`) and the boilerplate it must
 * not (`without`). Reference values marked *_gold_doubtful are left out of the scores.
 * Skipped with a note when the folder is absent. Run alone: `npx tsx scripts/eval/pages.ts [--list]`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { buildArticle } from '../../src/corpus/index.js';
import { readSeedBytes } from '../../src/corpus/read.js';
import type { Article } from '../../src/corpus/types.js';
import { foldAccents } from '../../src/text/words.js';
import { evalDataPath } from './data.js';

const DATA_DIR = evalDataPath('news-pages');

interface GoldPage {
  file: string;
  language: string;
  title?: string;
  author?: string | string[];
  date?: string;
  with?: string[];
  without?: string[];
  title_gold_doubtful?: string;
  author_gold_doubtful?: string;
  date_gold_doubtful?: string;
}

const FIELDS = ['title', 'author', 'date', 'language'] as const;
type Field = (typeof FIELDS)[number];

interface Tally {
  right: number;
  total: number;
}

interface PageResult {
  id: string;
  language: string;
  skipped: string | null;
  fields: Partial<Record<Field, { right: boolean; got: string | null; want: string }>>;
  withKept: number;
  withTotal: number;
  lost: string[];
  leaked: string[];
  withoutTotal: number;
  ms: number;
}

export interface PagesReport {
  pages: PageResult[];
  /** Wall time to read and build every page once, in a process that had read none (cold). */
  totalMs: number;
}

/** Whitespace and typographic quotes folded, so that a reference string copied from another extractor still matches. */
function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u00A0\u200B]+/gu, ' ')
    .replace(/[“”„«»]/gu, '"')
    .replace(/[‘’‚]/gu, "'")
    .trim();
}

/** Lower case, accents folded, every run of other characters than letters and digits one space: how titles compare. */
export function foldText(text: string): string {
  return foldAccents(normalise(text).toLowerCase()).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Author names as a set of folded names: "A; B", "A, B", "A y B", "A and B" and lists all compare by names. */
export function authorKey(value: string | string[] | null): string {
  const names = (Array.isArray(value) ? value : [value ?? ''])
    .flatMap((name) => name.split(/\s*(?:[;,/&]|\s(?:y|and|und|e|et)\s)\s*/iu))
    .map(foldText)
    .filter(Boolean);
  return [...new Set(names)].sort().join('|');
}

function compare(field: Field, got: string | null, want: string | string[]): boolean {
  if (field === 'author') return authorKey(got) === authorKey(want);
  const wanted = Array.isArray(want) ? want.join(', ') : want;
  if (field === 'date' || field === 'language') return (got ?? '') === wanted;
  return foldText(got ?? '') === foldText(wanted);
}

function scorePage(id: string, gold: GoldPage, article: Article | null, skipped: string | null, ms: number): PageResult {
  const result: PageResult = { id, language: gold.language, skipped, fields: {}, withKept: 0, withTotal: 0, lost: [], leaked: [], withoutTotal: 0, ms };
  for (const field of FIELDS) {
    const want = field === 'language' ? gold.language : gold[field];
    if (want === undefined || gold[`${field}_gold_doubtful` as keyof GoldPage]) continue;
    const got = article ? (field === 'title' ? article.title : article[field]) : null;
    // A reference "" expects no value: the article's title is never empty, so only author and date can match it.
    result.fields[field] = { right: compare(field, got, want), got, want: Array.isArray(want) ? want.join('; ') : want };
  }
  const body = normalise(article?.text ?? '');
  for (const text of gold.with ?? []) {
    result.withTotal++;
    if (body.includes(normalise(text))) result.withKept++;
    else result.lost.push(text);
  }
  for (const text of gold.without ?? []) {
    result.withoutTotal++;
    if (body.includes(normalise(text))) result.leaked.push(text);
  }
  return result;
}

/** Null when the data folder is absent. */
export function evaluatePages(): PagesReport | null {
  const goldPath = join(DATA_DIR, 'gold.json');
  if (!existsSync(goldPath)) return null;
  const gold = (JSON.parse(readFileSync(goldPath, 'utf8')) as { pages: Record<string, GoldPage> }).pages;
  const pages: PageResult[] = [];
  const started = performance.now();
  for (const [id, page] of Object.entries(gold)) {
    const start = performance.now();
    const outcome = readSeedBytes(page.file, readFileSync(join(DATA_DIR, page.file)));
    let article: Article | null = null;
    let skipped: string | null = null;
    if ('warning' in outcome) skipped = outcome.warning.message;
    else {
      article = buildArticle(outcome.file);
      if (!article) skipped = 'no article text was found in it';
    }
    pages.push(scorePage(id, page, article, skipped, performance.now() - start));
  }
  return { pages, totalMs: performance.now() - started };
}

function tallyField(pages: PageResult[], field: Field): Tally {
  const scored = pages.flatMap((page) => page.fields[field] ?? []);
  return { right: scored.filter((entry) => entry.right).length, total: scored.length };
}

function summaryLine(label: string, pages: PageResult[]): string {
  const fraction = ({ right, total }: Tally) => (total ? `${right}/${total} ${((right / total) * 100).toFixed(0)}%`.padEnd(12) : '-'.padEnd(12));
  const withKept = pages.reduce((sum, page) => sum + page.withKept, 0);
  const withTotal = pages.reduce((sum, page) => sum + page.withTotal, 0);
  const withoutTotal = pages.reduce((sum, page) => sum + page.withoutTotal, 0);
  const leaked = pages.reduce((sum, page) => sum + page.leaked.length, 0);
  const clean = pages.filter((page) => page.withoutTotal > 0 && page.leaked.length === 0).length;
  const withLeakList = pages.filter((page) => page.withoutTotal > 0).length;
  return [
    label.padEnd(6),
    String(pages.length).padEnd(6),
    ...FIELDS.map((field) => fraction(tallyField(pages, field))),
    fraction({ right: withKept, total: withTotal }),
    fraction({ right: withoutTotal - leaked, total: withoutTotal }),
    fraction({ right: clean, total: withLeakList }),
    String(pages.filter((page) => page.skipped).length),
  ].join(' ');
}

export function formatPagesReport(report: PagesReport | null, list = false): string {
  if (!report) return `skipped: ${DATA_DIR} is absent (see the README: the real-page set lives outside the repository)`;
  const languages = [...new Set(report.pages.map((page) => page.language))].sort();
  const header = ['lang', 'pages', ...FIELDS, 'with kept', 'without gone', 'no-leak pages', 'skipped'].map((name, index) => name.padEnd(index < 2 ? 6 : 12)).join(' ');
  const lines = [
    `${report.pages.length} pages from ${DATA_DIR}; read and built cold in ${(report.totalMs / 1000).toFixed(2)} s (slowest page ${Math.max(...report.pages.map((page) => page.ms)).toFixed(0)} ms)`,
    header,
    summaryLine('all', report.pages),
    ...languages.map((language) => summaryLine(language, report.pages.filter((page) => page.language === language))),
  ];
  const skipped = report.pages.filter((page) => page.skipped);
  if (skipped.length) lines.push('skipped pages:', ...skipped.map((page) => `  - ${page.id}: ${page.skipped}`));
  if (list) {
    for (const page of report.pages) {
      const wrong = Object.entries(page.fields).filter(([, entry]) => !entry.right);
      if (!wrong.length && !page.lost.length && !page.leaked.length) continue;
      lines.push(`${page.id} [${page.language}]`);
      for (const [field, entry] of wrong) lines.push(`  ${field}: got ${JSON.stringify(entry.got)}, want ${JSON.stringify(entry.want)}`);
      for (const text of page.lost) lines.push(`  lost: ${text.slice(0, 100)}`);
      for (const text of page.leaked) lines.push(`  leaked: ${text.slice(0, 100)}`);
    }
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatPagesReport(evaluatePages(), process.argv.includes('--list')));
}
