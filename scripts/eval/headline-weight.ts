/**
 * `npx tsx scripts/eval/headline-weight.ts`: chooses SENTENCE_WEIGHTS.headline (src/answer/select.ts), the weight of the
 * share of the question its story's headline holds in a sentence's score, by cross-validation grouped by article
 * (choose-by-folds.ts): answerable Spanish questions of XQuAD and SQuAD-es v2, gold paragraph cited first, the other
 * weights as shipped. Only weights that keep choose-by-folds.ts's REQUIRED case answered are eligible.
 */
import { SENTENCE_WEIGHTS } from '../../src/answer/select.js';
import { goldRows, keepsRequired, reportChoice } from './choose-by-folds.js';

/** The weights tried; 0 leaves the headline out. */
const CANDIDATES = [0, 0.25, 0.5, 1, 1.5, 2];

const settings = CANDIDATES.map((headline) => ({ sentenceWeights: { ...SENTENCE_WEIGHTS, headline } }));
const eligible = new Set<number>();
for (const [i, setting] of settings.entries()) if (await keepsRequired(setting)) eligible.add(i);
console.log(`${eligible.size} of ${CANDIDATES.length} weights keep the required case: ${CANDIDATES.filter((_, i) => eligible.has(i)).join(' ')}`);
const rows = await goldRows(settings);
reportChoice(rows, eligible, (i) => String(CANDIDATES[i]), CANDIDATES.indexOf(SENTENCE_WEIGHTS.headline));
