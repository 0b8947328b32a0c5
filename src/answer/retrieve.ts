/**
 * Looks a question up and decides whether the articles answer it at all.
 *
 * Confidence rests on coverage: the share of the question's weight (inverse document frequency of
 * its content terms, names counting more) that a passage contains. A question about something the
 * corpus never mentions leaves its rarest words or its names unmatched, and those weigh most. Thresholds were calibrated on XQuAD with a
 * third of the articles held out of the index (docs/EVALUATION.md): each lets through at most 5% of
 * the questions about held-out articles.
 */
import { passageId } from '../corpus/split.js';
import type { Language, Passage } from '../corpus/types.js';
import type { QuestionWords } from '../search/analyze.js';
import type { PassageIndex, SearchHit } from '../search/store.js';
import type { RetrievedPassage, Retrieval } from './types.js';

/** Coverage below which a hit is not evidence, by whether the question is in the passage's language. */
const COVERAGE_THRESHOLD = { sameLanguage: 0.469, otherLanguage: 0.322 } as const;

/** Confidence below which a passage is not evidence, and a question whose best hit falls below it is refused. */
const REFUSAL_LINE = 0.5;

const DEFAULT_LIMIT = 5;

/**
 * Share of the better-scored neighbouring passage of its paragraph (the one before or after it) that a passage's
 * score gains. A passage is a sentence or three (src/corpus/split.ts), and a question often restates two sentences
 * that the split put in two passages: its subject named in one, the fact in the next ("Los hugonotes llegaron…" /
 * "Cuando llegaron, les ofrecieron tierras…"). Measured by 5-fold cross-validation grouped by article
 * (`npx tsx scripts/eval/neighbour-weight.ts`, docs/EVALUATION.md): the folds chose 0.1 to 0.4, all within 0.001 of
 * each other on every question; the smallest of them moves the ranking least.
 */
export const NEIGHBOUR_WEIGHT = 0.1;
/** How many times `limit` passages are looked up for their neighbours' scores: a neighbour ranked lower still counts. */
const NEIGHBOUR_DEPTH = 4;

/**
 * The best passages for a question (as text in `language`, or as read once), and whether any is relevant enough to answer from.
 * `neighbourWeight` (NEIGHBOUR_WEIGHT unless an evaluation tries another) credits each passage with that share of its
 * paragraph neighbours' score (`withNeighbours`).
 */
export async function retrieve(index: PassageIndex, question: string | QuestionWords, language: Language, options: { limit?: number; neighbourWeight?: number } = {}): Promise<Retrieval> {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const neighbourWeight = options.neighbourWeight ?? NEIGHBOUR_WEIGHT;
  const found = await index.search(question, { limit: neighbourWeight > 0 ? limit * NEIGHBOUR_DEPTH : limit, language });
  // The language the question is written in, which is not the one it is replied in when the bot reads it only in part
  // (QuestionWords.writtenIn): a German question meets every passage across languages, whatever the asker's locale.
  const written = typeof question === 'string' ? language : (question.writtenIn ?? language);
  const hits = byLanguageCoverage(withNeighbours(found, (id) => index.passage(id), neighbourWeight), (id) => index.passage(id)?.language === written).slice(0, limit);
  const retrieved = hits.flatMap((hit): RetrievedPassage[] => {
    const passage = index.passage(hit.passageId);
    if (!passage) return [];
    const threshold = passage.language === written ? COVERAGE_THRESHOLD.sameLanguage : COVERAGE_THRESHOLD.otherLanguage;
    return [{ passage, score: hit.score, coverage: hit.coverage, confidence: confidenceOf(hit.coverage, threshold), matchedTerms: hit.matchedTerms }];
  });
  // Calibrated on the best hit: weaker hits below it do not make a question answerable.
  return { hits: retrieved, refused: (retrieved[0]?.confidence ?? 0) < REFUSAL_LINE };
}

/** Maps coverage onto 0..1 so that the calibrated threshold lands on the refusal line. */
export function confidenceOf(coverage: number, threshold: number): number {
  return coverage < threshold ? (REFUSAL_LINE * coverage) / threshold : REFUSAL_LINE + ((1 - REFUSAL_LINE) * (coverage - threshold)) / (1 - threshold);
}

/**
 * The hits re-ranked, each score raised by `weight` times the score of the better of the passages right before and after
 * it in its paragraph among the hits (none when neither is a hit). Coverage stays the passage's own.
 */
export function withNeighbours(hits: SearchHit[], passageOf: (id: string) => Passage | undefined, weight: number): SearchHit[] {
  if (weight === 0) return hits;
  const scoreOf = new Map(hits.map((hit) => [hit.passageId, hit.score] as const));
  const neighbourScore = (passage: Passage, step: number) => {
    const id = passageId(passage.articleId, passage.n + step);
    const score = scoreOf.get(id);
    return score !== undefined && passageOf(id)?.paragraph === passage.paragraph ? score : 0;
  };
  const raised = hits.map((hit) => {
    const passage = passageOf(hit.passageId);
    return passage ? { ...hit, score: hit.score + weight * Math.max(neighbourScore(passage, -1), neighbourScore(passage, 1)) } : hit;
  });
  return raised.sort((a, b) => b.score - a.score);
}

/**
 * The hits with those in the question's language (`inLanguage`) and those in others merged by coverage: each language's
 * own order is kept, and of the two next in line the one holding the larger share of the question comes first (the
 * higher score on a tie). Scores of two languages' passages do not compare: each comes from its language's BM25
 * statistics, the cross-lingual keys weighted apart, so a five-word headline of another language met through one
 * cognate ("France" for "francés") outscored the story in the question's language that holds twice the question
 * (blind newcomer 25's item 7). Coverage is a share of the question's weight in either language.
 */
export function byLanguageCoverage(hits: SearchHit[], inLanguage: (id: string) => boolean): SearchHit[] {
  const own = hits.filter((hit) => inLanguage(hit.passageId));
  const other = hits.filter((hit) => !inLanguage(hit.passageId));
  if (own.length === 0 || other.length === 0) return hits;
  const merged: SearchHit[] = [];
  let [i, j] = [0, 0];
  while (i < own.length && j < other.length) {
    const [a, b] = [own[i]!, other[j]!];
    if (a.coverage > b.coverage || (a.coverage === b.coverage && a.score >= b.score)) (merged.push(a), i++);
    else (merged.push(b), j++);
  }
  return [...merged, ...own.slice(i), ...other.slice(j)];
}
