import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ELLIPSIS, packLines, splitToFit, truncateToFit } from '../../src/present/fit.js';
import { escapeMarkdown } from '../../src/discord/render/markdown.js';
import { hostileText, longHostileText } from '../support/hostile-text.js';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const escapedLength = (text: string) => escapeMarkdown(text).length;

/** Checks that `pieces` are `text` in order, with only whitespace lost at the cuts; returns the cut positions. */
function expectSameText(text: string, pieces: string[]): number[] {
  const cuts: number[] = [];
  const trimmed = text.trim();
  let at = 0;
  for (const piece of pieces) {
    while (/\s/.test(trimmed.charAt(at)) && !piece.startsWith(trimmed.charAt(at))) at++;
    expect(trimmed.startsWith(piece, at)).toBe(true);
    at += piece.length;
    cuts.push(at);
  }
  expect(trimmed.slice(at).trim()).toBe('');
  return cuts.slice(0, -1);
}

describe('splitToFit', () => {
  it('cuts after a sentence when one fits', () => {
    const text = 'Putin viajará a Vietnam. Allí firmará acuerdos comerciales con el gobierno.';
    expect(splitToFit(text, 40)).toEqual(['Putin viajará a Vietnam.', 'Allí firmará acuerdos comerciales con el', 'gobierno.']);
  });

  it('returns short text whole and blank text as nothing', () => {
    expect(splitToFit('  Hola.  ', 100)).toEqual(['Hola.']);
    expect(splitToFit(' \n ', 100)).toEqual([]);
  });

  it('keeps every piece within the limit, loses no text, and cuts inside a word only when the word alone is too long', () => {
    fc.assert(
      // 2,000 characters cross several of splitToFit's windows (the limit plus 64) at every limit drawn here. With 10,000,
      // up to 600 pieces a run: 2.6 s of CPU (27 s of wall time under a load of 21 on 2 cores, against 30 s per test).
      fc.property(fc.oneof(hostileText(), longHostileText(2_000)), fc.integer({ min: 16, max: 300 }), (text, max) => {
        const pieces = splitToFit(text, max);
        for (const piece of pieces) {
          expect(piece.length <= max || [...graphemes.segment(piece)].length === 1).toBe(true);
          expect(piece.trim()).toBe(piece);
        }
        const trimmed = text.trim();
        expectSameText(text, pieces).forEach((cut, index) => {
          const atSpace = /\s/.test(trimmed[cut] ?? ' ') || /\s/.test(trimmed[cut - 1] ?? ' ');
          if (!atSpace) expect(pieces[index]).not.toMatch(/\s/);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('measures pieces as they will be sent', () => {
    fc.assert(
      fc.property(longHostileText(), (text) => {
        for (const piece of splitToFit(text, 2000, escapedLength)) expect(escapedLength(piece)).toBeLessThanOrEqual(2000);
      }),
      { numRuns: 30 },
    );
  });

  it('never splits an emoji', () => {
    const pieces = splitToFit('👍🏽'.repeat(50), 9);
    expect(pieces.join('')).toBe('👍🏽'.repeat(50));
    for (const piece of pieces) expect(piece).toMatch(/^(👍🏽)+$/u);
  });
});

describe('truncateToFit', () => {
  it('shortens at a word boundary and adds an ellipsis', () => {
    expect(truncateToFit('Kim Jong Un visitó el cosmódromo de Vostochny', 20)).toBe('Kim Jong Un visitó' + ELLIPSIS);
  });

  it('gives back text that fits unchanged', () => {
    expect(truncateToFit('corto', 5)).toBe('corto');
  });

  it('always fits and always keeps the start of the text', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText(), longHostileText()), fc.integer({ min: 1, max: 1024 }), (text, max) => {
        const shown = truncateToFit(text, max, escapedLength);
        expect(escapedLength(shown)).toBeLessThanOrEqual(max);
        if (shown !== text && shown !== '') {
          expect(shown.endsWith(ELLIPSIS)).toBe(true);
          expect(text.startsWith(shown.slice(0, -ELLIPSIS.length))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('packLines', () => {
  it('joins lines into blocks within the limit without breaking a line', () => {
    expect(packLines(['aaaa', 'bbbb', 'cc', 'dddddd'], 10)).toEqual(['aaaa\nbbbb', 'cc\ndddddd']);
  });
});
