/**
 * Written by `npx tsx scripts/train-answerability.ts` from 5550 examples (see learnsFrom in
 * scripts/eval/answering.ts); do not edit by hand. Weights are in FEATURES order: passageCoverage, sentenceCoverage, expectsType, typeMissing, runnerUpRatio, namesMissing, questionLength, rarestMissing, articleCoverage, windowCoverage, hitAgreement.
 */
import type { AnswerabilityModels } from './answerability.js';

export const ANSWERABILITY_MODELS: AnswerabilityModels = {
  // 1850 examples
  same: {
    mean: [0.471607,0.429425,0.402162,0.049189,0.741125,0.23755,1.860852,0.244426,0.543554,0.459835,0.31699],
    scale: [0.29107,0.285545,0.490334,0.216263,0.214933,0.402738,0.316937,0.134874,0.311495,0.284403,0.217229],
    weights: [2.205177,0.563264,-0.09009,-0.154387,-0.068183,-0.504248,0.990921,0.120913,1.453025,0.735749,0.460208],
    bias: 0.728711,
    threshold: 0.2848,
  },
  // 1845 examples
  translated: {
    mean: [0.379215,0.343569,0.395122,0.048238,0.760729,0.426125,1.880618,0.26766,0.450052,0.369376,0.316702],
    scale: [0.226144,0.227086,0.488877,0.21427,0.19548,0.463675,0.311995,0.121496,0.259835,0.222815,0.22872],
    weights: [1.56233,0.350967,0.146426,-0.102855,-0.311234,-0.30616,0.393225,-0.105303,0.675603,0.487013,0.44037],
    bias: 0.560839,
    threshold: 0.525361,
  },
  // 1855 examples
  other: {
    mean: [0.240216,0.172676,0.39407,0.080323,0.776018,0.35226,1.874653,0.245383,0.218452,0.185597,0.253871],
    scale: [0.171718,0.164313,0.48865,0.271793,0.212672,0.437569,0.321747,0.119865,0.196316,0.164665,0.298516],
    weights: [1.703198,-0.385605,0.073739,-0.074076,-0.080404,-0.520617,0.273834,-0.0665,1.004736,-0.793888,0.3146],
    bias: 0.182507,
    threshold: 0.628199,
  },
};
