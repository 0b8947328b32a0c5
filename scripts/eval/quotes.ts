/**
 * Attribution quality of the quote extractor on the hand-annotated set in tests/fixtures/quotes, as a
 * report (the scoring itself is in tests/support/quote-scoring.ts, shared with the test that holds it to
 * its targets).
 *
 * Run alone: `npx tsx scripts/eval/quotes.ts`.
 */
import { pathToFileURL } from 'node:url';
import { evaluateQuotes, type QuotesReport } from '../../tests/support/quote-scoring.js';

/** The report as plain lines: figures first, then each misattributed, spurious and missed statement. */
export function formatQuotesReport(report: QuotesReport): string {
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  const lines = [
    `${report.articles} articles, ${report.annotated} annotated statements (${report.attributable} with a known speaker)`,
    `precision ${percent(report.precision)} (${report.correct}/${report.predicted} attributed predictions correct)`,
    `recall    ${percent(report.recall)} (${report.found}/${report.attributable} annotated statements found with the right speaker)`,
    `via agrees on ${report.viaAgreement}/${report.correct} correct statements`,
    `misattributions: ${report.misattributions.length}`,
    ...report.misattributions.map((m) => `  - [${m.articleId}] "${m.text}" → ${m.predicted} (annotated: ${m.annotated ?? 'nobody'})`),
    `spurious: ${report.spurious.length}`,
    ...report.spurious.map((s) => `  - [${s.articleId}] "${s.text}" → ${s.speaker}`),
    `missed: ${report.missed.length}`,
    ...report.missed.map((m) => `  - [${m.articleId}] ${m.speaker}: "${m.text}"`),
  ];
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatQuotesReport(await evaluateQuotes()));
}
