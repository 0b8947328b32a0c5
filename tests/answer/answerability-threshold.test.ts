/**
 * The answerability threshold is set for issue 15's two targets together: of the questions about
 * articles outside the index at most MAX_OUT_OF_CORPUS_ANSWERED are answered, and within that bound
 * as few answerable questions as possible are refused. An out-of-corpus question a rule refuses whatever the model
 * says is never answered, so it does not use up the bound.
 */
import { describe, expect, it } from 'vitest';
import { answers, type AnswerabilityFeatures } from '../../src/answer/answerability.js';
import { fitAnswerability, fitAnswerabilityModels, MAX_OUT_OF_CORPUS_ANSWERED, type TrainingExample } from '../../scripts/eval/fit-answerability.js';

const NONE: AnswerabilityFeatures = { passageCoverage: 0, sentenceCoverage: 0, expectsType: 0, typeMissing: 0, runnerUpRatio: 0, namesMissing: 0, questionLength: 1, rarestMissing: 0, articleCoverage: 0, windowCoverage: 0, hitAgreement: 0, unknownShare: 0, sentenceNamesMissing: 0, numbersMissing: 0, verbMissing: 0, wordsMissing: 0 };

/** A question whose best passage holds `coverage` of it, in the passages' language. */
function example(coverage: number, inCorpus: boolean): TrainingExample {
  return { features: { ...NONE, passageCoverage: coverage, sentenceCoverage: coverage }, mode: 'same', answerable: inCorpus, outOfCorpus: !inCorpus };
}

/** `count` coverages evenly spread over [from, to]. */
function spread(count: number, from: number, to: number): number[] {
  return Array.from({ length: count }, (_, i) => from + ((to - from) * i) / (count - 1));
}

describe('fitAnswerability threshold', () => {
  // Answerable questions cover 0.3..1 of their question, out-of-corpus ones 0..0.6: the two overlap.
  const inside = spread(200, 0.3, 1).map((coverage) => example(coverage, true));
  const outside = spread(200, 0, 0.6).map((coverage) => example(coverage, false));
  const model = fitAnswerability([...inside, ...outside]);
  const answered = (examples: TrainingExample[]) => examples.filter((item) => answers(item.features, model)).length;

  it('answers no more of the out-of-corpus questions than the bound allows', () => {
    expect(answered(outside)).toBeLessThanOrEqual(MAX_OUT_OF_CORPUS_ANSWERED * outside.length);
  });

  it('refuses no answerable question that a lower threshold within the bound would answer', () => {
    // The out-of-corpus question just below the threshold: answering it too would break the bound.
    const nextOutside = outside.filter((item) => !answers(item.features, model)).at(-1);
    expect(nextOutside).toBeDefined();
    expect(answered(outside) + 1).toBeGreaterThan(MAX_OUT_OF_CORPUS_ANSWERED * outside.length);
    // Every answerable question covering more than that out-of-corpus one is answered.
    const refusedAbove = inside.filter((item) => item.features.passageCoverage > (nextOutside?.features.passageCoverage ?? 1) && !answers(item.features, model));
    expect(refusedAbove).toEqual([]);
  });

  it('answers every question that covers more of itself than any out-of-corpus one', () => {
    expect(answers(example(0.65, true).features, model)).toBe(true);
    expect(answers(example(0.1, false).features, model)).toBe(false);
  });

  it('does not count as answered the out-of-corpus questions a rule refuses anyway', () => {
    // The out-of-corpus questions covering most of themselves are refused by a rule whatever the threshold.
    const ruled = outside.map((item) => ({ ...item, refusedAnyway: item.features.passageCoverage > 0.5 }));
    const lower = fitAnswerability([...inside, ...ruled]);
    const answeredBy = (fitted: typeof model, examples: TrainingExample[]) => examples.filter((item) => answers(item.features, fitted)).length;
    expect(answeredBy(lower, inside)).toBeGreaterThan(answeredBy(model, inside));
    const reallyAnswered = ruled.filter((item) => !item.refusedAnyway && answers(item.features, lower)).length;
    expect(reallyAnswered).toBeLessThanOrEqual(MAX_OUT_OF_CORPUS_ANSWERED * ruled.length);
  });

  it('cannot be set without out-of-corpus questions', () => {
    expect(() => fitAnswerabilityModels(inside)).toThrow(/out-of-corpus/);
  });
});
