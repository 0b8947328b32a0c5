/**
 * Every token the quote reader makes has the same fields in the same order, whatever it is (a word, a punctuation mark,
 * a quotation, a joined abbreviation or French compound, a verb of saying): V8 then gives them one hidden class, and the
 * rules that read tokens (each many times per word) are not deoptimised by a new mix of fields (tokens.ts makeToken).
 */
import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../src/quotes/quotations.js';
import { markCommonWords, markNamesOpenedByTitles, tokenize } from '../../src/quotes/tokens.js';

function tokensOf(text: string) {
  const span = { start: 0, end: text.length };
  const sentence = tokenize(text, span, findQuotations(text, [span]), 0);
  markCommonWords([sentence], 'es');
  markNamesOpenedByTitles([sentence]);
  return sentence.tokens;
}

describe('token shape', () => {
  it('gives quotations, abbreviations, compounds and plain words the same fields in one order', () => {
    const texts = [
      'El Sr. Ruiz dijo que EE.UU. no firmará: «No vamos a ceder», añadió el portavoz de General Motors.',
      'Le ministre a déclaré « nous restons prudents », selon M. Caldwell.',
      'Dr Amal Reyes, of the U.S. agency, said “we are not there yet”.',
    ];
    const tokens = texts.flatMap(tokensOf);
    // Not vacuous: the sentences hold each kind of token whose fields once differed.
    expect(tokens.some((token) => token.kind === 'quote')).toBe(true);
    expect(tokens.some((token) => token.abbreviation)).toBe(true);
    expect(tokens.some((token) => token.verb)).toBe(true);
    const shapes = new Set(tokens.map((token) => Object.keys(token).join(',')));
    expect([...shapes]).toHaveLength(1);
  });
});
