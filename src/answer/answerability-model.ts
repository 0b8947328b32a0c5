/**
 * Written by `npx tsx scripts/train-answerability.ts` from 5550 examples (see learnsFrom in
 * scripts/eval/answering.ts); do not edit by hand. Weights are in FEATURES order: passageCoverage, sentenceCoverage, expectsType, typeMissing, runnerUpRatio, namesMissing, questionLength, rarestMissing, articleCoverage, windowCoverage.
 */
import type { AnswerabilityModels } from './answerability.js';

export const ANSWERABILITY_MODELS: AnswerabilityModels = {
  // 1850 examples
  same: {
    mean: [0.471825,0.430041,0.404324,0.051892,0.728961,0.241604,1.860852,0.243079,0.543293,0.458847],
    scale: [0.290844,0.28625,0.490761,0.221809,0.223963,0.4061,0.316937,0.134052,0.312158,0.28404],
    weights: [2.395983,0.36418,-0.077118,-0.137478,0.022915,-0.464713,1.044584,0.312275,1.307182,0.818729],
    bias: 0.639185,
    threshold: 0.309346,
  },
  // 1845 examples
  translated: {
    mean: [0.378995,0.342421,0.395122,0.04878,0.751054,0.428654,1.880618,0.267322,0.448781,0.368934],
    scale: [0.225543,0.226035,0.488877,0.215409,0.201888,0.464565,0.311995,0.121043,0.260018,0.221315],
    weights: [1.752062,0.237099,0.140723,-0.137013,-0.224285,-0.282109,0.440895,0.058629,0.604877,0.438938],
    bias: 0.508856,
    threshold: 0.554565,
  },
  // 1855 examples
  other: {
    mean: [0.240299,0.172286,0.39407,0.077628,0.769106,0.353311,1.874653,0.246339,0.217937,0.185467],
    scale: [0.171513,0.161892,0.48865,0.267585,0.216398,0.438115,0.321747,0.120684,0.195871,0.164578],
    weights: [1.815101,-0.549302,0.10693,-0.144544,0.003034,-0.538476,0.365456,0.029778,1.032862,-0.738675],
    bias: 0.170132,
    threshold: 0.624108,
  },
};
