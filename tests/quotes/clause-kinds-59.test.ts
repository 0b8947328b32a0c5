/**
 * Reported clauses of issue 16, stop 59: an English that-less clause whose subject is a plural noun after its article
 * ("says the beds fill by seven", "said the prices rise…"), as a bare plural's was ("said protests show…"); and a view
 * given in a relative "para quien" ("…la arquitecta Rosa Mena, para quien el edificio es…"), as "según el cual" gives
 * one. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language: string) =>
  extractStatements(articleFromParagraphs({ id: 'a', title: 'Nota', date: '2024-03-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('an English that-less clause opened by a plural noun and its article', () => {
  const cases: Array<[string, string, string]> = [
    ['Rosa Delgado, who directs the shelter, says the beds fill by seven every night.', 'Rosa Delgado', 'the beds fill by seven every night'],
    ['Owen Pryce, a sheep farmer in Powys, said the ewes lamb early when the winter is mild.', 'Owen Pryce', 'the ewes lamb early'],
    ['Councillor Nia Hart says their buses run empty after nine.', 'Nia Hart', 'their buses run empty after nine'],
  ];
  for (const [sentence, speaker, words] of cases) {
    it(`reports it: ${sentence.slice(0, 50)}`, () => {
      expect(found([sentence], 'en')).toContainEqual({ kind: 'indirect', text: expect.stringContaining(words), speaker });
    });
  }
});

describe('a view given in a relative "para quien"', () => {
  it('is the antecedent’s reported speech, and a quotation in it their words', () => {
    const statements = found(['La obra la dirige la arquitecta Rosa Mena, para quien el edificio es «un homenaje a los obreros del puerto».'], 'es');
    expect(statements).toContainEqual({ kind: 'indirect', text: expect.stringContaining('el edificio es'), speaker: 'Rosa Mena' });
    expect(statements).toContainEqual({ kind: 'direct', text: 'un homenaje a los obreros del puerto', speaker: 'Rosa Mena' });
  });

  it('is no source after a preposition that is no view', () => {
    expect(found(['El albañil Pedro Gil trabajó para quien le pagara mejor durante la crisis.'], 'es')).toEqual([]);
  });
});
