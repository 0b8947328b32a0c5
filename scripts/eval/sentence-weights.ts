/**
 * `npx tsx scripts/eval/sentence-weights.ts`: chooses SENTENCE_WEIGHTS (src/answer/select.ts), how a
 * sentence's score weighs the sentence before it, its passage's retrieval score and a missing kind of
 * answer, by cross-validation grouped by article. Questions: the answerable Spanish ones of XQuAD and
 * SQuAD-es v2, each asked through the production path (assessQuestion) against its whole data set.
 * Only weights that keep choose-by-folds.ts's REQUIRED case answered are eligible. For each group of articles the eligible weights
 * with the most gold paragraphs cited first on the other
 * groups' questions are applied to the group's own (held-out); dev is those weights on the other groups.
 */
import { SENTENCE_WEIGHTS, type SentenceWeights } from '../../src/answer/select.js';
import { goldRate, goldRows, keepsRequired, reportChoice } from './choose-by-folds.js';

/** The weights tried. */
const CANDIDATES: SentenceWeights[] = [0.5, 0.75, 1].flatMap((context) =>
  [0.3, 0.5, 0.75, 1].flatMap((retrieval) => [0.7, 0.8, 0.9, 1].map((withoutType) => ({ context, retrieval, headline: SENTENCE_WEIGHTS.headline, withoutType }))),
);

const eligible = new Set<number>();
for (const [i, weights] of CANDIDATES.entries()) if (await keepsRequired({ sentenceWeights: weights })) eligible.add(i);
console.log(`${eligible.size} of ${CANDIDATES.length} weights keep the required case; the others are not chosen`);
console.log(CANDIDATES.filter((_, i) => eligible.has(i)).map((weights) => JSON.stringify(weights)).join(' '));
if (process.env.ELIGIBLE_ONLY) process.exit(0);

const rows = await goldRows(CANDIDATES.map((sentenceWeights) => ({ sentenceWeights })));
const named = (i: number) => JSON.stringify(CANDIDATES[i]);
const unconstrained = CANDIDATES.reduce((chosen, _, i) => (goldRate(rows, i) > goldRate(rows, chosen) ? i : chosen), 0);
console.log(`without the requirement the best would be ${named(unconstrained)}: ${goldRate(rows, unconstrained).toFixed(3)}`);
reportChoice(rows, eligible, named, CANDIDATES.findIndex((weights) => JSON.stringify(weights) === JSON.stringify(SENTENCE_WEIGHTS)));
