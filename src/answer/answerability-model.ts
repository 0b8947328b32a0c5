/**
 * Written by `npx tsx scripts/train-answerability.ts` from 5550 examples (see learnsFrom in
 * scripts/eval/answering.ts); do not edit by hand. Weights are in FEATURES order: passageCoverage, sentenceCoverage, expectsType, typeMissing, runnerUpRatio, namesMissing, questionLength, rarestMissing.
 */
import type { AnswerabilityModels } from './answerability.js';

export const ANSWERABILITY_MODELS: AnswerabilityModels = {
  // 1850 examples
  same: {
    mean: [0.469953,0.432207,0.407568,0.051892,0.729746,0.261847,1.860852,0.243158],
    scale: [0.2904,0.286198,0.491382,0.221809,0.224002,0.414307,0.316937,0.134348],
    weights: [3.169919,1.637805,-0.061373,-0.181747,0.101259,-0.225424,0.956758,0.136407],
    bias: 0.837005,
    threshold: 0.33131,
  },
  // 1845 examples
  translated: {
    mean: [0.371464,0.333942,0.395122,0.049322,0.75731,0.454625,1.880618,0.266982],
    scale: [0.224478,0.222646,0.488877,0.21654,0.200832,0.468787,0.311995,0.120388],
    weights: [2.062011,0.914001,0.116341,-0.131151,-0.230043,-0.241673,0.409433,0.022448],
    bias: 0.551231,
    threshold: 0.539502,
  },
  // 1855 examples
  other: {
    mean: [0.240299,0.172517,0.39407,0.078167,0.769106,0.365305,1.874653,0.246339],
    scale: [0.171513,0.161934,0.48865,0.268434,0.216398,0.440867,0.321747,0.120684],
    weights: [1.952799,-0.366032,0.063788,-0.127531,0.01579,-0.433926,0.489954,0.071904],
    bias: 0.179322,
    threshold: 0.613966,
  },
};
