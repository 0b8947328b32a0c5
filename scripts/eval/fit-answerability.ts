/**
 * Fits the answerability models (src/answer/answerability.ts), one per lookup mode: logistic
 * regression on standardised features by full-batch gradient descent with a small L2 penalty, then
 * the probability threshold that costs least on the training questions, refusing what should be
 * answered costing REFUSAL_COST times as much as answering what should be refused (the targets allow
 * 5% of answerable questions refused and 10% of out-of-corpus ones answered: a 2:1 ratio), among the
 * thresholds that answer at most MAX_OUT_OF_CORPUS_ANSWERED of the out-of-corpus questions. Used by
 * the eval on each fold and by scripts/train-answerability.ts on all the data.
 */
import {
  answerProbability, featureVector, FEATURES, LOOKUP_MODES,
  type AnswerabilityFeatures, type AnswerabilityModel, type AnswerabilityModels, type LookupMode,
} from '../../src/answer/answerability.js';

export interface TrainingExample {
  features: AnswerabilityFeatures;
  mode: LookupMode;
  /** Whether the articles answer the question. */
  answerable: boolean;
  /** A question about an article that is not in the index. */
  outOfCorpus: boolean;
}

const ITERATIONS = 400;
const LEARNING_RATE = 0.5;
const L2 = 1e-3;
const REFUSAL_COST = 2;
/**
 * The target is at most 10% of out-of-corpus questions answered; the threshold keeps 2 points of
 * room on the training questions, about the spread between folds' held-out figures.
 */
const MAX_OUT_OF_CORPUS_ANSWERED = 0.08;

/**
 * One model per lookup mode, each fitted on that mode's examples; a mode without examples (no
 * translator where the models were trained) borrows the same-language model. Throws when there
 * are no same-language examples.
 */
export function fitAnswerabilityModels(examples: TrainingExample[]): AnswerabilityModels {
  const fitted = new Map(LOOKUP_MODES.map((mode) => {
    const own = examples.filter((example) => example.mode === mode);
    return [mode, own.length === 0 ? undefined : fitAnswerability(own)] as const;
  }));
  const same = fitted.get('same');
  if (!same) throw new Error('no same-language examples to fit the answerability model on');
  return { same, translated: fitted.get('translated') ?? same, other: fitted.get('other') ?? same };
}

/** One model fitted on `examples`. */
export function fitAnswerability(examples: TrainingExample[]): AnswerabilityModel {
  const vectors = examples.map((example) => featureVector(example.features));
  const columns = FEATURES.map((_, j) => vectors.map((vector) => vector[j] ?? 0));
  const mean = columns.map((column) => column.reduce((sum, value) => sum + value, 0) / Math.max(1, column.length));
  const scale = columns.map((column, j) => Math.sqrt(column.reduce((sum, value) => sum + (value - (mean[j] ?? 0)) ** 2, 0) / Math.max(1, column.length)) || 1);
  const x = vectors.map((vector) => vector.map((value, j) => (value - (mean[j] ?? 0)) / (scale[j] ?? 1)));
  const y = examples.map((example) => (example.answerable ? 1 : 0));
  const weights = FEATURES.map(() => 0);
  let bias = 0;
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const gradient = weights.map(() => 0);
    let biasGradient = 0;
    x.forEach((row, i) => {
      const z = row.reduce((sum, value, j) => sum + (weights[j] ?? 0) * value, bias);
      const error = 1 / (1 + Math.exp(-z)) - (y[i] ?? 0);
      row.forEach((value, j) => (gradient[j] = (gradient[j] ?? 0) + error * value));
      biasGradient += error;
    });
    weights.forEach((weight, j) => (weights[j] = weight - LEARNING_RATE * ((gradient[j] ?? 0) / x.length + L2 * weight)));
    bias -= (LEARNING_RATE * biasGradient) / x.length;
  }
  const model: AnswerabilityModel = { mean, scale, weights, bias, threshold: 0.5 };
  return { ...model, threshold: cheapestThreshold(examples.map((example) => ({ ...example, p: answerProbability(example.features, model) }))) };
}

/**
 * The threshold (between two observed probabilities) whose errors cost least among those that answer
 * at most MAX_OUT_OF_CORPUS_ANSWERED of the out-of-corpus questions.
 */
function cheapestThreshold(scored: Array<TrainingExample & { p: number }>): number {
  const sorted = [...scored].sort((a, b) => a.p - b.p);
  const outside = sorted.filter((item) => item.outOfCorpus).length;
  // Threshold below everything: every question answered, every unanswerable one an error.
  let errors = sorted.filter((item) => !item.answerable).length;
  let outsideAnswered = outside;
  let best = { errors: Infinity, threshold: 1 };
  const consider = (threshold: number) => {
    if (outsideAnswered <= MAX_OUT_OF_CORPUS_ANSWERED * outside && errors < best.errors) best = { errors, threshold };
  };
  consider(0);
  sorted.forEach((item, i) => {
    errors += item.answerable ? REFUSAL_COST : -1;
    if (item.outOfCorpus) outsideAnswered--;
    const next = sorted[i + 1];
    consider(next ? (item.p + next.p) / 2 : 1);
  });
  return best.threshold;
}
