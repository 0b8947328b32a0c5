/**
 * Extractive answers on XQuAD (../shared/data/xquad): every Spanish paragraph is indexed as one
 * passage; every question (in Spanish, and its English original) goes through answerQuestion, and
 * its answer is compared with the gold answers by SQuAD-style token F1.
 * Run alone with `npx tsx scripts/eval/answers.ts`, or as part of `npm run eval`.
 */
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../../src/corpus/sentences.js';
import type { Article, Language, Passage } from '../../src/corpus/types.js';
import { createPassageIndex, type PassageIndex } from '../../src/search/store.js';
import { answerQuestion, type AnswerInput } from '../../src/answer/ask.js';
import { CITATIONS_PER_ANSWER } from '../../src/present/answer-lines.js';
import type { AskResult } from '../../src/answer/types.js';
import { medianAnd95th } from '../../tests/support/stats.js';
import { loadXquad, type XquadQuestion } from './xquad.js';

export interface AnswerMetrics {
  questions: number;
  /** Share of the questions refused (all of them are about indexed paragraphs). */
  refused: number;
  /** Share of the refused questions given leads: passages that mention every name in the question. */
  refusedWithLeads: number;
  /** Share of the refused questions with leads whose leads include the gold paragraph. */
  leadsWithGold: number;
  /** Share of the answered questions whose first citation is the gold paragraph. */
  firstCitationGold: number;
  /** Mean token F1 over the answered questions: the whole answer text without its [n] markers. */
  answerF1: number;
  /** Mean token F1 over the answered questions: the first quoted sentence alone. */
  sentenceF1: number;
  /** Share of the answered questions whose answer text contains a gold answer (both normalised). */
  containsGold: number;
  /** Mean length of the answer text, in characters. */
  answerChars: number;
  /** Time of one answerQuestion call. */
  latencyMs: { p50: number; p95: number };
}

export interface AnswersReport {
  passages: number;
  spanish: AnswerMetrics;
  english: AnswerMetrics;
  /** English questions, with XQuAD's own Spanish question standing in for an LLM's translation. */
  englishWithTranslation: AnswerMetrics;
  /**
   * The ceiling of any one-sentence answer: the best sentence of the gold paragraph, chosen knowing
   * the gold answer. Token F1 against a three-word gold answer is low for any whole sentence.
   */
  bestPossibleSentence: { f1: number; containsGold: number };
}

export async function evaluateAnswers(): Promise<AnswersReport> {
  const { articles, passages, questions } = await loadXquad();
  const index = await createPassageIndex(passages);
  const byId = new Map(articles.map((article) => [article.id, article]));
  const spanishById = new Map(questions.filter((question) => question.language === 'es').map((question) => [question.id, question.text]));
  const inLanguage = (language: Language) => questions.filter((question) => question.language === language);
  const oracleTranslation = (question: XquadQuestion): AnswerInput['translate'] => async () => spanishById.get(question.id);
  return {
    passages: passages.length,
    spanish: await measure(index, byId, inLanguage('es')),
    english: await measure(index, byId, inLanguage('en')),
    englishWithTranslation: await measure(index, byId, inLanguage('en'), oracleTranslation),
    bestPossibleSentence: bestPossibleSentence(passages, inLanguage('es')),
  };
}

function bestPossibleSentence(passages: Passage[], questions: XquadQuestion[]): AnswersReport['bestPossibleSentence'] {
  const byId = new Map(passages.map((passage) => [passage.id, passage]));
  let f1 = 0;
  let containsGold = 0;
  for (const question of questions) {
    const text = byId.get(question.goldPassageId)?.text ?? '';
    const sentences = splitSentences(text).map(({ start, end }) => text.slice(start, end));
    f1 += Math.max(0, ...sentences.map((sentence) => bestF1(sentence, question.answers)));
    if (sentences.some((sentence) => question.answers.some((gold) => normaliseAnswer(sentence).includes(normaliseAnswer(gold))))) containsGold++;
  }
  return { f1: f1 / questions.length, containsGold: containsGold / questions.length };
}

async function measure(
  index: PassageIndex,
  articles: ReadonlyMap<string, Article>,
  questions: XquadQuestion[],
  translateFor?: (question: XquadQuestion) => AnswerInput['translate'],
): Promise<AnswerMetrics> {
  const latencies: number[] = [];
  let refused = 0;
  let refusedWithLeads = 0;
  let leadsWithGold = 0;
  let firstCitationGold = 0;
  let answerF1 = 0;
  let sentenceF1 = 0;
  let containsGold = 0;
  let answerChars = 0;
  for (const question of questions) {
    const started = performance.now();
    const result = await answerQuestion({ index, articles, question: question.text, translate: translateFor?.(question), maxCitations: CITATIONS_PER_ANSWER });
    latencies.push(performance.now() - started);
    if (result.refused) {
      refused++;
      if (result.citations.length > 0) refusedWithLeads++;
      if (result.citations.some((citation) => citation.passageId === question.goldPassageId)) leadsWithGold++;
      continue;
    }
    const text = withoutMarkers(result.answer);
    answerChars += result.answer.length;
    if (result.citations[0]?.passageId === question.goldPassageId) firstCitationGold++;
    answerF1 += bestF1(text, question.answers);
    sentenceF1 += bestF1(firstQuote(result), question.answers);
    if (question.answers.some((gold) => normaliseAnswer(text).includes(normaliseAnswer(gold)))) containsGold++;
  }
  const answered = questions.length - refused;
  const perAnswered = (total: number) => (answered === 0 ? 0 : total / answered);
  return {
    questions: questions.length,
    refused: refused / questions.length,
    refusedWithLeads: refused === 0 ? 0 : refusedWithLeads / refused,
    leadsWithGold: refusedWithLeads === 0 ? 0 : leadsWithGold / refusedWithLeads,
    firstCitationGold: perAnswered(firstCitationGold),
    answerF1: perAnswered(answerF1),
    sentenceF1: perAnswered(sentenceF1),
    containsGold: perAnswered(containsGold),
    answerChars: perAnswered(answerChars),
    latencyMs: medianAnd95th(latencies),
  };
}

function withoutMarkers(answer: string): string {
  return answer.replace(/\s*\[\d+\]/g, '');
}

/** The first sentence the answer quotes: between the first opening quote mark and the first "closing mark [n]". */
function firstQuote(result: AskResult): string {
  const match = /[«“](.*?)[»”] \[\d+\]/su.exec(result.answer);
  return match?.[1] ?? '';
}

// SQuAD's normalisation (MLQA's for Spanish): lower case, no punctuation, no articles, single spaces.
const ARTICLES = /\b(?:el|la|los|las|un|una|the|a|an)\b/gu;

function normaliseAnswer(text: string): string {
  return ` ${text.toLowerCase().replace(/[\p{P}\p{S}]/gu, ' ').replace(ARTICLES, ' ').replace(/\s+/gu, ' ').trim()} `;
}

function tokens(text: string): string[] {
  return normaliseAnswer(text).split(' ').filter(Boolean);
}

function bestF1(prediction: string, golds: string[]): number {
  return Math.max(0, ...golds.map((gold) => tokenF1(tokens(prediction), tokens(gold))));
}

function tokenF1(predicted: string[], gold: string[]): number {
  const remaining = new Map<string, number>();
  for (const token of gold) remaining.set(token, (remaining.get(token) ?? 0) + 1);
  let common = 0;
  for (const token of predicted) {
    const left = remaining.get(token) ?? 0;
    if (left > 0) {
      common++;
      remaining.set(token, left - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / predicted.length;
  const recall = common / gold.length;
  return (2 * precision * recall) / (precision + recall);
}

export function formatAnswersReport(report: AnswersReport): string {
  const row = (label: string, metrics: AnswerMetrics) =>
    `| ${label} | ${metrics.questions} | ${percent(metrics.refused)} | ${percent(metrics.refusedWithLeads)} | ${percent(metrics.leadsWithGold)} | ${percent(metrics.firstCitationGold)} | ${fixed(metrics.answerF1)} | ${fixed(metrics.sentenceF1)} | ${percent(metrics.containsGold)} | ${Math.round(metrics.answerChars)} | ${metrics.latencyMs.p50.toFixed(1)} / ${metrics.latencyMs.p95.toFixed(1)} |`;
  return [
    `${report.passages} Spanish paragraphs indexed, one passage each; every question is about an indexed paragraph. F1, first-citation and containment figures are over answered questions; leads (passages that mention every name in a refused question) over refused ones.`,
    '',
    '| questions | n | refused | refused with leads | leads include gold | first citation = gold paragraph | answer F1 (no markers) | first quoted sentence F1 | answer contains gold | answer chars | ms p50 / p95 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    row('Spanish', report.spanish),
    row('English (offline, no LLM)', report.english),
    row('English, translated first (XQuAD Spanish question as the translation)', report.englishWithTranslation),
    '',
    `Ceiling for one-sentence answers (the gold paragraph's best sentence, chosen knowing the answer): F1 ${fixed(report.bestPossibleSentence.f1)}, contains gold ${percent(report.bestPossibleSentence.containsGold)}.`,
  ].join('\n');
}

const fixed = (value: number) => value.toFixed(3);
const percent = (value: number) => `${(100 * value).toFixed(1)}%`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(formatAnswersReport(await evaluateAnswers()));
}
