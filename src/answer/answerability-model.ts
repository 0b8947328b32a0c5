/**
 * Written by `npx tsx scripts/train-answerability.ts` from 5466 examples (see learnsFrom in
 * scripts/eval/answering.ts); do not edit by hand. Weights are in FEATURES order: passageCoverage, sentenceCoverage, expectsType, typeMissing, runnerUpRatio, namesMissing, questionLength, rarestMissing.
 */
import type { AnswerabilityModels } from './answerability.js';

export const ANSWERABILITY_MODELS: AnswerabilityModels = {
  // 1850 examples
  same: {
    mean: [0.467953,0.445686,0.407568,0.020541,0.730273,0.270973,1.860852,0.240068],
    scale: [0.291335,0.278803,0.491382,0.14184,0.224485,0.420332,0.316937,0.131195],
    weights: [3.329827,1.456429,-0.027966,0.018481,0.042986,-0.216067,1.006299,0.098109],
    bias: 0.835229,
    threshold: 0.357901,
  },
  // 1761 examples
  translated: {
    mean: [0.369043,0.350151,0.398069,0.018171,0.757613,0.464064,1.888245,0.26213],
    scale: [0.223501,0.215074,0.4895,0.133571,0.2008,0.469482,0.304128,0.112521],
    weights: [2.272817,0.658159,0.101596,-0.037688,-0.261245,-0.175501,0.348282,-0.034718],
    bias: 0.536736,
    threshold: 0.588882,
  },
  // 1855 examples
  other: {
    mean: [0.240299,0.180065,0.390836,0.05283,0.769106,0.372835,1.874653,0.242484],
    scale: [0.171513,0.163381,0.487938,0.223694,0.216398,0.443156,0.321747,0.118049],
    weights: [2.03828,-0.434159,0.038361,-0.126627,0.068219,-0.446043,0.444436,0.013278],
    bias: 0.182823,
    threshold: 0.634327,
  },
};
