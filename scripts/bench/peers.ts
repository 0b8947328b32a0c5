/**
 * Retrieval quality and speed against the JavaScript search libraries a user could pick instead
 * (issue 8, item 1). One run, the same data for all: every Spanish paragraph of the XQuAD dev set
 * (../shared/data/xquad) is one document; every question is asked in Spanish and in its English
 * original; the gold document is the question's paragraph.
 *
 * Each peer is set up the way its own documentation shows for Spanish text (see `setup` below);
 * Hemeroteca is the real `retrieve()`. Queries are timed interleaved (each question goes to every
 * library in turn) so that a change in the machine's load weighs on all of them alike, and each
 * library's latency is also given as a ratio to Orama with its defaults, measured in the same run.
 *
 * Run alone with `npx tsx scripts/bench/peers.ts`; `npm run bench` calls `runPeerComparison`.
 */
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { Charset, Encoder, Index } from 'flexsearch';
import lunr from 'lunr';
import lunrStemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import lunrSpanish from 'lunr-languages/lunr.es.js';
import { stemmer as snowballSpanish } from '@orama/stemmers/spanish';
import { stopwords as spanishStopWords } from '@orama/stopwords/spanish';
import type { Passage } from '../../src/corpus/types.js';
import { createPassageIndex } from '../../src/search/store.js';
import { retrieve } from '../../src/answer/retrieve.js';
import { measureRanking, plainOrama, spanishTokenizerConfig, type RankingMetrics } from '../eval/retrieval.js';
import { loadXquad, type XquadQuestion } from '../eval/xquad.js';
import { installedVersion } from '../run-report.js';
import { medianAnd95th } from '../../tests/support/stats.js';

/** The ids of the best documents for a question, best first (at most RESULTS). */
type Ranker = (question: XquadQuestion) => Promise<string[]>;

interface Peer {
  name: string;
  /** How it was configured, and which part of its documentation says so. */
  setup: string;
  index(passages: Passage[]): Promise<Ranker>;
}

export interface PeerMeasurement {
  name: string;
  setup: string;
  spanish: RankingMetrics;
  englishToSpanish: RankingMetrics;
  /** Time to build the index from the passages' text. */
  indexMs: number;
  /** One query, Spanish and English questions together. */
  latencyMs: { p50: number; p95: number };
  /** `latencyMs` divided by the baseline's, measured in the same run. */
  latencyRatio: { p50: number; p95: number };
}

export interface PeerReport {
  data: string;
  documents: number;
  questionsPerLanguage: number;
  /** The peer whose latency is 1.0. */
  baseline: string;
  peers: PeerMeasurement[];
  /** Installed version of each library compared. */
  versions: Record<string, string>;
}

// lunr-languages' plugins register themselves on the lunr object, once.
lunrStemmerSupport(lunr);
lunrSpanish(lunr);

const RESULTS = 10;
/** Questions asked of every library before timing starts, so that timings are of warmed-up code. */
const WARM_UP_QUESTIONS = 100;
const BASELINE = 'Orama, defaults';

const foldAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');
const stopWords = new Set(spanishStopWords);
const foldedStopWords = new Set(spanishStopWords.map((word) => foldAccents(word.toLowerCase())));

const PEERS: Peer[] = [
  {
    name: 'Hemeroteca',
    setup: 'retrieve() from src/answer/retrieve.ts: the production index and question analysis, BM25 only (no embeddings, no LLM)',
    async index(passages) {
      const index = await createPassageIndex(passages);
      return async (question) => (await retrieve(index, question.text, question.language, { limit: RESULTS })).hits.map((hit) => hit.passage.id);
    },
  },
  {
    name: BASELINE,
    setup: 'create({ schema: { text: "string" } }) and search({ term }): Orama as installed, nothing configured',
    index: (passages) => plainOrama(passages, {}),
  },
  {
    name: 'Orama, Spanish',
    setup: 'Orama\'s documented language support: tokenizer { language: "spanish", stemmer: @orama/stemmers/spanish, stopWords: @orama/stopwords/spanish }',
    index: async (passages) => plainOrama(passages, await spanishTokenizerConfig()),
  },
  {
    name: 'MiniSearch',
    setup:
      'README "Term processing": processTerm lower-cases, drops Spanish stop words (@orama/stopwords), stems (Snowball Spanish, @orama/stemmers) and folds accents; ' +
      'the same processing for queries (the default); default search options (any term, BM25+)',
    async index(passages) {
      const processTerm = (term: string): string | null => {
        const word = term.toLowerCase();
        // Snowball expects accented words, so accents are folded after stemming.
        return stopWords.has(word) ? null : foldAccents(snowballSpanish(word));
      };
      const search = new MiniSearch<{ id: string; text: string }>({ fields: ['text'], processTerm });
      search.addAll(passages.map(({ id, text }) => ({ id, text })));
      return async (question) => search.search(question.text).slice(0, RESULTS).map((result) => String(result.id));
    },
  },
  {
    name: 'FlexSearch',
    setup:
      'FlexSearch ships no Spanish language pack (only en, de, fr); doc/encoder.md: an Encoder on Charset.Normalize (accent folding) with a filter of Spanish stop words ' +
      'and a finalize stage that stems (Snowball Spanish), as the language packs do with their filter and stemmer; default index options; search with suggest: true ' +
      '(without it every query term must match, and 10% of questions find anything)',
    async index(passages) {
      const encoder = new Encoder(Charset.Normalize).assign({ filter: foldedStopWords, finalize: (terms) => terms.map((term) => snowballSpanish(term)) });
      const index = new Index({ encoder });
      passages.forEach((passage, position) => index.add(position, passage.text));
      return async (question) => index.search(question.text, { limit: RESULTS, suggest: true }).map((position) => passages[Number(position)]!.id);
    },
  },
  {
    name: 'lunr + lunr-languages',
    setup:
      'lunr-languages README: lunr.stemmer.support and lunr.es loaded, this.use(lunr.es) (Spanish trimmer, stop words, stemmer); idx.search(question). ' +
      'A question lunr cannot parse as its query syntax counts as finding nothing',
    async index(passages) {
      const index = lunr(function () {
        this.use(lunr.es);
        this.ref('id');
        this.field('text');
        for (const { id, text } of passages) this.add({ id, text });
      });
      return async (question) => {
        try {
          return index.search(question.text).slice(0, RESULTS).map((result) => result.ref);
        } catch (error) {
          if (error instanceof lunr.QueryParseError) return [];
          throw error;
        }
      };
    },
  },
];

const LIBRARIES = ['@orama/orama', 'minisearch', 'flexsearch', 'lunr', 'lunr-languages'];

export async function runPeerComparison(): Promise<PeerReport> {
  const { passages, questions } = await loadXquad();
  const indexed = [];
  for (const peer of PEERS) {
    const started = performance.now();
    const rank = await peer.index(passages);
    indexed.push({ peer, rank, indexMs: performance.now() - started });
  }
  for (const question of questions.slice(0, WARM_UP_QUESTIONS)) for (const { rank } of indexed) await rank(question);

  const rankings = indexed.map(() => new Map<XquadQuestion, string[]>());
  const latencies = indexed.map((): number[] => []);
  for (const question of questions) {
    for (const [position, { rank }] of indexed.entries()) {
      const started = performance.now();
      rankings[position]!.set(question, await rank(question));
      latencies[position]!.push(performance.now() - started);
    }
  }

  const inLanguage = (language: XquadQuestion['language']) => questions.filter((question) => question.language === language);
  const baseline = latencies[indexed.findIndex(({ peer }) => peer.name === BASELINE)]!;
  const baselineMs = medianAnd95th(baseline);
  const peers: PeerMeasurement[] = [];
  for (const [position, { peer, indexMs }] of indexed.entries()) {
    const rankedBefore = async (question: XquadQuestion) => rankings[position]!.get(question) ?? [];
    const latencyMs = medianAnd95th(latencies[position]!);
    peers.push({
      name: peer.name,
      setup: peer.setup,
      spanish: await measureRanking(inLanguage('es'), rankedBefore),
      englishToSpanish: await measureRanking(inLanguage('en'), rankedBefore),
      indexMs,
      latencyMs,
      latencyRatio: { p50: latencyMs.p50 / baselineMs.p50, p95: latencyMs.p95 / baselineMs.p95 },
    });
  }
  return {
    data: 'XQuAD dev, Spanish paragraphs (../shared/data/xquad/xquad.es.dev.json)',
    documents: passages.length,
    questionsPerLanguage: inLanguage('es').length,
    baseline: BASELINE,
    peers,
    versions: Object.fromEntries(await Promise.all(LIBRARIES.map(async (name) => [name, await installedVersion(name)] as const))),
  };
}

export function formatPeerReport(report: PeerReport): string {
  const ms = (value: number) => value.toFixed(2);
  const ratio = (value: number) => `${value.toFixed(2)}×`;
  const rows = report.peers.map(
    ({ name, spanish, englishToSpanish, latencyMs, latencyRatio, indexMs }) =>
      `| ${name} | ${fixed(spanish.recallAt1)} | ${fixed(spanish.recallAt5)} | ${fixed(spanish.mrrAt10)} | ` +
      `${fixed(englishToSpanish.recallAt1)} | ${fixed(englishToSpanish.recallAt5)} | ${fixed(englishToSpanish.mrrAt10)} | ` +
      `${ms(latencyMs.p50)} (${ratio(latencyRatio.p50)}) | ${ms(latencyMs.p95)} (${ratio(latencyRatio.p95)}) | ${Math.round(indexMs)} |`,
  );
  return [
    `${report.data}: ${report.documents} documents, ${report.questionsPerLanguage} questions in Spanish and the same in English.`,
    `Latency is one query (Spanish and English questions together), and in brackets its ratio to ${report.baseline} in the same run.`,
    '',
    '| library | es R@1 | es R@5 | es MRR@10 | en→es R@1 | en→es R@5 | en→es MRR@10 | query p50 ms | query p95 ms | index ms |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    'Set-up of each library:',
    '',
    ...report.peers.map(({ name, setup }) => `- ${name}: ${setup}.`),
    '',
    `Versions: ${Object.entries(report.versions).map(([name, version]) => `${name} ${version}`).join(', ')}.`,
  ].join('\n');
}

const fixed = (value: number) => value.toFixed(3);

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(formatPeerReport(await runPeerComparison()));
}
