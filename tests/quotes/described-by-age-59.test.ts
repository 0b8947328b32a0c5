/**
 * An anonymous speaker described with an age compound (issue 16, stop 59): "A 34-year-old nurse said…", "…, said a
 * 60-year-old farmer from the valley" are statements of the person so described, as "A nurse said…" is; the number
 * compound describes the noun as an adjective does. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraph: string) =>
  extractStatements(articleFromParagraphs({ id: 'a', title: 'Storm', date: '2024-03-01', language: 'en' }, [paragraph])).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('an anonymous speaker described with an age compound', () => {
  it('reports what a 34-year-old nurse who asked not to be named said', () => {
    expect(found('A 34-year-old nurse who asked not to be named said the ward had no heating for a week.')).toEqual([
      { kind: 'indirect', text: 'the ward had no heating for a week', speaker: expect.stringMatching(/34-year-old nurse/) },
    ]);
  });

  it('credits a quotation closed by "said a 60-year-old farmer"', () => {
    expect(found('“We had no warning at all,” said a 60-year-old farmer from the valley.')).toEqual([
      { kind: 'direct', text: 'We had no warning at all', speaker: expect.stringMatching(/60-year-old farmer/) },
    ]);
  });

  it('reads a number compound that describes no person as no speaker', () => {
    expect(found('A 20-year-old law said the ward must stay heated all winter.').filter((statement) => statement.speaker !== null)).toEqual([]);
  });
});
