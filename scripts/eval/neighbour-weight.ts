/**
 * `npx tsx scripts/eval/neighbour-weight.ts`: chooses NEIGHBOUR_WEIGHT (src/answer/retrieve.ts), the share of its
 * paragraph neighbours' score a passage gains in retrieval, by cross-validation grouped by article (choose-by-folds.ts):
 * answerable Spanish questions of XQuAD and SQuAD-es v2, gold paragraph cited first. Only weights that keep
 * choose-by-folds.ts's REQUIRED case answered are eligible.
 */
import { NEIGHBOUR_WEIGHT } from '../../src/answer/retrieve.js';
import { goldRows, keepsRequired, reportChoice } from './choose-by-folds.js';

/** The weights tried; 0 is retrieval without neighbours. */
const CANDIDATES = [0, 0.1, 0.2, 0.3, 0.4, 0.6];

const eligible = new Set<number>();
for (const [i, neighbourWeight] of CANDIDATES.entries()) if (await keepsRequired({ neighbourWeight })) eligible.add(i);
console.log(`${eligible.size} of ${CANDIDATES.length} weights keep the required case: ${CANDIDATES.filter((_, i) => eligible.has(i)).join(' ')}`);
const rows = await goldRows(CANDIDATES.map((neighbourWeight) => ({ neighbourWeight })));
reportChoice(rows, eligible, (i) => String(CANDIDATES[i]), CANDIDATES.indexOf(NEIGHBOUR_WEIGHT));
