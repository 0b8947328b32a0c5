/**
 * Written by `npx tsx scripts/train-answerability.ts` from 5466 examples (see learnsFrom in
 * scripts/eval/answering.ts); do not edit by hand. Weights are in FEATURES order: passageCoverage, sentenceCoverage, expectsType, typeMissing, runnerUpRatio, namesMissing, questionLength, rarestMissing.
 */
import type { AnswerabilityModels } from './answerability.js';

export const ANSWERABILITY_MODELS: AnswerabilityModels = {
  // 1850 examples
  same: {
    mean: [0.479438,0.45465,0.407568,0.025405,0.726997,0.264883,1.767849,0.256025],
    scale: [0.300535,0.290971,0.491382,0.157353,0.229533,0.41947,0.317893,0.150226],
    weights: [3.346305,1.441701,-0.028688,0.045327,0.134706,-0.182979,1.190673,0.358624],
    bias: 0.695256,
    threshold: 0.351159,
  },
  // 1759 examples
  translated: {
    mean: [0.383791,0.363904,0.397953,0.021603,0.75313,0.462886,1.88898,0.286773],
    scale: [0.240231,0.230318,0.489476,0.145384,0.212136,0.469108,0.303481,0.129917],
    weights: [1.957703,0.776803,0.049613,-0.219196,-0.297785,-0.160827,0.313295,-0.016093],
    bias: 0.455439,
    threshold: 0.600264,
  },
  // 1857 examples
  other: {
    mean: [0.233474,0.168121,0.390953,0.067851,0.766539,0.380591,1.873972,0.240569],
    scale: [0.168901,0.157599,0.487964,0.251491,0.218938,0.445539,0.322276,0.118924],
    weights: [2.089249,-0.431101,0.020739,-0.14849,0.044706,-0.395731,0.463022,0.017546],
    bias: 0.193633,
    threshold: 0.640481,
  },
};
