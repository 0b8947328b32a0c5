/**
 * Written by `npx tsx scripts/train-answerability.ts` from 5466 examples (see learnsFrom in
 * scripts/eval/answering.ts); do not edit by hand. Weights are in FEATURES order: passageCoverage, sentenceCoverage, expectsType, typeMissing, runnerUpRatio, namesMissing, questionLength, rarestMissing.
 */
import type { AnswerabilityModels } from './answerability.js';

export const ANSWERABILITY_MODELS: AnswerabilityModels = {
  // 1850 examples
  same: {
    mean: [0.467953,0.45617,0.407568,0.065405,0.730273,0.268432,1.860852,0.238612],
    scale: [0.291335,0.276785,0.491382,0.24724,0.224485,0.418586,0.316937,0.131824],
    weights: [3.363616,1.441234,-0.109322,-0.036471,0.032627,-0.174229,0.990109,0.04944],
    bias: 0.841926,
    threshold: 0.355432,
  },
  // 1761 examples
  translated: {
    mean: [0.369043,0.358814,0.398069,0.058489,0.757613,0.461253,1.888245,0.260958],
    scale: [0.223501,0.214058,0.4895,0.234667,0.2008,0.468642,0.304128,0.112744],
    weights: [2.297443,0.579451,0.121096,-0.180465,-0.280272,-0.196468,0.360445,-0.021087],
    bias: 0.526154,
    threshold: 0.584965,
  },
  // 1855 examples
  other: {
    mean: [0.240299,0.183355,0.390836,0.085175,0.769106,0.368854,1.874653,0.242615],
    scale: [0.171513,0.162729,0.487938,0.279142,0.216398,0.442099,0.321747,0.117915],
    weights: [2.053575,-0.448108,0.062354,-0.140255,0.057472,-0.415442,0.466955,0.037606],
    bias: 0.188584,
    threshold: 0.629746,
  },
};
