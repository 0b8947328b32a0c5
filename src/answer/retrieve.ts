/**
 * Looks a question up and decides whether the articles answer it at all.
 *
 * Confidence rests on coverage: the share of the question's weight (inverse document frequency of
 * its content terms, names counting more) that a passage contains. A question about something the
 * corpus never mentions leaves its rarest words or its names unmatched, and those weigh most. Thresholds were calibrated on XQuAD with a
 * third of the articles held out of the index (docs/EVALUATION.md): each lets through at most 5% of
 * the questions about held-out articles.
 */
import type { Language } from '../corpus/types.js';
import type { QuestionWords } from '../search/analyze.js';
import type { PassageIndex } from '../search/store.js';
import type { RetrievedPassage, Retrieval } from './types.js';

/** Coverage below which a hit is not evidence, by whether the question is in the passage's language. */
const COVERAGE_THRESHOLD = { sameLanguage: 0.469, otherLanguage: 0.322 } as const;

/** Confidence below which a passage is not evidence, and a question whose best hit falls below it is refused. */
export const REFUSAL_LINE = 0.5;

const DEFAULT_LIMIT = 5;

/** The best passages for a question (as text in `language`, or as read once), and whether any is relevant enough to answer from. */
export async function retrieve(index: PassageIndex, question: string | QuestionWords, language: Language, options: { limit?: number } = {}): Promise<Retrieval> {
  const hits = await index.search(question, { limit: options.limit ?? DEFAULT_LIMIT, language });
  const retrieved = hits.flatMap((hit): RetrievedPassage[] => {
    const passage = index.passage(hit.passageId);
    if (!passage) return [];
    const threshold = passage.language === language ? COVERAGE_THRESHOLD.sameLanguage : COVERAGE_THRESHOLD.otherLanguage;
    return [{ passage, score: hit.score, coverage: hit.coverage, confidence: confidenceOf(hit.coverage, threshold) }];
  });
  // Calibrated on the best hit: weaker hits below it do not make a question answerable.
  return { hits: retrieved, refused: (retrieved[0]?.confidence ?? 0) < REFUSAL_LINE };
}

/** Maps coverage onto 0..1 so that the calibrated threshold lands on the refusal line. */
export function confidenceOf(coverage: number, threshold: number): number {
  return coverage < threshold ? (REFUSAL_LINE * coverage) / threshold : REFUSAL_LINE + ((1 - REFUSAL_LINE) * (coverage - threshold)) / (1 - threshold);
}
