/**
 * Written by `npx tsx scripts/train-answerability.ts` from 5550 examples (see learnsFrom in
 * scripts/eval/answering.ts); do not edit by hand. Weights are in FEATURES order: passageCoverage, sentenceCoverage, expectsType, typeMissing, runnerUpRatio, namesMissing, questionLength, rarestMissing, articleCoverage, windowCoverage.
 */
import type { AnswerabilityModels } from './answerability.js';

export const ANSWERABILITY_MODELS: AnswerabilityModels = {
  // 1850 examples
  same: {
    mean: [0.471987,0.431814,0.404324,0.057838,0.72897,0.262838,1.860852,0.242996,0.543018,0.459649],
    scale: [0.290932,0.285861,0.490761,0.233437,0.224001,0.415589,0.316937,0.134001,0.311477,0.283829],
    weights: [2.39272,0.527414,-0.07413,-0.157703,0.05589,-0.278402,1.077894,0.314395,1.194858,0.894779],
    bias: 0.726881,
    threshold: 0.327743,
  },
  // 1845 examples
  translated: {
    mean: [0.378995,0.342793,0.395122,0.050407,0.751054,0.454083,1.880618,0.26735,0.448788,0.368905],
    scale: [0.225543,0.225545,0.488877,0.218782,0.201888,0.468734,0.311995,0.120126,0.259446,0.220767],
    weights: [1.785536,0.250503,0.128888,-0.119847,-0.220667,-0.223624,0.452412,0.060259,0.598624,0.436349],
    bias: 0.5225,
    threshold: 0.547139,
  },
  // 1855 examples
  other: {
    mean: [0.240299,0.172551,0.39407,0.081402,0.769106,0.366204,1.874653,0.246454,0.214358,0.185579],
    scale: [0.171513,0.161497,0.48865,0.273451,0.216398,0.44114,0.321747,0.120758,0.193699,0.164558],
    weights: [1.800015,-0.478506,0.079544,-0.103814,0.012464,-0.461831,0.383684,0.022452,1.045669,-0.761616],
    bias: 0.18374,
    threshold: 0.609749,
  },
};
