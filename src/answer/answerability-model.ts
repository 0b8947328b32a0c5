/**
 * Written by `npx tsx scripts/train-answerability.ts` from 5550 examples (see learnsFrom in
 * scripts/eval/answering.ts); do not edit by hand. Weights are in FEATURES order: passageCoverage, sentenceCoverage, expectsType, typeMissing, runnerUpRatio, namesMissing, questionLength, rarestMissing, articleCoverage, windowCoverage, hitAgreement, unknownShare.
 */
import type { AnswerabilityModels } from './answerability.js';

export const ANSWERABILITY_MODELS: AnswerabilityModels = {
  // 1850 examples
  same: {
    mean: [0.472162,0.430184,0.402162,0.050811,0.741174,0.23755,1.859401,0.244556,0.543534,0.46056,0.31728,0.186899],
    scale: [0.291214,0.286054,0.490334,0.219611,0.215268,0.402738,0.318071,0.135823,0.312138,0.284837,0.217127,0.226302],
    weights: [1.642629,0.561362,-0.110498,-0.14186,-0.286481,-0.420134,0.917724,0.23757,1.201167,0.712135,0.59543,-1.190211],
    bias: 0.278413,
    threshold: 0.276168,
  },
  // 1845 examples
  translated: {
    mean: [0.383936,0.348303,0.39729,0.049322,0.759122,0.413604,1.87884,0.266322,0.453608,0.374058,0.315824,0.239136],
    scale: [0.231755,0.232369,0.489337,0.21654,0.197669,0.464299,0.312064,0.123559,0.264946,0.227952,0.228879,0.220887],
    weights: [1.444333,0.325227,0.155148,-0.118875,-0.334909,-0.328268,0.435623,-0.064448,0.759891,0.499646,0.452308,-0.06743],
    bias: 0.553379,
    threshold: 0.507,
  },
  // 1855 examples
  other: {
    mean: [0.240608,0.173524,0.396226,0.081402,0.775798,0.35226,1.872885,0.246374,0.219488,0.186451,0.253431,1],
    scale: [0.171883,0.165001,0.489113,0.273451,0.21282,0.437569,0.321781,0.12,0.197368,0.165275,0.298251,1],
    weights: [1.696042,-0.381049,0.068579,-0.080291,-0.079498,-0.516452,0.274324,-0.065471,0.985495,-0.773849,0.314194,0],
    bias: 0.181107,
    threshold: 0.626875,
  },
};
