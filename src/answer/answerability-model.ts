/**
 * Written by `npx tsx scripts/train-answerability.ts` from 5550 examples (see learnsFrom in
 * scripts/eval/answering.ts); do not edit by hand. Weights are in FEATURES order: passageCoverage, sentenceCoverage, expectsType, typeMissing, runnerUpRatio, namesMissing, questionLength, rarestMissing, articleCoverage, windowCoverage, hitAgreement, unknownShare.
 */
import type { AnswerabilityModels } from './answerability.js';

export const ANSWERABILITY_MODELS: AnswerabilityModels = {
  // 1850 examples
  same: {
    mean: [0.472162,0.430184,0.402162,0.050811,0.741174,0.23755,1.859401,0.244556,0.543534,0.46056,0.31728,0.188317],
    scale: [0.291214,0.286054,0.490334,0.219611,0.215268,0.402738,0.318071,0.135823,0.312138,0.284837,0.217127,0.229295],
    weights: [1.64276,0.558649,-0.107385,-0.13283,-0.290735,-0.409558,0.920519,0.253621,1.196848,0.706866,0.599191,-1.225943],
    bias: 0.267059,
    threshold: 0.26833,
  },
  // 1845 examples
  translated: {
    mean: [0.383936,0.348303,0.39729,0.049322,0.759122,0.413604,1.87884,0.266322,0.453608,0.374058,0.315824,0.241351],
    scale: [0.231755,0.232369,0.489337,0.21654,0.197669,0.464299,0.312064,0.123559,0.264946,0.227952,0.228879,0.223521],
    weights: [1.441752,0.324356,0.155355,-0.117793,-0.336144,-0.327641,0.434463,-0.063163,0.758568,0.497684,0.452957,-0.074591],
    bias: 0.551583,
    threshold: 0.507873,
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
