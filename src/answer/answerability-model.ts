/**
 * Written by `npx tsx scripts/train-answerability.ts` from 5466 examples (see learnsFrom in
 * scripts/eval/answering.ts); do not edit by hand. Weights are in FEATURES order: passageCoverage, sentenceCoverage, expectsType, typeMissing, runnerUpRatio, namesMissing, questionLength, rarestMissing.
 */
import type { AnswerabilityModels } from './answerability.js';

export const ANSWERABILITY_MODELS: AnswerabilityModels = {
  // 1850 examples
  same: {
    mean: [0.467953,0.429665,0.407568,0.048108,0.730273,0.268477,1.860852,0.243583],
    scale: [0.291335,0.285613,0.491382,0.213995,0.224485,0.419118,0.316937,0.133484],
    weights: [3.253965,1.56935,-0.062404,-0.119537,0.13244,-0.181454,0.921065,0.086928],
    bias: 0.869008,
    threshold: 0.368301,
  },
  // 1761 examples
  translated: {
    mean: [0.369043,0.331179,0.398069,0.044861,0.757613,0.460401,1.888245,0.264498],
    scale: [0.223501,0.220288,0.4895,0.206998,0.2008,0.469025,0.304128,0.114573],
    weights: [2.160307,0.778383,0.098668,-0.129054,-0.223492,-0.211543,0.365675,-0.007992],
    bias: 0.547984,
    threshold: 0.565004,
  },
  // 1855 examples
  other: {
    mean: [0.240299,0.171756,0.390836,0.073854,0.769106,0.364227,1.874653,0.245975],
    scale: [0.171513,0.160616,0.487938,0.261534,0.216398,0.440536,0.321747,0.119934],
    weights: [1.99004,-0.402485,0.059047,-0.116193,0.022321,-0.432602,0.481763,0.055522],
    bias: 0.178653,
    threshold: 0.636765,
  },
};
