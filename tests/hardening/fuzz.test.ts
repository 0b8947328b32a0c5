/**
 * A short run of `npm run stress`'s fuzzing (tests/support/stress/fuzz.ts): generated hostile input through every
 * command of the real bot process and the fake Discord, and through the console mode's handlers. Nothing
 * may crash or escape a handler, every reply must be one Discord accepts, and no message may ping anyone
 * or turn user text into a link or mention.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/index.js';
import { readSeedBytes } from '../../src/corpus/read.js';
import { readConfig } from '../../src/config.js';
import { openLibrary } from '../../src/library.js';
import { silentLogger } from '../../src/log.js';
import { auditMessages, auditProblems } from '../support/stress/audit.js';
import { startBotRun, type BotRun } from '../support/stress/bot-harness.js';
import { fuzzConsole, fuzzDiscord, type FuzzReport } from '../support/stress/fuzz.js';
import { SEED_ANCHORS } from '../support/stress/seed-questions.js';
import { SEEDS_DIR } from '../support/seed-library.js';

const RUNS = 50;
const SEED = 20240618;

let run: BotRun;
beforeAll(async () => {
  run = await startBotRun();
});
afterAll(() => run.close());

function expectNoFailure(reports: FuzzReport[]): void {
  for (const report of reports) {
    expect(report.counterexample, report.target).toBeUndefined();
    expect(report.inputs, report.target).toBe(RUNS);
  }
}

describe('fuzzed input', () => {
  it(`through the running bot and the fake Discord: ${RUNS} inputs per command, every one answered within Discord's rules`, async () => {
    expectNoFailure(await fuzzDiscord(run, { runs: RUNS, seed: SEED, anchors: SEED_ANCHORS }));
    expect(auditProblems(auditMessages(run.discord))).toEqual([]);
    expect(run.alive()).toBe(true);
    expect(run.escapedErrors()).toEqual([]);
  }, 120_000);

  it(`through the console mode's command handlers: ${RUNS} inputs per command, never an internal error`, async () => {
    const library = await openLibrary(readConfig({ SEEDS_DIR, INDEX_DIR: run.indexDir }), silentLogger);
    expectNoFailure(await fuzzConsole(library, { runs: RUNS, seed: SEED, anchors: SEED_ANCHORS }));
  }, 60_000);
});

describe('hostile HTML seed files', () => {
  const GOOD = Buffer.from(
    '<html><body><article><h1>Abre la biblioteca nueva</h1><p>La biblioteca municipal abrió sus puertas este lunes con más de veinte mil libros y una sala de estudio.</p></article></body></html>',
  );
  const TAGS = ['div', 'b', 'i', 'span', 'p', 'li', 'table', 'td', 'a', 'article', 'section', 'font'];
  const hostilePage = fc.oneof(
    // Deep nesting, closed or left open (the issue-18 crash: ~2,500 unclosed elements in 18 KB).
    fc.record({ tag: fc.constantFrom(...TAGS), depth: fc.integer({ min: 2_500, max: 120_000 }), closed: fc.boolean() }).map(
      ({ tag, depth, closed }) => `<html><body>${`<${tag}>`.repeat(depth)}Texto dentro.${closed ? `</${tag}>`.repeat(depth) : ''}</body></html>`,
    ),
    fc.integer({ min: 100_000, max: 3_000_000 }).map((size) => `<html><body><p title="${'x'.repeat(size)}" data-a='${'"'.repeat(1000)}'>Hola mundo.</p></body></html>`),
    fc.integer({ min: 100_001, max: 1_000_000 }).map((count) => `<html><body><p>${'&amp;&#x1F600;&bogus;'.repeat(Math.ceil(count / 3))}</p></body></html>`),
    fc.integer({ min: 100_001, max: 300_000 }).map((count) => `<html><body>${'<div><a href="/x">Otra</a></div>'.repeat(count / 2)}</body></html>`),
    fc.string({ unit: fc.constantFrom('<', '>', '/', '"', "'", '=', '&', ';', '#', '!', '-', 'a', 'div', 'script', ' ', '\u0000', '\uFFFF'), maxLength: 20_000 }),
  );
  const binary = fc.uint8Array({ minLength: 1, maxLength: 50_000 });

  it('never stop the index: each is skipped with one warning or read, and the good article is still indexed', () => {
    fc.assert(
      fc.property(fc.oneof(hostilePage.map((html) => Buffer.from(html)), binary.map((bytes) => Buffer.from(bytes))), (bytes) => {
        const seeds = [readSeedBytes('hostil.html', bytes), readSeedBytes('buena.html', GOOD)].flatMap((outcome) => ('file' in outcome ? [outcome.file] : []));
        const corpus = buildCorpus(seeds);
        expect(corpus.articles.map((article) => article.id)).toContain('buena');
        expect(corpus.warnings.filter((warning) => warning.file === 'buena.html')).toEqual([]);
      }),
      { numRuns: 25, seed: SEED },
    );
  }, 120_000);
});
