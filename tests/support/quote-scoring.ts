/**
 * Attribution quality of the quote extractor on the hand-annotated set in tests/fixtures/quotes.
 * A predicted statement is correct when its text overlaps an annotated one (by at least half of the longer
 * of the two) and names the same speaker. Precision counts predictions that name a speaker; recall counts
 * annotated statements whose speaker is known.
 *
 * `npm run eval` reports these figures (scripts/eval/quotes.ts); tests/quotes/eval.test.ts holds them to targets.
 */
import type { Article } from '../../src/corpus/types.js';
import type { Statement } from '../../src/quotes/types.js';
import { extractStatements } from '../../src/quotes/extract.js';
import { nameKey } from '../../src/quotes/normalize.js';
import { loadQuoteFixtures, type AnnotatedStatement } from '../fixtures/quotes/load.js';

const MIN_OVERLAP = 0.5;

export interface QuotesReport {
  articles: number;
  annotated: number;
  /** Predictions that name a speaker. */
  predicted: number;
  correct: number;
  /** Annotated statements with a known speaker, and how many of them were found with that speaker. */
  attributable: number;
  found: number;
  precision: number;
  recall: number;
  /** Matched statements whose `via` agrees with the annotation (both null, or one names the other). */
  viaAgreement: number;
  /** A speaker named for text the annotation gives someone else (or nobody): the worst error. */
  misattributions: Array<{ articleId: string; text: string; predicted: string; annotated: string | null }>;
  /** Predictions with a speaker for text nobody annotated. */
  spurious: Array<{ articleId: string; text: string; speaker: string }>;
  missed: AnnotatedStatement[];
}

interface Located extends AnnotatedStatement {
  start: number;
  end: number;
}

function locate(annotation: AnnotatedStatement, article: Article): Located {
  const start = article.text.indexOf(annotation.text);
  if (start < 0) throw new Error(`Annotated text not in article ${annotation.articleId}: ${annotation.text}`);
  return { ...annotation, start, end: start + annotation.text.length };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared > 0 && shared / Math.max(a.end - a.start, b.end - b.start) >= MIN_OVERLAP;
}

const sameSpeaker = (a: string | null, b: string | null) => a !== null && b !== null && nameKey(a) === nameKey(b);

function sameVia(predicted: string | null, annotated: string | null): boolean {
  if (predicted === null || annotated === null) return predicted === annotated;
  const [a, b] = [nameKey(predicted), nameKey(annotated)];
  return a.includes(b) || b.includes(a);
}

/** Scores predictions against annotations; pure, so tests can check the scoring itself. */
export function scoreQuotes(articles: Article[], annotations: AnnotatedStatement[], predictions: Statement[]): QuotesReport {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const gold = annotations.map((annotation) => locate(annotation, byId.get(annotation.articleId)!));
  const attributed = predictions.filter((prediction) => prediction.speaker !== null);
  const report: QuotesReport = {
    articles: articles.length, annotated: gold.length, predicted: attributed.length, correct: 0,
    attributable: gold.filter((annotation) => annotation.speaker !== null).length, found: 0,
    precision: 0, recall: 0, viaAgreement: 0, misattributions: [], spurious: [], missed: [],
  };
  const matchedGold = new Set<Located>();
  for (const prediction of attributed) {
    const candidates = gold.filter((annotation) => annotation.articleId === prediction.articleId && overlaps(annotation, prediction));
    const match = candidates.find((annotation) => sameSpeaker(annotation.speaker, prediction.speaker));
    if (match) {
      report.correct++;
      matchedGold.add(match);
      if (sameVia(prediction.via, match.via)) report.viaAgreement++;
    } else if (candidates.length) {
      report.misattributions.push({ articleId: prediction.articleId, text: prediction.text, predicted: prediction.speaker!, annotated: candidates[0]!.speaker });
    } else {
      report.spurious.push({ articleId: prediction.articleId, text: prediction.text, speaker: prediction.speaker! });
    }
  }
  report.missed = gold.filter((annotation) => annotation.speaker !== null && !matchedGold.has(annotation)).map(({ start: _start, end: _end, ...annotation }) => annotation);
  report.found = report.attributable - report.missed.length;
  report.precision = report.predicted ? report.correct / report.predicted : 0;
  report.recall = report.attributable ? report.found / report.attributable : 0;
  return report;
}

/** Runs the extractor over the annotated articles and scores what it finds. */
export async function evaluateQuotes(): Promise<QuotesReport> {
  const { articles, annotations } = await loadQuoteFixtures();
  return scoreQuotes(articles, annotations, articles.flatMap(extractStatements));
}
