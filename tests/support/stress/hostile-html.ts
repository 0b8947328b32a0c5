/**
 * Hostile seed files (issue 18): generated HTML a broken or malicious page could be (deep nesting,
 * closed or left open, as in the 2,500-element page that used to stop the index; huge attributes;
 * entity floods; hundreds of thousands of elements; tag soup with NULs) and binary bytes, each read
 * beside a good article through the same steps as a seed file (decode, reduce, clean, describe,
 * split, quotes). Nothing may throw, and the good article must always be indexed, with no warning.
 */
import fc from 'fast-check';
import { buildCorpus } from '../../../src/corpus/index.js';
import { readSeedBytes } from '../../../src/corpus/read.js';
import { summarise, type TimeSummary } from '../stats.js';

const GOOD = Buffer.from(
  '<html><body><article><h1>Abre la biblioteca nueva</h1><p>La biblioteca municipal abrió sus puertas este lunes con más de veinte mil libros y una sala de estudio.</p></article></body></html>',
);
const TAGS = ['div', 'b', 'i', 'span', 'p', 'li', 'table', 'td', 'a', 'article', 'section', 'font'];

const hostilePage = fc.oneof(
  // Deep nesting, closed or left open (the issue-18 crash: ~2,500 unclosed elements in 18 KB).
  fc
    .record({ tag: fc.constantFrom(...TAGS), depth: fc.integer({ min: 2_500, max: 120_000 }), closed: fc.boolean() })
    .map(({ tag, depth, closed }) => `<html><body>${`<${tag}>`.repeat(depth)}Texto dentro.${closed ? `</${tag}>`.repeat(depth) : ''}</body></html>`),
  fc.integer({ min: 100_000, max: 3_000_000 }).map((size) => `<html><body><p title="${'x'.repeat(size)}" data-a='${'"'.repeat(1000)}'>Hola mundo.</p></body></html>`),
  fc.integer({ min: 100_001, max: 1_000_000 }).map((count) => `<html><body><p>${'&amp;&#x1F600;&bogus;'.repeat(Math.ceil(count / 3))}</p></body></html>`),
  fc.integer({ min: 100_001, max: 300_000 }).map((count) => `<html><body>${'<div><a href="/x">Otra</a></div>'.repeat(count / 2)}</body></html>`),
  fc.string({ unit: fc.constantFrom('<', '>', '/', '"', "'", '=', '&', ';', '#', '!', '-', 'a', 'div', 'script', ' ', '\u0000', '\uFFFF'), maxLength: 20_000 }),
);

/** Hostile pages and binary bytes, as files. */
export const hostileSeedFile: fc.Arbitrary<Buffer> = fc.oneof(
  hostilePage.map((html) => Buffer.from(html)),
  fc.uint8Array({ minLength: 1, maxLength: 50_000 }).map((bytes) => Buffer.from(bytes)),
);

export interface HostileSeedReport {
  inputs: number;
  /** Files read into an article, and files skipped with a warning. */
  read: number;
  skipped: number;
  /** Exceptions out of reading or building: each would have stopped the index. */
  crashes: string[];
  /** Runs where the good article beside the hostile file was missing or warned about. */
  goodArticleLost: number;
  /** Time to read and build the pair, ms. */
  ms: TimeSummary;
}

/** Reads `runs` generated hostile files, each beside the good article, and says what became of them. */
export function hostileSeeds({ runs, seed }: { runs: number; seed: number }): HostileSeedReport {
  const report: Omit<HostileSeedReport, 'ms'> = { inputs: 0, read: 0, skipped: 0, crashes: [], goodArticleLost: 0 };
  const times: number[] = [];
  for (const bytes of fc.sample(hostileSeedFile, { numRuns: runs, seed })) {
    report.inputs++;
    const started = performance.now();
    try {
      const outcomes = [readSeedBytes('hostil.html', bytes), readSeedBytes('buena.html', GOOD)];
      const corpus = buildCorpus(outcomes.flatMap((outcome) => ('file' in outcome ? [outcome.file] : [])));
      if (corpus.articles.some((article) => article.id === 'hostil')) report.read++;
      else report.skipped++;
      const good = corpus.articles.some((article) => article.id === 'buena') && !corpus.warnings.some((warning) => warning.file === 'buena.html');
      if (!good) report.goodArticleLost++;
    } catch (error) {
      report.crashes.push(error instanceof Error ? error.message : String(error));
    }
    times.push(performance.now() - started);
  }
  return { ...report, ms: summarise(times) };
}
