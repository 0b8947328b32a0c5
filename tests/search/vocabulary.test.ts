import { describe, expect, it } from 'vitest';
import { createVocabulary, type Vocabulary } from '../../src/search/vocabulary.js';
import { createRandom } from '../support/random.js';

/** Terms of several scripts and lengths: accented Latin, CJK bigrams, a character beyond the BMP, tags as the index gives them. */
function someTerms(count: number, seed: number): string[] {
  const random = createRandom(seed);
  const alphabets = ['abcdefghijklmnñopqrstuvwxyz', 'áéíóúüç', '東京大学新聞', '𝒳😀', 'ßÆ'];
  const terms = new Set<string>();
  while (terms.size < count) {
    const alphabet = alphabets[random.int(alphabets.length)]!;
    const letters = Array.from(alphabet);
    const word = Array.from({ length: 1 + random.int(9) }, () => letters[random.int(letters.length)]!).join('');
    terms.add(`${['es:', 'en:', '*:', ''][random.int(4)]}${word}`);
  }
  return [...terms];
}

function vocabularyOf(terms: string[], base?: Vocabulary): Vocabulary {
  const vocabulary = base ?? createVocabulary();
  for (const term of terms) vocabulary.numberOf(term) ?? vocabulary.add(term);
  return vocabulary;
}

describe('a field vocabulary saved and restored', () => {
  it('gives every term its number back, and none to a term it does not hold', () => {
    const terms = someTerms(3_000, 5);
    const built = vocabularyOf(terms);
    const restored = createVocabulary(structuredClone(built.save()));
    expect(restored.size).toBe(terms.length);
    terms.forEach((term, number) => expect(restored.numberOf(term)).toBe(number));
    for (const absent of ['', 'es:', 'zzzzzzzzzzzz', 'es:東', '😀😀😀😀😀😀😀😀😀😀', 'es:a\u0000']) if (!terms.includes(absent)) expect(restored.numberOf(absent)).toBeUndefined();
  });

  it('numbers terms added after a restore next, and keeps every number through further saves and restores', () => {
    const terms = someTerms(4_000, 11);
    const first = vocabularyOf(terms.slice(0, 2_500));
    const restored = createVocabulary(structuredClone(first.save()));
    // Terms already held keep their numbers when met again; new ones come after.
    vocabularyOf(terms.slice(2_000, 3_200), restored);
    expect(restored.size).toBe(3_200);
    const again = createVocabulary(structuredClone(restored.save()));
    vocabularyOf(terms.slice(3_200), again);
    const last = createVocabulary(structuredClone(again.save()));
    expect(last.size).toBe(terms.length);
    terms.forEach((term, number) => expect(last.numberOf(term), term).toBe(number));
    expect(last.numberOf('es:not-a-term')).toBeUndefined();
  });

  it('finds a term added after a restore that was looked for, and not found, before', () => {
    const terms = someTerms(2_000, 7);
    const restored = createVocabulary(structuredClone(vocabularyOf(terms.slice(0, 1_000)).save()));
    // Looked for first (a question's word the archive lacks), then brought by a live update.
    for (const term of terms.slice(1_000)) expect(restored.numberOf(term)).toBeUndefined();
    vocabularyOf(terms.slice(1_000), restored);
    terms.forEach((term, number) => expect(restored.numberOf(term), term).toBe(number));
    // Past the absent terms it remembers (more than any one question brings), it still tells held from absent.
    for (let n = 0; n < 70_000; n++) expect(restored.numberOf(`es:absent-${n}`)).toBeUndefined();
    terms.forEach((term, number) => expect(restored.numberOf(term), term).toBe(number));
  });

  it('saves the terms in sorted order, those added after a restore merged in', () => {
    const terms = someTerms(1_000, 3);
    const restored = createVocabulary(vocabularyOf(terms.slice(0, 600)).save());
    const saved = vocabularyOf(terms.slice(600), restored).save();
    const decoded = Array.from(saved.ends, (end, n) => Buffer.from(saved.bytes).toString('utf8', n === 0 ? 0 : saved.ends[n - 1], end));
    expect(decoded).toEqual(terms);
    const inOrder = Array.from(saved.sorted, (number) => decoded[number]!);
    expect(inOrder).toEqual([...terms].sort());
  });

  it('finds a term holding a lone surrogate again by the form it is read back as', () => {
    const terms = ['es:a', 'es:b\uD800', 'es:c', 'es:\uDC00z'];
    const restored = createVocabulary(vocabularyOf(terms).save());
    expect(restored.numberOf('es:b\uFFFD')).toBe(1);
    expect(restored.numberOf('es:\uFFFDz')).toBe(3);
    expect(restored.numberOf('es:c')).toBe(2);
  });

  it('refuses a saved vocabulary whose parts do not fit together', () => {
    const saved = vocabularyOf(['a', 'b', 'c']).save();
    expect(() => createVocabulary({ ...saved, sorted: Uint32Array.from([0, 0, 1]) })).toThrow(/inconsistent/);
    expect(() => createVocabulary({ ...saved, ends: Uint32Array.from([1, 9, 3]) })).toThrow(/inconsistent/);
    expect(() => createVocabulary({ ...saved, sorted: Uint32Array.from([0, 1]) })).toThrow(/inconsistent/);
  });
});
