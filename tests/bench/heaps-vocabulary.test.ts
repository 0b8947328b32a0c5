/**
 * The realistic benchmark archive's vocabulary (scripts/bench/heaps-vocabulary.ts) keeps growing as
 * Heaps' law says: distinct words ≈ k·T^β with the exponent it was given, and never runs out of words.
 */
import { describe, expect, it } from 'vitest';
import { HEAPS_BETA, heapsVocabulary, inventedTerm } from '../../scripts/bench/heaps-vocabulary.js';
import { createRandom } from '../support/random.js';

describe('heapsVocabulary', () => {
  it('gives distinct words growing as T^β between 20,000 and 400,000 draws', () => {
    const random = createRandom(3);
    const vocabulary = heapsVocabulary(['de', 'casa', 'gobierno'], { scale: 300 });
    const seen = new Set<string>();
    const distinctAt = new Map<number, number>();
    for (let drawn = 1; drawn <= 400_000; drawn++) {
      seen.add(vocabulary.draw(random));
      if (drawn === 20_000 || drawn === 400_000) distinctAt.set(drawn, seen.size);
    }
    const exponent = Math.log(distinctAt.get(400_000)! / distinctAt.get(20_000)!) / Math.log(20);
    expect(exponent).toBeGreaterThan(HEAPS_BETA - 0.08);
    expect(exponent).toBeLessThan(HEAPS_BETA + 0.08);
    expect(seen.has('casa')).toBe(true);
  });

  it('spells every rank as a different word', () => {
    const words = new Set(Array.from({ length: 200_000 }, (_, rank) => inventedTerm(rank)));
    expect(words.size).toBe(200_000);
  });
});
