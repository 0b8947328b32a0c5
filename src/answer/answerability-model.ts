/**
 * Written by `npx tsx scripts/train-answerability.ts` from 5550 examples (see learnsFrom in
 * scripts/eval/answering.ts); do not edit by hand. Weights are in FEATURES order: passageCoverage, sentenceCoverage, expectsType, typeMissing, runnerUpRatio, namesMissing, questionLength, rarestMissing, articleCoverage, windowCoverage, hitAgreement, unknownShare.
 */
import type { AnswerabilityModels } from './answerability.js';

export const ANSWERABILITY_MODELS: AnswerabilityModels = {
  // 1850 examples
  same: {
    mean: [0.472162,0.432645,0.402162,0.055676,0.741174,0.244486,1.859401,0.24424,0.544976,0.461312,0.31728,0.188317],
    scale: [0.291214,0.285947,0.490334,0.229294,0.215268,0.409353,0.318071,0.13594,0.311856,0.285366,0.217127,0.229295],
    weights: [1.618251,0.609298,-0.094925,-0.192966,-0.299268,-0.434572,0.921809,0.251241,1.171832,0.699317,0.608551,-1.216584],
    bias: 0.264498,
    threshold: 0.27425,
  },
  // 1845 examples
  translated: {
    mean: [0.383936,0.350553,0.39729,0.053117,0.759122,0.418618,1.87884,0.266044,0.454682,0.374487,0.315824,0.241351],
    scale: [0.231755,0.232749,0.489337,0.224266,0.197669,0.466573,0.312064,0.123853,0.264677,0.22827,0.228879,0.223521],
    weights: [1.429294,0.335206,0.166532,-0.148811,-0.342264,-0.338896,0.43393,-0.061742,0.805732,0.458411,0.457465,-0.069268],
    bias: 0.552845,
    threshold: 0.517797,
  },
  // 1855 examples
  other: {
    mean: [0.240608,0.173258,0.396226,0.083019,0.775798,0.358199,1.872885,0.246389,0.221569,0.186451,0.253431,1],
    scale: [0.171883,0.165003,0.489113,0.275911,0.21282,0.440266,0.321781,0.120004,0.199205,0.165235,0.298251,1],
    weights: [1.74342,-0.55406,0.084221,-0.104444,-0.083477,-0.536643,0.240075,-0.105245,1.103489,-0.744486,0.310202,0],
    bias: 0.185305,
    threshold: 0.623788,
  },
};
