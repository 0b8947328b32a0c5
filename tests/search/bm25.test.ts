import { describe, expect, it } from 'vitest';
import { bestResults, bm25, createScoreBoard, scoreBm25, type Bm25Parameters, type Scored } from '../../src/search/bm25.js';
import { emptyField, insertDocument, postingsOf, removeDocument, saveField, type Field } from '../../src/search/postings.js';

/** A seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/**
 * A field of `count` documents over a Zipf-like vocabulary: a few terms in most documents (postings
 * in the tens of thousands, as a common word at 100,000 articles), many rare ones. Every 50th document
 * repeats the one before, so that equal scores occur.
 */
function zipfField(count: number, seed: number): { field: Field; docs: string[][] } {
  const next = random(seed);
  const field = emptyField();
  const docs: string[][] = [];
  for (let id = 1; id <= count; id++) {
    const tokens = id % 50 === 0 ? [...docs[docs.length - 1]!] : Array.from({ length: 5 + Math.floor(next() * 40) }, () => `t${Math.floor(1 / (next() * 0.999 + 0.001)) - 1}`);
    docs.push(tokens);
    insertDocument(field, id, tokens, id);
  }
  return { field, docs };
}

/** Each document's term counts, counted once (the reference scores every document for every query). */
const termCounts = new WeakMap<string[], Map<string, number>>();
function countsOf(tokens: string[]): Map<string, number> {
  let counts = termCounts.get(tokens);
  if (!counts) {
    counts = new Map();
    for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
    termCounts.set(tokens, counts);
  }
  return counts;
}

/** The specification: every document scored with Orama's formula, terms in query order, sorted by score then id. */
function reference(docs: (string[] | undefined)[], field: Field, terms: string[][], weight: number, parameters: Bm25Parameters, limit: number): Scored[] {
  // Each document's counts looked up once per call, not once per term (the reference is most of these tests' time).
  const counts = docs.map((tokens) => tokens && countsOf(tokens));
  let live = 0;
  for (const documentCounts of counts) if (documentCounts) live++;
  const frequency = (term: string) => {
    let holding = 0;
    for (const documentCounts of counts) if (documentCounts?.has(term)) holding++;
    return holding;
  };
  const matching = terms.map((alternatives) => alternatives.reduce((sum, term) => sum + frequency(term), 0));
  const scored: Scored[] = [];
  counts.forEach((documentCounts, at) => {
    if (!documentCounts) return;
    let score = 0;
    let matched = false;
    terms.forEach((alternatives, group) => {
      for (const term of alternatives) {
        const tf = documentCounts.get(term) ?? 0;
        if (tf === 0) continue;
        matched = true;
        score = score + bm25(tf, matching[group]!, live, docs[at]!.length, field.averageLength, parameters) * weight;
      }
    });
    if (matched) scored.push([at + 1, score]);
  });
  return scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit);
}

const TEXT: Bm25Parameters = { k: 0.75, b: 0.75, d: 0.5 };
const KEYS: Bm25Parameters = { k: 1.2, b: 0.75, d: 0.5 };

describe('BM25 over compact postings', () => {
  const { field, docs } = zipfField(12_000, 7);

  it.each([
    ['two common terms', [['t0'], ['t1']], TEXT, 100],
    ['a rare term with common ones', [['t0'], ['t2'], ['t300'], ['t3']], TEXT, 100],
    ['alternatives blended', [['t0', 't5'], ['t1'], ['t40', 'nowhere']], KEYS, 100],
    ['many terms, few results wanted', [['t0'], ['t1'], ['t2'], ['t3'], ['t4'], ['t6'], ['t9'], ['t20']], TEXT, 5],
    ['more results wanted than documents match', [['t0'], ['t1'], ['t2']], TEXT, 20_000],
    ['an unknown term among known ones', [['t0'], ['zzz'], ['t1'], ['t7']], KEYS, 50],
  ] as const)('gives exactly the scores and order of scoring every document: %s', (_name, terms, parameters, limit) => {
    const query = terms.map((alternatives) => [...alternatives]);
    // Pruned, and as the index's size chooses (exhaustively at this size).
    for (const prune of [true, false]) {
      const got = scoreBm25(createScoreBoard(), { terms: query, fields: [{ field, weight: 1.5 }], parameters, docsCount: docs.length, limit, prune });
      expect(got).toEqual(reference(docs, field, query, 1.5, parameters, limit));
    }
  });

  it('scores a term by its full count however often a passage repeats it', () => {
    const field = emptyField();
    const repeated: string[][] = [1, 62, 63, 64, 300, 70_000].map((times, at) => [...Array<string>(times).fill('eco'), 'resto', ...(at % 2 ? ['otro'] : [])]);
    repeated.forEach((tokens, at) => insertDocument(field, at + 1, tokens, at + 1));
    const query = [['eco']];
    const got = scoreBm25(createScoreBoard(), { terms: query, fields: [{ field, weight: 1 }], parameters: KEYS, docsCount: repeated.length, limit: 10, prune: true });
    expect(got).toEqual(reference(repeated, field, query, 1, KEYS, 10));
    expect(got.map(([id]) => id)).toEqual([6, 5, 4, 3, 2, 1]);
  });

  it('gives exactly the reference results on random queries, and again with the same board', () => {
    const next = random(11);
    const board = createScoreBoard();
    for (let n = 0; n < 25; n++) {
      const query = Array.from({ length: 1 + Math.floor(next() * 6) }, () => [`t${Math.floor(1 / (next() * 0.98 + 0.02)) - 1}`]);
      const got = scoreBm25(board, { terms: query, fields: [{ field, weight: 1 }], parameters: TEXT, docsCount: docs.length, limit: 100, prune: true });
      expect(got, JSON.stringify(query)).toEqual(reference(docs, field, query, 1, TEXT, 100));
    }
  });

  it('finds documents without the rarest term when the other terms outweigh it', () => {
    // 150 long documents hold the rare term once; 2,000 short ones repeat two commoner terms; 20,000 hold a filler.
    const shaped = emptyField();
    const all: string[][] = [];
    const add = (tokens: string[]) => {
      all.push(tokens);
      insertDocument(shaped, all.length, tokens, all.length);
    };
    for (let n = 0; n < 150; n++) add(['rare', ...Array<string>(200).fill('filler')]);
    for (let n = 0; n < 2000; n++) add(['a', 'a', 'a', 'a', 'b', 'b', 'b', 'b', 'c']);
    for (let n = 0; n < 20_000; n++) add(['c', 'filler', `own${n}`]);
    const query = [['rare'], ['a'], ['b'], ['c']];
    const got = scoreBm25(createScoreBoard(), { terms: query, fields: [{ field: shaped, weight: 1 }], parameters: TEXT, docsCount: all.length, limit: 100, prune: true });
    expect(got.every(([id]) => all[id - 1]!.includes('a'))).toBe(true);
    expect(got).toEqual(reference(all, shaped, query, 1, TEXT, 100));
  });

  it('leaves removed documents out, with the statistics of the documents left', () => {
    const { field: shrunk, docs: all } = zipfField(3_000, 3);
    const left: (string[] | undefined)[] = [...all];
    for (let id = 2; id <= all.length; id += 3) {
      removeDocument(shrunk, id, left.filter(Boolean).length);
      left[id - 1] = undefined;
    }
    const query = [['t0'], ['t1'], ['t2']];
    const got = scoreBm25(createScoreBoard(), { terms: query, fields: [{ field: shrunk, weight: 1 }], parameters: TEXT, docsCount: left.filter(Boolean).length, limit: 100, prune: true });
    expect(got.some(([id]) => (id - 2) % 3 === 0)).toBe(false);
    expect(got).toEqual(reference(left, shrunk, query, 1, TEXT, 100));
  });

  it('gives exactly the reference results on random corpora, common terms and removals included', () => {
    for (const seed of [21, 22]) {
      const next = random(seed);
      // Corpora of different sizes and skews: the commonest terms in most documents, long and short documents.
      const skew = 0.0005 + next() * 0.01;
      const longest = 10 + Math.floor(next() * 50);
      const field = emptyField();
      const docs: (string[] | undefined)[] = [];
      for (let id = 1; id <= 9_000 + Math.floor(next() * 3_000); id++) {
        const tokens = Array.from({ length: 1 + Math.floor(next() * longest) }, () => `t${Math.floor(1 / (next() * (1 - skew) + skew)) - 1}`);
        docs.push(tokens);
        insertDocument(field, id, tokens, id);
      }
      const check = (label: string) => {
        const live = docs.filter(Boolean).length;
        for (let n = 0; n < 6; n++) {
          // Common terms (t0…t3) with a few rarer ones, as a question's words are.
          const query = Array.from({ length: 2 + Math.floor(next() * 6) }, (_, at) => [`t${at < 3 ? Math.floor(next() * 4) : Math.floor(next() * 300)}`]);
          const unique = [...new Map(query.map((alternatives) => [alternatives[0]!, alternatives])).values()];
          const limit = [1, 10, 100][n % 3]!;
          const got = scoreBm25(createScoreBoard(), { terms: unique, fields: [{ field, weight: 1 }], parameters: n % 2 ? TEXT : KEYS, docsCount: live, limit, prune: true });
          expect(got, `${label} ${seed} ${JSON.stringify(unique)}`).toEqual(reference(docs, field, unique, 1, n % 2 ? TEXT : KEYS, limit));
        }
      };
      check('whole');
      // Removed documents leave the postings and the statistics; the maxima of the blocks change with them.
      for (let id = 1 + Math.floor(next() * 5); id <= docs.length; id += 1 + Math.floor(next() * 4)) {
        removeDocument(field, id, docs.filter(Boolean).length);
        docs[id - 1] = undefined;
      }
      check('after removals');
    }
  });

  it('keeps the lower ids among equal scores at the cut, wherever the cut falls', () => {
    // 3,000 identical documents score alike; 20,000 others hold only the common term, in between them.
    const field = emptyField();
    const docs: string[][] = [];
    for (let id = 1; id <= 23_000; id++) {
      const tokens = id % 23 < 3 ? ['common', 'rare', 'x', 'y'] : ['common', 'x', `own${id}`];
      docs.push(tokens);
      insertDocument(field, id, tokens, id);
    }
    for (const limit of [1, 99, 100, 2_999, 3_000, 3_001]) {
      const query = [['common'], ['rare']];
      const got = scoreBm25(createScoreBoard(), { terms: query, fields: [{ field, weight: 1 }], parameters: TEXT, docsCount: docs.length, limit, prune: true });
      expect(got).toEqual(reference(docs, field, query, 1, TEXT, limit));
    }
  });

  it('scores a document holding two alternatives of one term with both, as the exhaustive sum does', () => {
    const { field, docs } = zipfField(12_000, 5);
    const both = ['t0', 't1', 't0', 'both-a', 'both-b'];
    docs.push(both);
    insertDocument(field, docs.length, both, docs.length);
    const query = [['both-a', 'both-b'], ['t0'], ['t1']];
    const got = scoreBm25(createScoreBoard(), { terms: query, fields: [{ field, weight: 2 }], parameters: TEXT, docsCount: docs.length, limit: 100, prune: true });
    expect(got[0]![0]).toBe(docs.length);
    expect(got).toEqual(reference(docs, field, query, 2, TEXT, 100));
  });

  it('gives the reference results again after documents are added to a field already searched', () => {
    const { field, docs } = zipfField(12_000, 9);
    const board = createScoreBoard();
    const query = [['t0'], ['t1'], ['t3']];
    expect(scoreBm25(board, { terms: query, fields: [{ field, weight: 1 }], parameters: TEXT, docsCount: docs.length, limit: 100, prune: true })).toEqual(reference(docs, field, query, 1, TEXT, 100));
    // Short documents repeating the common terms: the blocks they land in get larger maxima, the average length shrinks.
    for (let n = 0; n < 200; n++) {
      const tokens = ['t0', 't0', 't1', 't3', 't3', 't3'];
      docs.push(tokens);
      insertDocument(field, docs.length, tokens, docs.length);
    }
    expect(scoreBm25(board, { terms: query, fields: [{ field, weight: 1 }], parameters: TEXT, docsCount: docs.length, limit: 100, prune: true })).toEqual(reference(docs, field, query, 1, TEXT, 100));
  });

  it('scores with the lengths and average length of the moment, both ways, after additions and removals', () => {
    const { field, docs: all } = zipfField(6_000, 13);
    const docs: (string[] | undefined)[] = [...all];
    const board = createScoreBoard();
    const query = [['t0'], ['t2'], ['t5']];
    const live = () => docs.filter(Boolean).length;
    const check = () => {
      for (const parameters of [TEXT, KEYS]) {
        for (const prune of [false, true]) {
          const got = scoreBm25(board, { terms: query, fields: [{ field, weight: 1 }], parameters, docsCount: live(), limit: 50, prune });
          expect(got).toEqual(reference(docs, field, query, 1, parameters, 50));
        }
      }
    };
    check();
    // Long documents raise the average length, which changes every document's length norm.
    for (let n = 0; n < 1_000; n++) {
      const tokens = ['t2', ...Array<string>(300).fill('filler')];
      docs.push(tokens);
      insertDocument(field, docs.length, tokens, live());
    }
    check();
    // Removing them brings it down again.
    for (let id = 6_001; id <= docs.length; id++) {
      removeDocument(field, id, live());
      docs[id - 1] = undefined;
    }
    check();
  });
});

describe('BM25 after a small update to a large field', () => {
  it('touches only the lists of the documents changed, and gives the reference results, then again once saved', () => {
    const { field, docs: built } = zipfField(12_000, 13);
    const docs: (string[] | undefined)[] = [...built];
    const board = createScoreBoard();
    const query = [['t0'], ['t1'], ['t7'], ['t60']];
    const search = () => scoreBm25(board, { terms: query, fields: [{ field, weight: 1 }], parameters: TEXT, docsCount: docs.filter(Boolean).length, limit: 100, prune: true });
    expect(search()).toEqual(reference(docs, field, query, 1, TEXT, 100));
    const packed = field.documents;
    // An article changed (its passages removed and inserted again under their ids, new text) and one added.
    const changed = [40, 41, 42];
    for (const id of changed) {
      removeDocument(field, id, docs.filter(Boolean).length, docs[id - 1]!);
      docs[id - 1] = undefined;
    }
    const update = (id: number, tokens: string[]) => {
      docs[id - 1] = tokens;
      insertDocument(field, id, tokens, docs.filter(Boolean).length);
    };
    changed.forEach((id, n) => update(id, ['t0', 't7', 't7', `fresh${n}`, 'shared-new']));
    update(12_001, ['t1', 't60', 'shared-new', 'shared-new']);
    expect(search()).toEqual(reference(docs, field, query, 1, TEXT, 100));
    // The update moved the lists it touched out of the packed arrays, and left the others where they were.
    expect(field.documents).toBe(packed);
    const untouched = built.flat().find((term) => !docs[39]!.includes(term) && !built[39]!.includes(term) && !built[40]!.includes(term) && !built[41]!.includes(term) && !docs[12_000]!.includes(term))!;
    expect(postingsOf(field, field.terms.numberOf(untouched)!).documents).toBe(packed);
    expect(postingsOf(field, field.terms.numberOf('t0')!).documents).not.toBe(packed);
    const fresh = [['shared-new'], ['fresh1'], ['t60']];
    const scored = () => scoreBm25(board, { terms: fresh, fields: [{ field, weight: 1 }], parameters: KEYS, docsCount: docs.filter(Boolean).length, limit: 10 });
    expect(scored()).toEqual(reference(docs, field, fresh, 1, KEYS, 10));
    expect(scored()[0]![0]).toBe(41);
    // Saving packs the moved lists back: the same postings, the same results.
    saveField(field);
    expect(postingsOf(field, field.terms.numberOf('t0')!).documents).toBe(field.documents);
    expect(search()).toEqual(reference(docs, field, query, 1, TEXT, 100));
    expect(scored()).toEqual(reference(docs, field, fresh, 1, KEYS, 10));
  });

  it('gives the reference results over many small updates with removals, before and after packing', () => {
    const { field, docs: built } = zipfField(12_000, 17);
    const docs: (string[] | undefined)[] = [...built];
    const next = random(19);
    const check = (label: string) => {
      for (let n = 0; n < 4; n++) {
        const query = Array.from({ length: 2 + Math.floor(next() * 4) }, (_, at) => [`t${at < 2 ? Math.floor(next() * 4) : Math.floor(next() * 300)}`]);
        const unique = [...new Map(query.map((alternatives) => [alternatives[0]!, alternatives])).values()];
        const got = scoreBm25(createScoreBoard(), { terms: unique, fields: [{ field, weight: 1 }], parameters: TEXT, docsCount: docs.filter(Boolean).length, limit: 50, prune: n % 2 === 0 });
        expect(got, `${label} ${JSON.stringify(unique)}`).toEqual(reference(docs, field, unique, 1, TEXT, 50));
      }
    };
    check('built');
    for (let round = 0; round < 5; round++) {
      for (let k = 0; k < 5; k++) {
        const id = 1 + Math.floor(next() * docs.length);
        const tokens = docs[id - 1];
        if (!tokens) continue;
        removeDocument(field, id, docs.filter(Boolean).length, tokens);
        docs[id - 1] = undefined;
        // Half the removed come back under their id with other text.
        if (k % 2 === 0) {
          const again = Array.from({ length: 3 + Math.floor(next() * 20) }, () => `t${Math.floor(next() * 50)}`);
          docs[id - 1] = again;
          insertDocument(field, id, again, docs.filter(Boolean).length);
        }
      }
      const tokens = Array.from({ length: 5 + Math.floor(next() * 20) }, () => `t${Math.floor(next() * 80)}`);
      docs.push(tokens);
      insertDocument(field, docs.length, tokens, docs.filter(Boolean).length);
      check(`round ${round}`);
    }
    saveField(field);
    check('packed');
  });
});

describe('bestResults', () => {
  it('keeps the best `limit` documents by score, ties by the smaller id, as a full sort would, whatever the limit', () => {
    const next = random(11);
    for (const [count, levels] of [[0, 5], [1, 5], [500, 3], [500, 1000], [5000, 40]] as const) {
      const scores = new Float64Array(2 * count + 2);
      // Distinct ids in no order, as a search scores them; few score levels make many ties.
      const ids = Uint32Array.from({ length: count }, (_, at) => 2 * ((at * 7919) % Math.max(count, 1)) + 1);
      for (const id of ids) scores[id] = 1 + Math.floor(next() * levels);
      const sorted = [...ids].sort((a, b) => scores[b]! - scores[a]! || a - b).map((id): Scored => [id, scores[id]!]);
      for (const limit of [0, 1, 7, 100, count, count + 3]) expect(bestResults(ids, scores, limit)).toEqual(sorted.slice(0, limit));
    }
  });
});
