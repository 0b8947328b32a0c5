import { describe, expect, it } from 'vitest';
import { documentFrequency, emptyField, hasTerm, insertDocument, postingsOf, removeDocument, saveField, type Field } from '../../src/search/postings.js';
import { createRandom } from '../support/random.js';

describe('postings of a large field', () => {
  it('keeps every posting when pending pairs span many chunks and are assembled twice, with a removal between', () => {
    const field = emptyField();
    // Document d holds "all", "even"/"odd" and its own term: 3 pairs each, over 200,000 pairs in all.
    const documents = 70_000;
    const tokens = (d: number) => ['all', d % 2 ? 'odd' : 'even', `own${d}`];
    for (let d = 0; d < documents; d++) insertDocument(field, d, tokens(d), d + 1);
    expect(documentFrequency(field, 'all')).toBe(documents);
    expect(documentFrequency(field, 'odd')).toBe(documents / 2);
    expect(hasTerm(field, 69_999, 'own69999')).toBe(true);
    expect(hasTerm(field, 12_345, 'even')).toBe(false);

    expect(removeDocument(field, 4, documents)).toBe(true);
    for (let d = documents; d < 2 * documents; d++) insertDocument(field, d, tokens(d), d);
    const saved = saveField(field);
    expect(documentFrequency(field, 'all')).toBe(2 * documents - 1);
    expect(hasTerm(field, 4, 'all')).toBe(false);
    expect(hasTerm(field, 139_999, 'odd')).toBe(true);
    expect(hasTerm(field, 100_000, 'own100000')).toBe(true);
    // Each term's postings ascend by document.
    const all = saved.documents.subarray(saved.offsets[0], saved.offsets[1]);
    expect(all.every((id, at) => at === 0 || id > all[at - 1]!)).toBe(true);
  });

  it("keeps each document's length, term counts and id over many thousands of pending documents", () => {
    const field = emptyField();
    // Lengths and counts vary by document, ids skip some numbers: each pending list is read back in place.
    const documents = 20_000;
    const idOf = (d: number) => d + Math.floor(d / 7);
    const tokens = (d: number) => [...Array.from({ length: 1 + (d % 5) }, () => 'all'), `own${d}`, ...(d % 3 ? ['some'] : [])];
    for (let d = 0; d < documents; d++) insertDocument(field, idOf(d), tokens(d), d + 1);
    const saved = saveField(field);
    const all = { from: saved.offsets[0]!, to: saved.offsets[1]! };
    expect(all.to - all.from).toBe(documents);
    for (let d = 0; d < documents; d++) {
      expect(saved.lengths[idOf(d)]).toBe(tokens(d).length);
      expect(saved.documents[all.from + d]).toBe(idOf(d));
      expect(saved.counts[all.from + d]).toBe(1 + (d % 5));
      expect(hasTerm(field, idOf(d), `own${d}`)).toBe(true);
    }
    expect(documentFrequency(field, 'some')).toBe(documents - Math.ceil(documents / 3));
  });

  it('gives the postings, lengths and average length of a plain reference index, for a build and for a small update folded in place', () => {
    const random = createRandom(17);
    const vocabulary = Array.from({ length: 3_000 }, (_, i) => `t${i}`);
    // Zipf-like: a few terms in most documents, most terms rare; counts up to 70 (past the packed pairs' 63).
    const document = () => Array.from({ length: 1 + random.int(40) }, () => vocabulary[random.longTail(vocabulary.length) - 1]!);
    const reference = new Map<number, string[]>();
    const field = emptyField();
    const insert = (id: number, tokens: string[]) => {
      reference.set(id, tokens);
      insertDocument(field, id, tokens, reference.size);
    };
    for (let id = 0; id < 20_000; id++) insert(id, id === 5 ? Array.from({ length: 70 }, () => 't0') : document());
    expectSameAs(field, reference);
    expect(field.moved.size).toBe(0);
    // Five thousand one-word documents more (past one chunk of the pending lists): few enough postings to be folded list by list.
    for (let id = 20_000; id < 25_000; id++) insert(id, document().slice(0, 1));
    expectSameAs(field, reference);
    expect(field.moved.size).toBeGreaterThan(0);
  });
});

/** The field's postings (assembled by the first read), lengths and average length against a Map-based index of the same documents (ids ascending). */
function expectSameAs(field: Field, reference: Map<number, string[]>): void {
  const expected = new Map<string, number[]>();
  let totalLength = 0;
  for (const [id, tokens] of reference) {
    totalLength += tokens.length;
    const counts = new Map<string, number>();
    for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
    for (const [term, count] of counts) {
      const postings = expected.get(term) ?? [];
      postings.push(id, count);
      expected.set(term, postings);
    }
  }
  const actual = new Map<string, number[]>();
  for (const term of expected.keys()) {
    expect(documentFrequency(field, term)).toBe(expected.get(term)!.length / 2);
    const { documents, counts, from, to } = postingsOf(field, field.terms.numberOf(term)!);
    actual.set(term, Array.from({ length: 2 * (to - from) }, (_, at) => (at % 2 ? counts : documents)[from + (at >> 1)]!));
  }
  // One comparison each: an expect per posting takes minutes on a loaded machine.
  expect(actual).toEqual(expected);
  expect(Array.from(reference.keys(), (id) => field.lengths[id])).toEqual(Array.from(reference.values(), (tokens) => tokens.length));
  expect(field.averageLength).toBeCloseTo(totalLength / reference.size, 9);
}
