import { describe, expect, it } from 'vitest';
import { isPlaceName } from '../../src/quotes/countries.js';

// isPlaceName answers most keys (people's names) from their words before any pass over the countries' forms: these
// guard that the early answer and the full reading agree, for places, places joined by links and names holding a place's word.
describe('a place speaking for its government', () => {
  it('is a capital, a seat or a country, alone, after an article or joined to another', () => {
    for (const key of ['moscu', 'el kremlin', 'the white house', 'corea del norte', 'la moneda', 'pyongyang y moscu', 'washington and beijing', 'pekin e islamabad', 'nueva delhi']) {
      expect(isPlaceName(key), key).toBe(true);
    }
  });

  it('is no place when any word is a person\'s, a link of no place name or a word the place does not have', () => {
    for (const key of ['maria gonzalez', 'moscu y maria', 'juan de moscu', 'washington post', 'el alcalde de lima', 'casa blanca roja']) {
      expect(isPlaceName(key), key).toBe(false);
    }
  });
});
