/**
 * Written by `npx tsx scripts/train-answerability.ts` from 5466 examples (see learnsFrom in
 * scripts/eval/answering.ts); do not edit by hand. Weights are in FEATURES order: passageCoverage, sentenceCoverage, expectsType, typeMissing, runnerUpRatio, namesMissing, questionLength, rarestMissing.
 */
import type { AnswerabilityModels } from './answerability.js';

export const ANSWERABILITY_MODELS: AnswerabilityModels = {
  // 1850 examples
  same: {
    mean: [0.467953,0.441159,0.407568,0.06973,0.730273,0.269333,1.860852,0.241382],
    scale: [0.291335,0.283642,0.491382,0.254691,0.224485,0.418904,0.316937,0.133337],
    weights: [3.09854,1.826501,-0.122277,-0.04242,0.122412,-0.176923,0.99657,0.110049],
    bias: 0.874653,
    threshold: 0.360372,
  },
  // 1761 examples
  translated: {
    mean: [0.369043,0.342707,0.398069,0.064736,0.757613,0.46007,1.888245,0.263309],
    scale: [0.223501,0.217568,0.4895,0.246059,0.2008,0.468219,0.304128,0.113867],
    weights: [2.066192,0.891639,0.12985,-0.217781,-0.236343,-0.20913,0.384579,-0.005466],
    bias: 0.550064,
    threshold: 0.580555,
  },
  // 1855 examples
  other: {
    mean: [0.240299,0.175999,0.390836,0.085175,0.769106,0.368854,1.874653,0.245975],
    scale: [0.171513,0.160476,0.487938,0.279142,0.216398,0.442099,0.321747,0.119934],
    weights: [2.038233,-0.446149,0.060414,-0.130905,0.033322,-0.412152,0.493402,0.071668],
    bias: 0.182063,
    threshold: 0.630496,
  },
};
