/**
 * Written by `npx tsx scripts/train-answerability.ts` from 5466 examples (see learnsFrom in
 * scripts/eval/answering.ts); do not edit by hand. Weights are in FEATURES order: passageCoverage, sentenceCoverage, expectsType, typeMissing, runnerUpRatio, namesMissing, questionLength, rarestMissing.
 */
import type { AnswerabilityModels } from './answerability.js';

export const ANSWERABILITY_MODELS: AnswerabilityModels = {
  // 1850 examples
  same: {
    mean: [0.469953,0.432226,0.407568,0.051892,0.729746,0.262387,1.860852,0.242926],
    scale: [0.2904,0.286271,0.491382,0.221809,0.224002,0.414617,0.316937,0.134128],
    weights: [3.179948,1.636965,-0.088257,-0.105567,0.122431,-0.224069,0.949424,0.126414],
    bias: 0.832314,
    threshold: 0.363462,
  },
  // 1761 examples
  translated: {
    mean: [0.371134,0.333137,0.398069,0.045997,0.756255,0.460117,1.888245,0.264108],
    scale: [0.224205,0.221685,0.4895,0.209478,0.200554,0.469153,0.304128,0.115194],
    weights: [2.092418,0.82457,0.102454,-0.128356,-0.212128,-0.241976,0.370405,-0.004593],
    bias: 0.536728,
    threshold: 0.581069,
  },
  // 1855 examples
  other: {
    mean: [0.245457,0.175118,0.390836,0.076011,0.76739,0.348908,1.874653,0.246277],
    scale: [0.172203,0.16219,0.487938,0.265015,0.216513,0.434081,0.321747,0.120429],
    weights: [1.816792,-0.316515,0.089727,-0.134396,0.021533,-0.4602,0.505364,0.137279],
    bias: 0.150117,
    threshold: 0.652194,
  },
};
