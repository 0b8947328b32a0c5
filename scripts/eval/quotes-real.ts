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
 *   that speaker, over all statements returned with a speaker. Statements with no speaker are counted apart, and so
 *   are those outside what the gold annotates (before `body_starts`, after `body_ends`, inside an embedded post).
 * - speakers: the gold's name or an alias, word for word, or written with an acronym where the other spells it out.
 * Pages are split once, by language and name order, into a dev half (whose misses and errors are listed, the
 * half rules were developed against) and a held-out half (figures only), so the held-out figures are honest.
 *
 * Skipped with a note when the folder is absent. Run alone: `npx tsx scripts/eval/quotes-real.ts [--all] [--gold <path>]`
 * (--all lists errors on held-out pages too; --gold scores another gold file in the same format, e.g. a blind
 * annotator's, whose `file` entries are relative to the quotes-real folder, every page counted as dev).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCorpus, readSeedFiles } from '../../src/corpus/index.js';
import type { Article } from '../../src/corpus/types.js';
import { extractStatements } from '../../src/quotes/extract.js';
import { findSignedPosts } from '../../src/quotes/signed-posts.js';
import { initialsOf } from '../../src/quotes/book/keys.js';
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
  /** The annotated body's first and last words (SOURCE.md): the headline, deck and page around it are out of scope. */
  body_starts?: string;
  body_ends?: string;
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
  /** Statements outside what the gold annotates (before or after the body, inside an embedded post): neither right nor wrong. */
  outOfScope: number;
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
  return [gold.speaker, ...(gold.aliases ?? [])].some((name) => sameName(name, speaker));
}

/**
 * Whether two names are one, word for word but where one writes an acronym and the other the words it spells ("…de la
 * CIDH" and "…de la Comisión Interamericana de Derechos Humanos"): the same body, which the gold and the product may
 * each write either way (the product gives the fullest form the article uses, and /quote finds it by its acronym).
 */
export function sameName(a: string, b: string): boolean {
  const [x, y] = [nameKey(a).split(' '), nameKey(b).split(' ')];
  let head = 0;
  while (head < x.length && head < y.length && x[head] === y[head]) head++;
  let tail = 0;
  while (tail < x.length - head && tail < y.length - head && x[x.length - 1 - tail] === y[y.length - 1 - tail]) tail++;
  const [restX, restY] = [x.slice(head, x.length - tail), y.slice(head, y.length - tail)];
  // The acronym as written: in capitals ("CIDH"), not a word whose letters happen to be initials ("Gil").
  const capitals = (name: string, word: string) => name.split(/[^\p{L}\p{N}]+/u).some((written) => written.length >= 2 && written === written.toUpperCase() && nameKey(written) === word);
  const spells = (name: string, acronym: string[], words: string[]) => acronym.length === 1 && initialsOf(words.join(' ')) === acronym[0] && capitals(name, acronym[0]);
  return (restX.length === 0 && restY.length === 0) || spells(a, restX, restY) || spells(b, restY, restX);
}

/** Dev or held-out: every other page in name order within each language, so both halves have both languages. */
function split(pages: Record<string, GoldPage>): Map<string, boolean> {
  const heldOut = new Map<string, boolean>();
  const byLanguage = new Map<string, string[]>();
  for (const [key, page] of Object.entries(pages)) byLanguage.set(page.language, [...(byLanguage.get(page.language) ?? []), key]);
  for (const keys of byLanguage.values()) keys.sort().forEach((key, i) => heldOut.set(key, i % 2 === 1));
  return heldOut;
}

/**
 * Where `phrase` lies in `text`, compared as `comparable` folds both (quotes, dashes, spaces, case): the start of its
 * first occurrence, or the end of its last (`end`); undefined when it is not there.
 */
function foldedAt(text: string, phrase: string, end: boolean): number | undefined {
  const wanted = comparable(phrase);
  if (!wanted) return undefined;
  // The text folded a character at a time as `comparable` folds it, with where each folded character came from.
  let folded = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = /\s/u.test(text[i]!) ? ' ' : comparable(`x${text[i]!}x`).slice(1, -1);
    if (char === ' ' && folded.endsWith(' ')) continue;
    for (const each of char) {
      folded += each;
      from.push(i);
    }
  }
  const at = end ? folded.lastIndexOf(wanted) : folded.indexOf(wanted);
  if (at < 0) return undefined;
  return end ? from[at + wanted.length - 1]! + 1 : from[at]!;
}

/**
 * Which statements lie in what the gold annotates (SOURCE.md's scope): between the body's first and last words (when
 * the article's text holds them) and outside embedded social posts, which the gold leaves out of the body.
 */
function scopeOf(gold: GoldPage, article: Article): (statement: Statement) => boolean {
  const start = gold.body_starts ? foldedAt(article.text, gold.body_starts, false) ?? 0 : 0;
  const end = gold.body_ends ? foldedAt(article.text, gold.body_ends, true) ?? article.text.length : article.text.length;
  const posts = findSignedPosts(article).map((post) => post.span);
  return (statement) => statement.start >= start && statement.end <= end && !posts.some((span) => statement.start >= span.start && statement.end <= span.end);
}

/** Scores one article's statements against its gold; pure, so tests can check the scoring itself. */
export function scorePage(page: string, gold: GoldPage, article: Article, statements: Statement[], heldOut: boolean): PageScore {
  const score: PageScore = { page, language: gold.language, heldOut, constructions: {}, lostText: 0, predicted: 0, correct: 0, unattributed: 0, outOfScope: 0, missed: [], wrong: [] };
  const inScope = scopeOf(gold, article);
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
    const right = gold.statements.some((entry) => speaks(entry, statement.speaker) && sameText(statement.text, entry.text));
    // A copy the gold records outside the body (`where`: a deck, a pull quote) is still right.
    if (!right && !inScope(statement)) {
      score.outOfScope++;
      continue;
    }
    if (statement.speaker === null) {
      score.unattributed++;
      continue;
    }
    score.predicted++;
    if (right) score.correct++;
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

/**
 * Every annotated page read as a seed file through the corpus pipeline; undefined when the data is absent. `gold` is
 * another gold file in quotes-real's format (pages' `file` relative to the quotes-real folder), all its pages dev.
 */
export async function readAnnotatedPages(gold?: string): Promise<AnnotatedPage[] | undefined> {
  const path = gold ?? GOLD;
  if (!existsSync(path)) return undefined;
  const pages = (JSON.parse(readFileSync(path, 'utf8')) as { pages: Record<string, GoldPage> }).pages;
  // Only the annotated pages: a folder of links to them goes through readSeedFiles like any seeds folder.
  const seeds = mkdtempSync(join(tmpdir(), 'quotes-real-'));
  try {
    for (const page of Object.values(pages)) {
      const path = resolve(evalDataPath('quotes-real'), page.file);
      symlinkSync(path, join(seeds, basename(path)));
    }
    const { files } = await readSeedFiles(seeds);
    const corpus = buildCorpus(files);
    const heldOut = gold === undefined ? split(pages) : new Map<string, boolean>();
    return Object.entries(pages).map(([page, gold]) => {
      const article = corpus.articles.find((candidate) => candidate.id === page);
      if (!article) throw new Error(`page ${page} gave no article`);
      return { page, gold, article, heldOut: heldOut.get(page) ?? false };
    });
  } finally {
    rmSync(seeds, { recursive: true, force: true });
  }
}

/** Every annotated page scored (of `gold` when given, see readAnnotatedPages); undefined when the data is absent. */
export async function evaluateRealQuotes(gold?: string): Promise<PageScore[] | undefined> {
  const pages = await readAnnotatedPages(gold);
  return pages?.map(({ page, gold, article, heldOut }) => scorePage(page, gold, article, extractStatements(article), heldOut));
}

function sum(scores: PageScore[]) {
  const constructions: Record<string, Tally> = {};
  let lostText = 0;
  let predicted = 0;
  let correct = 0;
  let unattributed = 0;
  let outOfScope = 0;
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
    outOfScope += score.outOfScope;
  }
  const all = Object.values(constructions).reduce((a, b) => ({ found: a.found + b.found, total: a.total + b.total }), { found: 0, total: 0 });
  return { constructions, all, lostText, predicted, correct, unattributed, outOfScope };
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
        `  precision ${percent(total.correct, total.predicted)} (${total.correct}/${total.predicted}; ${total.unattributed} with no speaker; ${total.outOfScope} outside the annotated body)`,
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

/** The gold file `--gold <path>` names in `argv`; undefined without the option. Throws when the option has no path. */
export function goldOption(argv: readonly string[]): string | undefined {
  const at = argv.indexOf('--gold');
  if (at < 0) return undefined;
  const gold = argv[at + 1];
  if (!gold) throw new Error('--gold needs the path of a gold file');
  return gold;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatRealQuotesReport(await evaluateRealQuotes(goldOption(process.argv)), process.argv.includes('--all')));
}
