/**
 * Whether the articles answer a question: a small logistic model over what the lookup found, one per
 * way the question was looked up (LookupMode), since the same coverage means different things in the
 * passages' language, through a translation, and across languages on cross-lingual keys alone. The
 * coefficients live in answerability-model.ts, written by `npx tsx scripts/train-answerability.ts`;
 * `npm run eval` refits them on each cross-validation fold and reports held-out figures.
 */

/**
 * How the question met the passages: in their language (`same`), through a translation into it
 * (`translated`), or in another language with no translation, on names and cognates (`other`).
 */
export type LookupMode = 'same' | 'translated' | 'other';
export const LOOKUP_MODES = ['same', 'translated', 'other'] as const satisfies readonly LookupMode[];

/** What the decision looks at, each a number (flags are 0 or 1). */
export interface AnswerabilityFeatures {
  /** Share of the question's weight (rarity, names counting more) that the best passage holds, 0..1. */
  passageCoverage: number;
  /** The same share inside the quoted sentences alone, with the question's rarity among the candidate sentences. */
  sentenceCoverage: number;
  /** 1 when the question expects a kind of answer (date, number, place, person). */
  expectsType: number;
  /** 1 when it does and the quoted sentences hold none besides the question's own words. */
  typeMissing: number;
  /** Score of the second passage over the best one's, 0..1: near 1 when nothing stands out. */
  runnerUpRatio: number;
  /** Share of the question's names that the quoted sentences' passages lack, 0..1. */
  namesMissing: number;
  /** ln(1 + number of the question's content words). */
  questionLength: number;
  /** The largest share of the question's weight carried by one term the quoted sentences lack, 0..1. */
  rarestMissing: number;
  /**
   * Share of the question's weight (as sentenceCoverage weighs it) that the first quoted sentence's
   * article holds anywhere, headline included, 0..1: a question about a story in the archive finds its
   * subject somewhere in that story even when the answering sentence paraphrases it.
   */
  articleCoverage: number;
  /** The largest share of the question's weight that a candidate sentence and the next one of its passage hold together, 0..1. */
  windowCoverage: number;
  /**
   * How much the other retrieved passages (the best five) agree with the best one, 0..1: the share of the best
   * passage's matched question terms that each other passage holds too, averaged over them by retrieval score. A
   * question about a story in the archive finds several passages about it (of that story, or of others telling it),
   * which match the same terms; one about a missing story finds passages that each share another word or two with it.
   * 0 when only one passage was found.
   */
  hitAgreement: number;
  /**
   * Share of the question's content words (as looked up: its own, or a translation's) that no passage of the archive
   * holds, 0..1. A question about a story the archive lacks names its subject in words no story uses; one about a story
   * it holds may put its answer in other words, but its subject is somewhere.
   */
  unknownShare: number;
  /** Share of the question's names that the first story's quoted sentences lack (namesMissing reads their passages), 0..1. */
  sentenceNamesMissing: number;
  /** Share of the numbers the question writes in digits that the first story's quoted sentences lack, 0..1. */
  numbersMissing: number;
  /** 1 when the question's verb has a doer it names (roles.ts askedRole) and no quoted sentence of the first story holds the verb. */
  verbMissing: number;
  /**
   * Share of the question's content words (numbers aside) of which no quoted sentence holds a word with the same first
   * five letters, 0..1, unweighted: a looser match than the stems ("fallecieron" beside "falleció"), by truncation, which
   * McNamee, Nicholas & Mayfield (SIGIR 2009, "Addressing morphological variation in alphabetic languages") found as good
   * as a stemmer for retrieval in Romance languages. 1 when no sentence is quoted.
   */
  wordsMissing: number;
}

export const FEATURES = [
  'passageCoverage', 'sentenceCoverage', 'expectsType', 'typeMissing', 'runnerUpRatio', 'namesMissing', 'questionLength', 'rarestMissing',
  'articleCoverage', 'windowCoverage', 'hitAgreement', 'unknownShare', 'sentenceNamesMissing', 'numbersMissing', 'verbMissing', 'wordsMissing',
] as const satisfies ReadonlyArray<keyof AnswerabilityFeatures>;

/** A fitted model: standardisation, weights in FEATURES order, and the probability from which to answer. */
export interface AnswerabilityModel {
  mean: readonly number[];
  scale: readonly number[];
  weights: readonly number[];
  bias: number;
  /** Answer when the probability is at least this. */
  threshold: number;
}

/** One model per lookup mode. */
export type AnswerabilityModels = Record<LookupMode, AnswerabilityModel>;

/** The features as a vector, in FEATURES order. */
export function featureVector(features: AnswerabilityFeatures): number[] {
  return FEATURES.map((name) => features[name]);
}

/** Probability (0..1) that the articles answer the question. */
export function answerProbability(features: AnswerabilityFeatures, model: AnswerabilityModel): number {
  const vector = featureVector(features);
  const z = vector.reduce((sum, value, i) => sum + (model.weights[i] ?? 0) * ((value - (model.mean[i] ?? 0)) / (model.scale[i] || 1)), model.bias);
  return 1 / (1 + Math.exp(-z));
}

/** Whether `model` answers a question with these features. */
export function answers(features: AnswerabilityFeatures, model: AnswerabilityModel): boolean {
  return answerProbability(features, model) >= model.threshold;
}
