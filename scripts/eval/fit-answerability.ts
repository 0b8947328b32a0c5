/**
 * Fits the answerability model (src/answer/answerability.ts): logistic regression on standardised
 * features by full-batch gradient descent with a small L2 penalty, then the probability threshold
 * that costs least on the training questions, refusing what should be answered costing REFUSAL_COST
 * times as much as answering what should be refused (the targets allow 5% of answerable questions
 * refused and 10% of out-of-corpus ones answered: a 2:1 ratio). Used by the eval on each fold and by
 * scripts/train-answerability.ts on all the data.
 */
import { answerProbability, featureVector, FEATURES, type AnswerabilityFeatures, type AnswerabilityModel } from '../../src/answer/answerability.js';

export interface TrainingExample {
  features: AnswerabilityFeatures;
  /** Whether the articles answer the question. */
  answerable: boolean;
}

const ITERATIONS = 400;
const LEARNING_RATE = 0.5;
const L2 = 1e-3;
const REFUSAL_COST = 2;

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
  return { ...model, threshold: fewestErrorsThreshold(examples.map((example) => ({ p: answerProbability(example.features, model), answerable: example.answerable }))) };
}

/** The threshold (between two observed probabilities) whose errors cost least. */
function fewestErrorsThreshold(scored: Array<{ p: number; answerable: boolean }>): number {
  const sorted = [...scored].sort((a, b) => a.p - b.p);
  // Threshold below everything: every question answered, every unanswerable one an error.
  let errors = sorted.filter((item) => !item.answerable).length;
  let best = { errors, threshold: 0 };
  sorted.forEach((item, i) => {
    errors += item.answerable ? REFUSAL_COST : -1;
    const next = sorted[i + 1];
    const threshold = next ? (item.p + next.p) / 2 : 1;
    if (errors < best.errors) best = { errors, threshold };
  });
  return best.threshold;
}
