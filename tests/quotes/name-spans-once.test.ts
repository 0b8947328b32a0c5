/**
 * A sentence's name spans are read once (tokens.ts nameSpans): the cast, the mentions and the subject rules each ask
 * for them, several times a sentence. The list given again is the one first read, and the same as a fresh reading.
 */
import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../src/quotes/quotations.js';
import { markCommonWords, nameSpans, tokenize, type Sentence } from '../../src/quotes/tokens.js';

function sentenceOf(text: string): Sentence {
  const span = { start: 0, end: text.length };
  const sentence = tokenize(text, span, findQuotations(text, [span]), 0);
  markCommonWords([sentence], 'es');
  return sentence;
}

describe('name spans', () => {
  const text = 'La portavoz del Banco de España, Ana María Ruiz, dijo en Madrid que Pedro Gil «no tiene pruebas».';

  it('reads a sentence once and gives the same list again', () => {
    const sentence = sentenceOf(text);
    const first = nameSpans(sentence, text);
    expect(nameSpans(sentence, text)).toBe(first);
    // Not vacuous: the sentence names people.
    expect(first.map((span) => span.text)).toEqual(expect.arrayContaining(['Ana María Ruiz', 'Pedro Gil']));
  });

  it('gives what a fresh reading of the same tokens gives', () => {
    const sentence = sentenceOf(text);
    nameSpans(sentence, text);
    expect(nameSpans(sentence, text)).toEqual(nameSpans({ ...sentence }, text));
  });
});
