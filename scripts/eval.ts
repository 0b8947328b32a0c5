/**
 * `npm run eval`: the quality figures the issues ask for, in one run.
 * Retrieval and answers on XQuAD (../shared/data/xquad), attribution on the hand-annotated quote set,
 * HTML ingestion on real news pages (../shared/data/news-pages).
 */
import { evaluateRetrieval, formatRetrievalReport } from './eval/retrieval.js';
import { evaluateAnswers, formatAnswersReport } from './eval/answers.js';
import { formatQuotesReport } from './eval/quotes.js';
import { evaluateQuotes } from '../tests/support/quote-scoring.js';
import { evaluatePages, formatPagesReport } from './eval/pages.js';

const sections: Array<[string, () => Promise<string>]> = [
  ['Retrieval (XQuAD)', async () => formatRetrievalReport(await evaluateRetrieval())],
  ['Extractive answers (XQuAD token F1)', async () => formatAnswersReport(await evaluateAnswers())],
  ['Quote attribution (tests/fixtures/quotes)', async () => formatQuotesReport(await evaluateQuotes())],
  ['Real news pages (../shared/data/news-pages)', async () => formatPagesReport(evaluatePages())],
];

for (const [title, evaluate] of sections) {
  console.log(`\n## ${title}\n`);
  console.log(await evaluate());
}
