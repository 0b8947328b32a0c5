/**
 * Written by `npx tsx scripts/train-answerability.ts` from 5466 examples (see learnsFrom in
 * scripts/eval/answering.ts); do not edit by hand. Weights are in FEATURES order: passageCoverage, sentenceCoverage, expectsType, typeMissing, runnerUpRatio, namesMissing, questionLength, rarestMissing.
 */
import type { AnswerabilityModels } from './answerability.js';

export const ANSWERABILITY_MODELS: AnswerabilityModels = {
  // 1850 examples
  same: {
    mean: [0.469953,0.432259,0.407568,0.052432,0.729746,0.262387,1.860852,0.242968],
    scale: [0.2904,0.286185,0.491382,0.222897,0.224002,0.414617,0.316937,0.134129],
    weights: [3.174354,1.628118,-0.083054,-0.117867,0.111137,-0.22562,0.948041,0.128675],
    bias: 0.831622,
    threshold: 0.364293,
  },
  // 1761 examples
  translated: {
    mean: [0.371134,0.333113,0.401476,0.0477,0.756255,0.460004,1.888245,0.264108],
    scale: [0.224205,0.221703,0.490197,0.213131,0.200554,0.469046,0.304128,0.115194],
    weights: [2.092576,0.822594,0.103715,-0.123891,-0.212638,-0.243141,0.366919,-0.007353],
    bias: 0.537401,
    threshold: 0.580678,
  },
  // 1855 examples
  other: {
    mean: [0.240299,0.172758,0.39407,0.078706,0.769106,0.364227,1.874653,0.246257],
    scale: [0.171513,0.162081,0.48865,0.26928,0.216398,0.440536,0.321747,0.120717],
    weights: [1.951878,-0.356454,0.055667,-0.105577,0.022529,-0.434391,0.489632,0.069944],
    bias: 0.180326,
    threshold: 0.638968,
  },
};
