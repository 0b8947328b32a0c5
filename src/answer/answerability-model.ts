/**
 * Written by `npx tsx scripts/train-answerability.ts` from 5466 examples (see learnsFrom in
 * scripts/eval/answering.ts); do not edit by hand. Weights are in FEATURES order: passageCoverage, sentenceCoverage, expectsType, typeMissing, runnerUpRatio, namesMissing, questionLength, rarestMissing.
 */
import type { AnswerabilityModels } from './answerability.js';

export const ANSWERABILITY_MODELS: AnswerabilityModels = {
  // 1850 examples
  same: {
    mean: [0.467953,0.441877,0.407568,0.047027,0.730273,0.267802,1.860852,0.242254],
    scale: [0.291335,0.276292,0.491382,0.211697,0.224485,0.418865,0.316937,0.131807],
    weights: [3.49441,1.227071,-0.053193,-0.123514,0.024945,-0.164411,0.940612,0.064498],
    bias: 0.843541,
    threshold: 0.355225,
  },
  // 1761 examples
  translated: {
    mean: [0.369043,0.346127,0.398069,0.042022,0.757613,0.460827,1.888245,0.26305],
    scale: [0.223501,0.214543,0.4895,0.200638,0.2008,0.469326,0.304128,0.113609],
    weights: [2.346623,0.497427,0.090704,-0.112267,-0.27965,-0.214702,0.35713,-0.005905],
    bias: 0.52032,
    threshold: 0.581774,
  },
  // 1855 examples
  other: {
    mean: [0.240299,0.177725,0.390836,0.073315,0.769106,0.364227,1.874653,0.243045],
    scale: [0.171513,0.160847,0.487938,0.260653,0.216398,0.440536,0.321747,0.118061],
    weights: [2.02385,-0.444905,0.054313,-0.116305,0.041623,-0.437107,0.481125,0.053843],
    bias: 0.179964,
    threshold: 0.634302,
  },
};
