/**
 * The bounds callers use to try fewer token ranges with `readPhrase` (phrases.ts): every range they skip must be one
 * that reads nothing, or skipping it would change who is credited. Checked over every range of sentences written
 * for it: articles and possessives before the phrase's words, quotations, commas, clause words, verbs of saying,
 * and names longer than a phrase may be.
 */
import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../src/quotes/quotations.js';
import { phraseEndCeiling, phraseStartFloor, readPhrase } from '../../src/quotes/phrases.js';
import { tokenize, type Sentence } from '../../src/quotes/tokens.js';

const SENTENCES = [
  'El presidente ruso Vladimir Putin dijo que viajará a Hanói, según la agencia estatal.',
  'the city\'s mayor Olivia Brandt said on Tuesday that the bridge would reopen in May',
  'The nation\'s top infectious disease expert, Dr. Amal Reyes, told reporters “we are not there yet”, she added.',
  'La portavoz del Ministerio de Asuntos Exteriores de la República Federal de Alemania y de la Unión Europea de Naciones del Sur Ana María Ruiz de la Fuente y Gómez afirmó que no.',
  'Funcionarios de Washington y Seúl, que pidieron el anonimato, aseguraron que las conversaciones seguirán.',
  'a senior French diplomat who asked not to be named said the talks had stalled because Kyodo news agency reported it',
  'Según él, los abogados del expresidente Hernández y la fiscal general María Gil «no tienen pruebas», apuntó.',
];

function sentenceOf(text: string): Sentence {
  const span = { start: 0, end: text.length };
  return tokenize(text, span, findQuotations(text, [span]), 0);
}

describe('phrase bounds', () => {
  it('skips only ends after the ceiling, which read nothing', () => {
    let read = 0;
    for (const text of SENTENCES) {
      const sentence = sentenceOf(text);
      const count = sentence.tokens.length;
      for (let from = 0; from < count; from++) {
        const ceiling = phraseEndCeiling(sentence.tokens, from, count);
        expect(ceiling).toBeGreaterThan(from);
        for (let to = ceiling + 1; to <= count; to++) expect(readPhrase(sentence, text, from, to), `${text} [${from}, ${to})`).toBeUndefined();
        if (readPhrase(sentence, text, from, ceiling)) read++;
      }
    }
    // Not vacuous: the ceiling is often itself an end that reads a phrase.
    expect(read).toBeGreaterThan(10);
  });

  it('skips only starts before the floor, which read nothing', () => {
    for (const text of SENTENCES) {
      const sentence = sentenceOf(text);
      for (let to = 1; to <= sentence.tokens.length; to++) {
        const floor = phraseStartFloor(sentence.tokens, 0, to);
        for (let from = 0; from < floor; from++) expect(readPhrase(sentence, text, from, to), `${text} [${from}, ${to})`).toBeUndefined();
      }
    }
  });

  it('stops a segment\'s ends at a token no phrase holds, and within a phrase\'s length', () => {
    const text = 'El ministro, que llegó tarde, dijo algo';
    const sentence = sentenceOf(text);
    expect(phraseEndCeiling(sentence.tokens, 0, sentence.tokens.length)).toBe(2);
    const long = sentenceOf(Array.from({ length: 40 }, (_, i) => `Nombre${i}`).join(' '));
    expect(phraseEndCeiling(long.tokens, 3, long.tokens.length)).toBe(3 + 2 + 16);
  });
});
