/**
 * `npm run eval`: the quality figures the issues ask for, in one run.
 * Answering and refusing on XQuAD and SQuAD-es v2 (the production pipeline, held-out figures beside dev
 * ones), attribution on the hand-annotated quote set, HTML ingestion on real news pages. Passage ranking
 * alone: `npx tsx scripts/eval/retrieval.ts`. The data is read from ../shared/data or $EVAL_DATA_DIR
 * (scripts/eval/data.ts); a section whose data is absent is skipped with a note, and the run still exits 0.
 */
import { evaluateAnswering, formatAnsweringReport } from './eval/answering.js';
import { formatQuotesReport } from './eval/quotes.js';
import { evaluateQuotes } from '../tests/support/quote-scoring.js';
import { evaluateRealQuotes, formatRealQuotesReport } from './eval/quotes-real.js';
import { evaluatePages, formatPagesReport } from './eval/pages.js';
import { EVAL_DATA_DIR, missingEvalData } from './eval/data.js';

/** Each section with the data folder it reads (none for the annotated quotes, which live in tests/fixtures). */
const sections: Array<[string, string | undefined, () => Promise<string>]> = [
  ['Answering and refusing (XQuAD, SQuAD-es v2; production pipeline, 5-fold CV by article)', 'xquad', async () => formatAnsweringReport(await evaluateAnswering())],
  ['Quote attribution (tests/fixtures/quotes)', undefined, async () => formatQuotesReport(await evaluateQuotes())],
  ['Quote attribution on real pages (quotes-real over news-pages)', 'quotes-real', async () => formatRealQuotesReport(await evaluateRealQuotes())],
  ['Real news pages (news-pages)', 'news-pages', async () => formatPagesReport(evaluatePages())],
];

console.log(`Evaluation data: ${EVAL_DATA_DIR}`);
for (const [title, folder, evaluate] of sections) {
  console.log(`\n## ${title}\n`);
  const missing = folder === undefined ? undefined : missingEvalData(folder);
  console.log(missing === undefined ? await evaluate() : `skipped: ${missing}`);
}
