/**
 * HTML ingestion on a third set of real news pages nobody here chose: the fixtures of Postlight's Mercury
 * parser, as published in @postlight/mercury-parser 1.1.1 (the only version whose npm tarball ships them):
 * about a hundred pages saved from some ninety sites (Bloomberg, the New York Times, CNN, Reuters, the
 * Guardian, Radio-Canada, Qdaily…), each with the values its own tests expect (src/extractors/custom/<host>/
 * index.test.js): title, author, date_published and the story's first 13 words (`first13`). Scored: title
 * (equal after folding case, accents and punctuation), author (the same set of names), date (the expected
 * instant's calendar date in some time zone from UTC−12 to UTC+14: Mercury gives a UTC instant, Hemeroteca
 * the date where the story was published), the opening (its letters and digits found in the article's text),
 * and pages skipped. The set names no language.
 *
 * Pages are split by site into two halves by a hash of the host name: rules are developed on `dev` only;
 * `held-out` is run to report, and `--list` prints the misses of dev pages only.
 * Run alone: `npx tsx scripts/eval/mercury-pages.ts [--list]` (the package is fetched with `npm pack` into the
 * temporary folder; $MERCURY_FIXTURES may name its unpacked root instead; skipped with a note offline).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildArticle } from '../../src/corpus/index.js';
import { readSeedBytes } from '../../src/corpus/read.js';
import { npmFixturesFolder } from './npm-fixtures.js';
import { authorKey, foldText } from './pages.js';

const PACKAGE = '@postlight/mercury-parser@1.1.1';
const FIELDS = ['title', 'author', 'date', 'opening'] as const;
type Field = (typeof FIELDS)[number];
/** The hours a local clock may be ahead of or behind UTC: the range of the date an instant can have somewhere. */
const ZONES_HOURS = { behind: 12, ahead: 14 };

/** One page and what Mercury's tests expect of it; an expected null means the page has no such value. */
interface Case {
  host: string;
  page: string;
  expected: Partial<Record<Field, string | null>>;
}

interface PageResult {
  host: string;
  page: string;
  half: 'dev' | 'held-out';
  skipped: string | null;
  fields: Partial<Record<Field, { right: boolean; got: string | null; want: string | null }>>;
}

/** Where the unpacked package is: fetched into the temporary folder the first time. */
export function mercuryFolder(): { dir: string } | { missing: string } {
  return npmFixturesFolder({ spec: PACKAGE, folder: '', variable: 'MERCURY_FIXTURES' });
}

/** The value of a JavaScript string literal as the tests write it ('…', "…" or `…` without substitutions). */
function literalValue(literal: string): string | null {
  if (literal === 'null') return null;
  const body = literal.slice(1, -1);
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[\s\S])/g, (_, escape: string) => {
    if (escape.startsWith('u{')) return String.fromCodePoint(parseInt(escape.slice(2, -1), 16));
    if (/^[ux][0-9a-fA-F]/.test(escape)) return String.fromCharCode(parseInt(escape.slice(1), 16));
    return { n: '\n', t: '\t', r: '\r' }[escape] ?? escape;
  });
}

const FIXTURE_READ = /readFileSync\(\s*(['"`])\.\/(fixtures\/[^'"`]+)\1/g;
const ASSERTION = /assert\.equal\(\s*(title|author|date_published|first13)\s*,\s*(null|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`[^`$\\]*`)\s*,?\s*\)/g;
const FIELD_OF: Record<string, Field> = { title: 'title', author: 'author', date_published: 'date', first13: 'opening' };

/** Every page a custom extractor's test reads, with the values asserted after it is read and before the next. */
export function mercuryCases(root: string): Case[] {
  const customDir = join(root, 'src', 'extractors', 'custom');
  const cases: Case[] = [];
  for (const host of readdirSync(customDir).sort()) {
    const testFile = join(customDir, host, 'index.test.js');
    if (!existsSync(testFile)) continue;
    const source = readFileSync(testFile, 'utf8');
    const reads = [...source.matchAll(FIXTURE_READ)];
    reads.forEach((read, index) => {
      const segment = source.slice(read.index, reads[index + 1]?.index ?? source.length);
      const expected: Case['expected'] = {};
      for (const [, name, literal] of segment.matchAll(ASSERTION)) {
        const field = FIELD_OF[name!]!;
        if (!(field in expected)) expected[field] = literalValue(literal!);
      }
      const page = read[2]!;
      if (Object.keys(expected).length && existsSync(join(root, page)) && !cases.some((known) => known.page === page)) cases.push({ host, page, expected });
    });
  }
  return cases;
}

/** The half a site falls in: FNV-1a of its host name, odd or even (every set fetched from the registry is split so). */
export function halfOf(host: string): 'dev' | 'held-out' {
  let hash = 0x811c9dc5;
  for (const char of host) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash % 2 === 0 ? 'dev' : 'held-out';
}

/** Whether `date` (YYYY-MM-DD) is the calendar date of `instant` in some time zone. */
function dateOfInstant(date: string | null, instant: string): boolean {
  const at = Date.parse(instant);
  if (!date || Number.isNaN(at)) return false;
  const day = (offsetHours: number) => new Date(at + offsetHours * 3_600_000).toISOString().slice(0, 10);
  return date >= day(-ZONES_HOURS.behind) && date <= day(ZONES_HOURS.ahead);
}

/**
 * The page as it was served, as far as it can be had back: Mercury saved its fixtures after its own
 * normalisation, which renamed every <meta> tag's `content` to `value` (and `property` to `name`, which
 * readers of meta tags take alike). Its removal of scripts (JSON-LD with them), styles and forms cannot be undone.
 */
function withMetaContent(html: string): string {
  return html.replace(/<meta\b[^>]*>/giu, (tag) => (/\scontent\s*=/iu.test(tag) ? tag : tag.replace(/(\s)value(\s*=)/iu, '$1content$2')));
}

/** Letters and digits only: Mercury's excerpt joins block elements' text without spaces. */
function lettersOf(text: string): string {
  return foldText(text).replace(/ /g, '');
}

function isRight(field: Field, got: string | null, want: string | null, text: string): boolean {
  if (field === 'opening') return want !== null && lettersOf(text).includes(lettersOf(want));
  if (want === null || got === null) return want === got;
  if (field === 'date') return dateOfInstant(got, want);
  if (field === 'author') return authorKey(got) === authorKey(want);
  return foldText(got) === foldText(want);
}

/** Every case read as a seed file (named after its host and fixture) and scored against its expectations. */
export function evaluateMercuryPages(root: string): PageResult[] {
  return mercuryCases(root).map(({ host, page, expected }) => {
    const outcome = readSeedBytes(`${host}-${basename(page)}`, Buffer.from(withMetaContent(readFileSync(join(root, page), 'latin1')), 'latin1'));
    const article = 'file' in outcome ? buildArticle(outcome.file) : null;
    const result: PageResult = { host, page, half: halfOf(host), skipped: 'warning' in outcome ? outcome.warning.message : article ? null : 'no article text was found in it', fields: {} };
    for (const field of FIELDS) {
      if (!(field in expected)) continue;
      const want = expected[field] ?? null;
      const got = field === 'opening' ? null : (article?.[field] ?? null);
      result.fields[field] = { right: isRight(field, got, want, article?.text ?? ''), got: field === 'opening' ? (article?.text.slice(0, 100) ?? null) : got, want };
    }
    return result;
  });
}

function summaryLine(label: string, results: PageResult[]): string {
  const counts = FIELDS.map((field) => {
    const scored = results.flatMap((result) => result.fields[field] ?? []);
    return `${field} ${scored.filter((entry) => entry.right).length}/${scored.length}`;
  });
  return `${label.padEnd(9)} ${String(results.length).padStart(3)} pages: ${counts.join('; ')}; skipped ${results.filter((result) => result.skipped).length}`;
}

/** The report: counts per field for all pages, dev and held-out; with `list`, every miss of a dev page. */
export function formatMercuryPagesReport(results: PageResult[], list = false): string {
  const dev = results.filter((result) => result.half === 'dev');
  const lines = [
    `${PACKAGE} fixtures, ${new Set(results.map((result) => result.host)).size} sites`,
    summaryLine('all', results),
    summaryLine('dev', dev),
    summaryLine('held-out', results.filter((result) => result.half === 'held-out')),
  ];
  if (list) {
    for (const result of dev) {
      if (result.skipped) lines.push(`${result.page}: skipped (${result.skipped})`);
      for (const [field, entry] of Object.entries(result.fields)) {
        if (!entry.right) lines.push(`${result.page}: ${field} ${JSON.stringify(entry.got)}, expected ${JSON.stringify(entry.want)}`);
      }
    }
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const folder = mercuryFolder();
  console.log('dir' in folder ? formatMercuryPagesReport(evaluateMercuryPages(folder.dir), process.argv.includes('--list')) : `skipped: ${folder.missing}`);
}
