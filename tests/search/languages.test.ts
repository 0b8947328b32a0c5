import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/corpus/types.js';
import { indexTerms } from '../../src/search/analyze.js';
import { createPassageIndex, restorePassageIndex, type PassageIndex } from '../../src/search/store.js';
import { newsPassages } from './news-fixture.js';

/** One passage per paragraph of an article written in `language`. */
function passagesOf(articleId: string, language: string, paragraphs: string[]): Passage[] {
  let offset = 0;
  return paragraphs.map((text, n) => {
    const passage: Passage = { id: `${articleId}#${n}`, articleId, n, paragraph: n, start: offset, end: offset + text.length, text, language };
    offset += text.length + 2;
    return passage;
  });
}

// "flooding"/"flooded" and "hospital"/"hospitals" share an English stem but not a Spanish one.
const english = passagesOf('floods', 'en', [
  'Heavy rain flooded two hospitals in the north of the city on Tuesday, officials said.',
  'The mayor promised new drains before the next rainy season.',
]);
// Spanish stemming would give "porto" (harbour) and "porta" (door) the one stem "port".
const portuguese = passagesOf('santos', 'pt', [
  'A porta da escola ficou fechada durante a greve dos professores.',
  'O porto de Santos recebeu dois navios de carga na segunda-feira.',
]);
const japanese = passagesOf('tokyo', 'ja', ['東京都は十日、大地震に備える新しい防災計画を発表した。', '計画では避難所を三百か所増やす。']);
const mixed = [...newsPassages, ...english, ...portuguese, ...japanese];

const QUESTIONS: Array<[string, 'es' | 'en']> = [
  ['Which hospital was flooding?', 'en'],
  ['¿Cuándo visitará Putin Vietnam?', 'es'],
  ['navios no porto', 'es'],
  ['防災計画を発表したのは', 'en'],
  ['What did the mayor promise?', 'en'],
];

/** Every question's hits, scores rounded (a running average of field lengths may differ in the last bits). */
async function answers(index: PassageIndex) {
  const all = [];
  for (const [question, language] of QUESTIONS) {
    const hits = await index.search(question, { limit: 5, language });
    all.push(hits.map((hit) => ({ ...hit, score: Number(hit.score.toFixed(9)), coverage: Number(hit.coverage.toFixed(9)) })));
  }
  return all;
}

describe('each passage analysed in its own language', () => {
  it('finds an English article in a Spanish corpus by an English inflection only English stemming matches', async () => {
    expect(indexTerms('flooding hospital', 'es')).not.toEqual(indexTerms('flooded hospitals', 'es'));
    const index = await createPassageIndex(mixed);
    const [best] = await index.search('Which hospital was flooding?', { limit: 3, language: 'en' });
    expect(best).toMatchObject({ passageId: 'floods#0', coverage: 1 });
    expect(best?.matchedTerms).toEqual(indexTerms('hospital flooding', 'en'));
  });

  it('does not give a Portuguese article Spanish stems: "porto" does not match "porta"', async () => {
    const index = await createPassageIndex(mixed);
    const hits = await index.search('navios no porto', { limit: 10, language: 'es' });
    expect(hits[0]?.passageId).toBe('santos#1');
    expect(hits[0]?.matchedTerms).toEqual(expect.arrayContaining(['porto', 'navios']));
    expect(hits.find((hit) => hit.passageId === 'santos#0')?.matchedTerms ?? []).toEqual([]);
  });

  it('keeps words that are Spanish stop words in an article of another language', async () => {
    // "sin" is a Spanish stop word and an English noun.
    const index = await createPassageIndex([...newsPassages, ...passagesOf('sin', 'en', ['The bishop preached about sin and forgiveness.']), ...passagesOf('fr', 'fr', ['Le maire a parlé sans notes.'])]);
    const [best] = await index.search('sin forgiveness', { limit: 1, language: 'en' });
    expect(best).toMatchObject({ passageId: 'sin#0', coverage: 1 });
  });

  it('finds a Japanese passage by a Japanese question, through character bigrams', async () => {
    const index = await createPassageIndex(mixed);
    const [best] = await index.search('防災計画を発表したのは', { limit: 1, language: 'en' });
    expect(best?.passageId).toBe('tokyo#0');
    expect(best?.coverage).toBeGreaterThan(0.5);
  });

  it('gives the same results after a snapshot and restore', async () => {
    const index = await createPassageIndex(mixed);
    const restored = await restorePassageIndex(structuredClone(await index.toSnapshot()), mixed);
    expect(await answers(restored)).toEqual(await answers(index));
    expect(restored.passagesIn('pt')).toBe(2);
  });

  it('adds and removes an English article in place, as an index built with or without it', async () => {
    const index = await createPassageIndex(newsPassages);
    expect(await index.search('Which hospital was flooding?', { limit: 5, language: 'en' })).not.toContainEqual(expect.objectContaining({ passageId: 'floods#0' }));
    await index.update({ remove: [], add: english });
    expect(index.passagesIn('en')).toBe(2);
    expect(await answers(index)).toEqual(await answers(await createPassageIndex([...newsPassages, ...english])));
    expect((await index.search('Which hospital was flooding?', { limit: 1, language: 'en' }))[0]).toMatchObject({ passageId: 'floods#0', coverage: 1 });
    await index.update({ remove: english.map((passage) => passage.id), add: [] });
    expect(index.passagesIn('en')).toBe(0);
    expect(await answers(index)).toEqual(await answers(await createPassageIndex(newsPassages)));
  });
});
