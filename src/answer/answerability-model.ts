/**
 * Written by `npx tsx scripts/train-answerability.ts` from 5550 examples (see learnsFrom in
 * scripts/eval/answering.ts); do not edit by hand. Weights are in FEATURES order: passageCoverage, sentenceCoverage, expectsType, typeMissing, runnerUpRatio, namesMissing, questionLength, rarestMissing, articleCoverage, windowCoverage.
 */
import type { AnswerabilityModels } from './answerability.js';

export const ANSWERABILITY_MODELS: AnswerabilityModels = {
  // 1850 examples
  same: {
    mean: [0.469953,0.432207,0.407568,0.051892,0.729746,0.261847,1.860852,0.243158,0.542124,0.458869],
    scale: [0.2904,0.286198,0.491382,0.221809,0.224002,0.414307,0.316937,0.134348,0.310943,0.28353],
    weights: [2.351799,0.552032,-0.073085,-0.151408,0.021038,-0.243887,1.08345,0.342874,1.2093,0.886014],
    bias: 0.740986,
    threshold: 0.323208,
  },
  // 1845 examples
  translated: {
    mean: [0.371464,0.333942,0.395122,0.049322,0.75731,0.454625,1.880618,0.266982,0.439011,0.359995],
    scale: [0.224478,0.222646,0.488877,0.21654,0.200832,0.468787,0.311995,0.120388,0.256489,0.217402],
    weights: [1.762343,0.28437,0.123217,-0.131672,-0.2636,-0.246488,0.427453,0.073621,0.603478,0.373284],
    bias: 0.516007,
    threshold: 0.551198,
  },
  // 1855 examples
  other: {
    mean: [0.240299,0.172517,0.39407,0.078167,0.769106,0.365305,1.874653,0.246339,0.21453,0.185579],
    scale: [0.171513,0.161934,0.48865,0.268434,0.216398,0.440867,0.321747,0.120684,0.19412,0.164558],
    weights: [1.818243,-0.512024,0.082405,-0.122288,0.003838,-0.461702,0.397424,0.039145,1.027079,-0.745403],
    bias: 0.180713,
    threshold: 0.611584,
  },
};
