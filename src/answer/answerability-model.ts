/**
 * Written by `npx tsx scripts/train-answerability.ts` from 3700 XQuAD examples (in and out of
 * the corpus); do not edit by hand. Weights are in FEATURES order: passageCoverage, sentenceCoverage, expectsType, typeMissing, runnerUpRatio, namesMissing, crossLanguage, questionLength, rarestMissing, crossCoverage, crossSentenceCoverage.
 */
import type { AnswerabilityModel } from './answerability.js';

export const ANSWERABILITY_MODEL: AnswerabilityModel = {
  mean: [0.356695,0.311408,0.399459,0.046216,0.747285,0.322827,0.5,1.822738,0.247369,0.117031,0.084202],
  scale: [0.272825,0.274206,0.489787,0.209953,0.223928,0.436215,0.5,0.322125,0.133272,0.167181,0.139617],
  weights: [2.687465,0.837136,-0.005212,-0.081971,0.088247,-0.335638,1.379851,0.600218,-0.026281,0.740805,-0.828132],
  bias: 0.426087,
  threshold: 0.350623,
};
