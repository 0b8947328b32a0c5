/**
 * A settled sentence (tokens.ts settleSentences) reads each token's name answers once and gives them again: the
 * answers must be the ones the rules read from the tokens themselves, at every position, asked in any order.
 */
import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../src/quotes/quotations.js';
import { isNameWord, markCommonWords, markNamesOpenedByTitles, nameEnd, settleSentences, tokenize, type Sentence } from '../../src/quotes/tokens.js';

function sentenceOf(text: string): Sentence {
  const span = { start: 0, end: text.length };
  const sentence = tokenize(text, span, findQuotations(text, [span]), 0);
  markCommonWords([sentence], 'es');
  markNamesOpenedByTitles([sentence]);
  return sentence;
}

const TEXTS = [
  'La directora del Banco Central de Reserva, Marta Ibáñez Soler, dijo que «no habrá recortes» en Valparaíso.',
  'Officials at the Institute for Fiscal Studies and Tomás Ferrer of Ruiz Hart group said prices had risen.',
];

describe('settled sentences', () => {
  it('answer isNameWord and nameEnd at every token as the unsettled tokens do, asked from the end first', () => {
    for (const text of TEXTS) {
      const unsettled = sentenceOf(text).tokens;
      const sentence = sentenceOf(text);
      settleSentences([sentence]);
      const positions = [...sentence.tokens.keys()].reverse();
      const read = (tokens: Sentence['tokens']) => positions.map((at) => ({ at, end: nameEnd(tokens, at), nameWord: isNameWord(tokens, at) }));
      const names = read(sentence.tokens);
      // Asked twice: the second answers are the remembered ones.
      expect(read(sentence.tokens)).toEqual(names);
      expect(names).toEqual(read(unsettled));
      // Not vacuous: the sentence holds names of several words.
      expect(names.some(({ at, end }) => end - at >= 3)).toBe(true);
    }
  });
});
