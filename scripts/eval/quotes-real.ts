/**
 * Quote extraction and attribution on real news pages: the hand-made gold in ../shared/data/quotes-real
 * (or $EVAL_DATA_DIR/quotes-real; see its SOURCE.md) over the HTML pages in ../shared/data/news-pages/pages,
 * read through the project's own corpus pipeline (readSeedFiles, buildCorpus), so extraction losses count.
 *
 * Scoring (text compared after folding whitespace and typographic quotes, since gold texts were copied from
 * another extractor's output):
 * - recall: required gold statements (not `optional`) found by a statement of the same kind whose text
 *   contains the gold text (or lies inside it) and whose speaker is the gold speaker or one of its aliases;
 *   reported per construction, with the required statements whose text the extracted page lost apart.
 * - precision: statements returned with a speaker that match some gold entry (optional ones included) for
 *   that speaker, over all statements returned with a speaker. Statements with no speaker are counted apart.
 * Pages are split once, by language and name order, into a dev half (whose misses and errors are listed, the
 * half rules were developed against) and a held-out half (figures only), so the held-out figures are honest.
 *
 * Skipped with a note when the folder is absent. Run alone: `npx tsx scripts/eval/quotes-real.ts [--all]`
 * (--all lists errors on held-out pages too).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCorpus, readSeedFiles } from '../../src/corpus/index.js';
import type { Article } from '../../src/corpus/types.js';
import { extractStatements } from '../../src/quotes/extract.js';
import { nameKey } from '../../src/quotes/normalize.js';
import type { Statement } from '../../src/quotes/types.js';
import { comparable, evalDataPath } from './data.js';

const GOLD = join(evalDataPath('quotes-real'), 'gold.json');

export interface GoldStatement {
  speaker: string;
  aliases?: string[];
  kind: Statement['kind'];
  text: string;
  construction: string;
  vague?: boolean;
  optional?: boolean;
  where?: string;
}

export interface GoldPage {
  language: string;
  file: string;
  statements: GoldStatement[];
}

interface Tally {
  found: number;
  total: number;
}

export interface PageScore {
  page: string;
  language: string;
  heldOut: boolean;
  /** Required statements per construction. */
  constructions: Record<string, Tally>;
  /** Required statements whose text is not in the extracted article at all. */
  lostText: number;
  predicted: number;
  correct: number;
  unattributed: number;
  missed: Array<GoldStatement & { got: string | null }>;
  wrong: Statement[];
}


/** Whether a returned statement's text is the gold text: it contains it, or (12 characters or more) lies inside it. */
export function sameText(predicted: string, gold: string): boolean {
  const [p, g] = [comparable(predicted), comparable(gold)];
  return p.includes(g) || (p.length >= 12 && g.includes(p));
}

function speaks(gold: GoldStatement, speaker: string | null): boolean {
  if (speaker === null) return false;
  const key = nameKey(speaker);
  return [gold.speaker, ...(gold.aliases ?? [])].some((name) => nameKey(name) === key);
}

/** Dev or held-out: every other page in name order within each language, so both halves have both languages. */
function split(pages: Record<string, GoldPage>): Map<string, boolean> {
  const heldOut = new Map<string, boolean>();
  const byLanguage = new Map<string, string[]>();
  for (const [key, page] of Object.entries(pages)) byLanguage.set(page.language, [...(byLanguage.get(page.language) ?? []), key]);
  for (const keys of byLanguage.values()) keys.sort().forEach((key, i) => heldOut.set(key, i % 2 === 1));
  return heldOut;
}

/** Scores one article's statements against its gold; pure, so tests can check the scoring itself. */
export function scorePage(page: string, gold: GoldPage, article: Article, statements: Statement[], heldOut: boolean): PageScore {
  const score: PageScore = { page, language: gold.language, heldOut, constructions: {}, lostText: 0, predicted: 0, correct: 0, unattributed: 0, missed: [], wrong: [] };
  const articleText = comparable(article.text);
  for (const entry of gold.statements) {
    if (entry.optional || entry.where) continue;
    const tally = (score.constructions[entry.construction] ??= { found: 0, total: 0 });
    tally.total++;
    if (!articleText.includes(comparable(entry.text))) score.lostText++;
    const sameSpan = statements.filter((statement) => statement.kind === entry.kind && sameText(statement.text, entry.text));
    if (sameSpan.some((statement) => speaks(entry, statement.speaker))) tally.found++;
    else score.missed.push({ ...entry, got: sameSpan.length ? (sameSpan[0]!.speaker ?? '(no speaker)') : null });
  }
  for (const statement of statements) {
    if (statement.speaker === null) {
      score.unattributed++;
      continue;
    }
    score.predicted++;
    if (gold.statements.some((entry) => speaks(entry, statement.speaker) && sameText(statement.text, entry.text))) score.correct++;
    else score.wrong.push(statement);
  }
  return score;
}

/** An annotated page as the project reads it: its gold, its article, and which half it is in. */
export interface AnnotatedPage {
  page: string;
  gold: GoldPage;
  article: Article;
  heldOut: boolean;
}

/** Every annotated page read as a seed file through the corpus pipeline; undefined when the data is absent. */
export async function readAnnotatedPages(): Promise<AnnotatedPage[] | undefined> {
  if (!existsSync(GOLD)) return undefined;
  const pages = (JSON.parse(readFileSync(GOLD, 'utf8')) as { pages: Record<string, GoldPage> }).pages;
  // Only the annotated pages: a folder of links to them goes through readSeedFiles like any seeds folder.
  const seeds = mkdtempSync(join(tmpdir(), 'quotes-real-'));
  try {
    for (const page of Object.values(pages)) {
      const path = resolve(evalDataPath('quotes-real'), page.file);
      symlinkSync(path, join(seeds, basename(path)));
    }
    const { files } = await readSeedFiles(seeds);
    const corpus = buildCorpus(files);
    const heldOut = split(pages);
    return Object.entries(pages).map(([page, gold]) => {
      const article = corpus.articles.find((candidate) => candidate.id === page);
      if (!article) throw new Error(`page ${page} gave no article`);
      return { page, gold, article, heldOut: heldOut.get(page) ?? false };
    });
  } finally {
    rmSync(seeds, { recursive: true, force: true });
  }
}

/** Every annotated page scored; undefined when the data is absent. */
export async function evaluateRealQuotes(): Promise<PageScore[] | undefined> {
  const pages = await readAnnotatedPages();
  return pages?.map(({ page, gold, article, heldOut }) => scorePage(page, gold, article, extractStatements(article), heldOut));
}

function sum(scores: PageScore[]) {
  const constructions: Record<string, Tally> = {};
  let lostText = 0;
  let predicted = 0;
  let correct = 0;
  let unattributed = 0;
  for (const score of scores) {
    for (const [name, tally] of Object.entries(score.constructions)) {
      const total = (constructions[name] ??= { found: 0, total: 0 });
      total.found += tally.found;
      total.total += tally.total;
    }
    lostText += score.lostText;
    predicted += score.predicted;
    correct += score.correct;
    unattributed += score.unattributed;
  }
  const all = Object.values(constructions).reduce((a, b) => ({ found: a.found + b.found, total: a.total + b.total }), { found: 0, total: 0 });
  return { constructions, all, lostText, predicted, correct, unattributed };
}

export function formatRealQuotesReport(scores: PageScore[] | undefined, listAll = false): string {
  if (!scores) return `skipped: ${GOLD} not found (set EVAL_DATA_DIR)`;
  const percent = (a: number, b: number) => (b ? `${((a / b) * 100).toFixed(1)}%` : '—');
  const halves = { dev: sum(scores.filter((s) => !s.heldOut)), 'held-out': sum(scores.filter((s) => s.heldOut)), all: sum(scores) };
  const names = Object.keys(halves.all.constructions).sort((a, b) => halves.all.constructions[b]!.total - halves.all.constructions[a]!.total);
  const cell = (tally: Tally | undefined) => (tally ? `${tally.found}/${tally.total}`.padStart(7) : '      —');
  const lines = [
    `${scores.length} pages (${scores.filter((s) => !s.heldOut).length} dev, ${scores.filter((s) => s.heldOut).length} held-out); recall = right speaker and kind`,
    `${'construction'.padEnd(16)}${'dev'.padStart(7)}  ${'held-out'.padStart(8)}  ${'all'.padStart(7)}`,
    ...names.map((name) => `${name.padEnd(16)}${cell(halves.dev.constructions[name])}  ${cell(halves['held-out'].constructions[name]).padStart(8)}  ${cell(halves.all.constructions[name])}`),
  ];
  for (const [half, total] of Object.entries(halves)) {
    lines.push(
      `${half.padEnd(9)} recall ${percent(total.all.found, total.all.total)} (${total.all.found}/${total.all.total}; text lost by extraction: ${total.lostText})` +
        `  precision ${percent(total.correct, total.predicted)} (${total.correct}/${total.predicted}; ${total.unattributed} with no speaker)`,
    );
  }
  for (const score of scores.filter((s) => listAll || !s.heldOut)) {
    if (!score.missed.length && !score.wrong.length) continue;
    lines.push(`\n[${score.page}]${score.heldOut ? ' (held-out)' : ''}`);
    for (const miss of score.missed) lines.push(`  missed ${miss.construction} ${miss.kind} ${miss.speaker}${miss.got ? ` (got ${miss.got})` : ''}: "${miss.text}"`);
    for (const wrong of score.wrong) lines.push(`  wrong  ${wrong.kind} ${wrong.speaker}: "${wrong.text.slice(0, 120)}"`);
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatRealQuotesReport(await evaluateRealQuotes(), process.argv.includes('--all')));
}
