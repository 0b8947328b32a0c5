/**
 * Passage retrieval on XQuAD (../shared/data/xquad): every Spanish paragraph is one passage; every
 * Spanish question, and its English original, is asked; the gold passage is the question's paragraph.
 * Run alone with `npx tsx scripts/eval/retrieval.ts`, or as part of `npm run eval`.
 */
import { fileURLToPath } from 'node:url';
import { create, insertMultiple, search } from '@orama/orama';
import type { Language, Passage } from '../../src/corpus/types.js';
import { foldAccents } from '../../src/text/words.js';
import { createPassageIndex, type PassageIndex } from '../../src/search/store.js';
import { retrieve } from '../../src/answer/retrieve.js';
import { medianAnd95th } from '../../tests/support/stats.js';
import { loadXquad, type XquadQuestion as Question } from './xquad.js';

/** Every HELD_OUT_EVERY-th article is left out of the index to make out-of-corpus questions. */
const HELD_OUT_EVERY = 3;

export interface RankingMetrics {
  questions: number;
  recallAt1: number;
  recallAt5: number;
  mrrAt10: number;
}

export interface RefusalMetrics {
  inCorpus: number;
  outOfCorpus: number;
  /** Share of questions whose paragraph is indexed that were refused. */
  inCorpusRefused: number;
  /** Share of questions about held-out articles that got an answer. */
  outOfCorpusAnswered: number;
}

export interface RetrievalReport {
  passages: number;
  spanish: RankingMetrics;
  /** The Spanish questions lower-cased and stripped of accents, as people often type them. */
  spanishWithoutAccents: RankingMetrics;
  englishToSpanish: { bm25Only: RankingMetrics; withCrossLingualKeys: RankingMetrics; withEmbeddings: string };
  baselines: { oramaDefaults: RankingMetrics; oramaSpanishStemmerAndStopWords: RankingMetrics };
  /** Time of one `retrieve` call (analysis, search, confidence) on the full index. */
  latencyMs: { p50: number; p95: number };
  refusal: Record<Language, RefusalMetrics>;
}

export async function evaluateRetrieval(): Promise<RetrievalReport> {
  const { passages, questions } = await loadXquad();
  const spanish = questions.filter((question) => question.language === 'es');
  const english = questions.filter((question) => question.language === 'en');

  const index = await createPassageIndex(passages);
  const withoutKeys = await createPassageIndex(passages, { crossLingualKeys: false });
  const latencies: number[] = [];
  const timedRetrieve = async (question: Question) => {
    const started = performance.now();
    const { hits } = await retrieve(index, question.text, question.language, { limit: 10 });
    latencies.push(performance.now() - started);
    return hits.map((hit) => hit.passage.id);
  };
  const rankWith = (target: PassageIndex) => async (question: Question) =>
    (await target.search(question.text, { limit: 10, language: question.language })).map((hit) => hit.passageId);

  return {
    passages: passages.length,
    spanish: await measureRanking(spanish, timedRetrieve),
    spanishWithoutAccents: await measureRanking(spanish.map((question) => ({ ...question, text: foldAccents(question.text) })), rankWith(index)),
    englishToSpanish: {
      bm25Only: await measureRanking(english, rankWith(withoutKeys)),
      withCrossLingualKeys: await measureRanking(english, timedRetrieve),
      withEmbeddings: 'not run: no local embedding model here (EMBEDDINGS_PROVIDER=transformers needs @huggingface/transformers and a downloaded model)',
    },
    baselines: {
      oramaDefaults: await measureRanking(spanish, await plainOrama(passages, {})),
      oramaSpanishStemmerAndStopWords: await measureRanking(spanish, await plainOrama(passages, await spanishTokenizerConfig())),
    },
    latencyMs: medianAnd95th(latencies),
    refusal: await measureRefusal(passages, questions),
  };
}

export async function measureRanking(questions: Question[], rank: (question: Question) => Promise<string[]>): Promise<RankingMetrics> {
  let top1 = 0;
  let top5 = 0;
  let reciprocalRanks = 0;
  for (const question of questions) {
    const position = (await rank(question)).slice(0, 10).indexOf(question.goldPassageId);
    if (position === 0) top1++;
    if (position >= 0 && position < 5) top5++;
    if (position >= 0) reciprocalRanks += 1 / (position + 1);
  }
  const share = (count: number) => count / questions.length;
  return { questions: questions.length, recallAt1: share(top1), recallAt5: share(top5), mrrAt10: share(reciprocalRanks) };
}

/** Each third of the articles is held out in turn; the rates are pooled over the three runs. */
async function measureRefusal(passages: Passage[], questions: Question[]): Promise<Record<Language, RefusalMetrics>> {
  const counts = { es: { inCorpus: 0, outOfCorpus: 0, refusedIn: 0, answeredOut: 0 }, en: { inCorpus: 0, outOfCorpus: 0, refusedIn: 0, answeredOut: 0 } };
  for (let fold = 0; fold < HELD_OUT_EVERY; fold++) {
    const isHeldOut = (articleIndex: number) => articleIndex % HELD_OUT_EVERY === fold;
    const index = await createPassageIndex(passages.filter((passage) => !isHeldOut(Number(passage.articleId.split('-')[1]))));
    for (const question of questions) {
      const { refused } = await retrieve(index, question.text, question.language);
      const count = counts[question.language];
      if (isHeldOut(question.articleIndex)) {
        count.outOfCorpus++;
        if (!refused) count.answeredOut++;
      } else {
        count.inCorpus++;
        if (refused) count.refusedIn++;
      }
    }
  }
  const rates = ({ inCorpus, outOfCorpus, refusedIn, answeredOut }: (typeof counts)['es']): RefusalMetrics => ({
    inCorpus,
    outOfCorpus,
    inCorpusRefused: refusedIn / inCorpus,
    outOfCorpusAnswered: answeredOut / outOfCorpus,
  });
  return { es: rates(counts.es), en: rates(counts.en) };
}

export type TokenizerConfig = { language?: string; stemmer?: (word: string) => string; stopWords?: string[] };

export async function spanishTokenizerConfig(): Promise<TokenizerConfig> {
  const [{ stemmer }, { stopwords }] = await Promise.all([import('@orama/stemmers/spanish'), import('@orama/stopwords/spanish')]);
  return { language: 'spanish', stemmer, stopWords: stopwords };
}

/** Orama used the way its documentation shows, for the baseline lines. */
export async function plainOrama(passages: Passage[], tokenizer: TokenizerConfig): Promise<(question: Question) => Promise<string[]>> {
  const db = create({ schema: { text: 'string' }, components: { tokenizer } });
  await insertMultiple(db, passages.map(({ id, text }) => ({ id, text })));
  return async (question) => (await search(db, { term: question.text, limit: 10 })).hits.map((hit) => hit.id);
}

export function formatRetrievalReport(report: RetrievalReport): string {
  const ranking = (label: string, metrics: RankingMetrics) =>
    `| ${label} | ${metrics.questions} | ${fixed(metrics.recallAt1)} | ${fixed(metrics.recallAt5)} | ${fixed(metrics.mrrAt10)} |`;
  const refusal = (label: string, metrics: RefusalMetrics) =>
    `| ${label} | ${percent(metrics.inCorpusRefused)} of ${metrics.inCorpus} | ${percent(metrics.outOfCorpusAnswered)} of ${metrics.outOfCorpus} |`;
  return [
    `${report.passages} Spanish paragraphs indexed, one passage each.`,
    '',
    '| questions | n | Recall@1 | Recall@5 | MRR@10 |',
    '| --- | --- | --- | --- | --- |',
    ranking('Spanish (BM25 only: stemmed text + keys at weight 0.75, proximity re-ranking, no embeddings)', report.spanish),
    ranking('Spanish, typed without accents', report.spanishWithoutAccents),
    ranking('English → Spanish, BM25 only', report.englishToSpanish.bm25Only),
    ranking('English → Spanish, BM25 + cross-lingual keys (offline)', report.englishToSpanish.withCrossLingualKeys),
    ranking('baseline: Orama defaults (Spanish questions)', report.baselines.oramaDefaults),
    ranking('baseline: Orama + Spanish stemmer and stop words', report.baselines.oramaSpanishStemmerAndStopWords),
    '',
    `English → Spanish with embeddings: ${report.englishToSpanish.withEmbeddings}.`,
    `Retrieval time per question (retrieve(), full index): p50 ${report.latencyMs.p50.toFixed(2)} ms, p95 ${report.latencyMs.p95.toFixed(2)} ms.`,
    '',
    `Refusal (each third of the articles held out in turn):`,
    '',
    '| questions | in-corpus wrongly refused | out-of-corpus wrongly answered |',
    '| --- | --- | --- |',
    refusal('Spanish', report.refusal.es),
    refusal('English (over Spanish passages)', report.refusal.en),
  ].join('\n');
}

const fixed = (value: number) => value.toFixed(3);
const percent = (value: number) => `${(100 * value).toFixed(1)}%`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(formatRetrievalReport(await evaluateRetrieval()));
}
