import { describe, expect, it } from 'vitest';
import { documentFrequency, emptyField, hasTerm, insertDocument, removeDocument, saveField } from '../../src/search/postings.js';

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
});
