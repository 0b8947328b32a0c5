/**
 * Written by `npx tsx scripts/train-answerability.ts` from 5466 examples (see learnsFrom in
 * scripts/eval/answering.ts); do not edit by hand. Weights are in FEATURES order: passageCoverage, sentenceCoverage, expectsType, typeMissing, runnerUpRatio, namesMissing, questionLength, rarestMissing.
 */
import type { AnswerabilityModels } from './answerability.js';

export const ANSWERABILITY_MODELS: AnswerabilityModels = {
  // 1850 examples
  same: {
    mean: [0.467953,0.455656,0.407568,0.066486,0.730273,0.269982,1.860852,0.238832],
    scale: [0.291335,0.276327,0.491382,0.249131,0.224485,0.419451,0.316937,0.131306],
    weights: [3.319235,1.489754,-0.108345,-0.056692,0.022532,-0.170804,1.009192,0.056907],
    bias: 0.836864,
    threshold: 0.348396,
  },
  // 1761 examples
  translated: {
    mean: [0.369043,0.358185,0.398069,0.060761,0.757613,0.461821,1.888245,0.261307],
    scale: [0.223501,0.213688,0.4895,0.238891,0.2008,0.468992,0.304128,0.112428],
    weights: [2.305223,0.574643,0.121932,-0.190184,-0.276261,-0.188155,0.349557,-0.027373],
    bias: 0.527617,
    threshold: 0.583911,
  },
  // 1855 examples
  other: {
    mean: [0.240299,0.183497,0.390836,0.085175,0.769106,0.368881,1.874653,0.242484],
    scale: [0.171513,0.163281,0.487938,0.279142,0.216398,0.442172,0.321747,0.118049],
    weights: [2.058482,-0.452259,0.062611,-0.140476,0.059237,-0.423044,0.459517,0.027116],
    bias: 0.189282,
    threshold: 0.63154,
  },
};
