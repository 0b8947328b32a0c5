import { describe, expect, it } from 'vitest';
import { densestWindowWeight, rerankByProximity } from '../../src/search/proximity.js';
import { createPassageIndex } from '../../src/search/store.js';
import type { Passage } from '../../src/corpus/types.js';

const weights = new Map([['plan', 2], ['vivienda', 3], ['jovenes', 1]]);

describe('densest window of question terms', () => {
  it('sums the weights of the distinct question terms that fit in one window', () => {
    expect(densestWindowWeight(['gobierno', 'plan', 'vivienda', 'jovenes'], weights, 3)).toBe(6);
    expect(densestWindowWeight(['plan', 'a', 'b', 'vivienda', 'c', 'd', 'jovenes'], weights, 3)).toBe(3);
    expect(densestWindowWeight(['plan', 'a', 'b', 'vivienda', 'c', 'd', 'jovenes'], weights, 4)).toBe(5);
  });

  it('counts a repeated term once and nothing for a passage without question terms', () => {
    expect(densestWindowWeight(['plan', 'plan', 'plan'], weights, 3)).toBe(2);
    expect(densestWindowWeight(['otra', 'cosa'], weights, 3)).toBe(0);
  });
});

describe('re-ranking by proximity', () => {
  it('reorders only the first candidates, by score plus bonus', () => {
    const ranking: Array<[string, number]> = [['a', 10], ['b', 9.5], ['c', 9], ['d', 1]];
    const bonus = (id: string) => ({ a: 0, b: 2, c: 0, d: 50 })[id] ?? 0;
    expect(rerankByProximity(ranking, 3, bonus).map(([id]) => id)).toEqual(['b', 'a', 'c', 'd']);
  });
});

describe('passage index', () => {
  it('prefers the passage where the question words stand together to a shorter one where they are scattered', async () => {
    const filler = 'La ciudad amplió los horarios del mercado central y de las bibliotecas municipales durante el verano.';
    const scattered = `La vivienda sube. ${filler} ${filler} El plan tardará. ${filler} ${filler} Los jóvenes esperan.`;
    const together = `El gobierno aprobó un plan de vivienda para jóvenes. ${filler.repeat(5)}`;
    // Other articles give the question's words the weight of rare words, as in a real corpus.
    const others = ['El equipo ganó la final.', 'Llovió en el norte.', 'Subió la bolsa.', 'Cerró la fábrica.', 'Abrió el museo.', 'Cayó la nieve.'];
    const passages: Passage[] = [scattered, together, ...others].map((text, n) => ({ id: `a#${n}`, articleId: 'a', n, paragraph: n, start: 0, end: text.length, text, language: 'es' }));
    const index = await createPassageIndex(passages);
    expect((await index.search('¿Qué plan de vivienda para jóvenes?', { limit: 2, language: 'es' }))[0]?.passageId).toBe('a#1');
  });
});
