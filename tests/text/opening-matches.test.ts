import { describe, expect, it } from 'vitest';
import { openingMatcher } from '../../src/text/opening-matches.js';

/** A pattern of the kind it is for: a look-behind over letters, cue words, then a capitalised name (group 1). */
const OPENING = '(?:(?:contest[oó]|respondi[oó])\\s+a|replied to|en charla con)';
const FULL = new RegExp(`(?<!\\p{L})${OPENING}\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.&-]*(?:\\s+\\p{Lu}[\\p{L}.&-]*){0,3})`, 'gu');
const matcher = openingMatcher(new RegExp(OPENING, 'u'), FULL);
const shown = (matches: RegExpExecArray[]) => matches.map((match) => [match.index, match[0], match[1]]);

describe('openingMatcher', () => {
  const texts = [
    'La edil contestó a Onda Norte que el puente abre en mayo, y respondió a La Gaceta Comarcal después.',
    'Ruiz replied to the Harbour Post on Monday; she replied to Tidewater Weekly. as well',
    // An opening inside a longer word, a cue with no name after it, cues one after another, a name ending in a dot.
    'Lo recontestó a Nadie. Contestó a nadie. respondió a respondió a Radio Faro-Sur. contestó  a Canal 9',
    'en charla con Voces del Valle, en charla conVoces, replied to the A.B.C. News&Co replied to Z',
    'Sin ninguna de esas palabras: nada que buscar aquí, ni en inglés nothing to find.',
    '',
  ];

  it('finds what matchAll finds, at the same places, in Spanish and English texts', () => {
    for (const text of texts) expect(shown(matcher(text))).toEqual(shown([...text.matchAll(FULL)]));
    expect(shown(matcher(texts[0]!)).map(([, , name]) => name)).toEqual(['Onda Norte', 'La Gaceta Comarcal']);
    expect(shown(matcher(texts[1]!)).map(([, , name]) => name)).toEqual(['Harbour Post', 'Tidewater Weekly.']);
  });

  it('finds them in every piece of a text, whatever its start', () => {
    const text = texts.join(' ');
    for (let from = 0; from < text.length; from += 7) {
      const piece = text.slice(from);
      expect(shown(matcher(piece))).toEqual(shown([...piece.matchAll(FULL)]));
    }
  });
});
