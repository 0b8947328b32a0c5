import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/corpus/types.js';
import { readQuestion } from '../../src/search/analyze.js';
import { createPassageIndex, restorePassageIndex, type PassageIndex } from '../../src/search/store.js';
import { newsPassages } from './news-fixture.js';

const QUESTIONS = ['¿Cuándo visitará Putin Vietnam?', 'satélites', '¿Qué acuerdo energético firmarán?', 'inflación en julio', 'Camp David', 'Kourou cohete'];

/** Every question's hits, scores rounded (a running average of field lengths may differ in the last bits). */
async function answers(index: PassageIndex) {
  const all = [];
  for (const question of QUESTIONS) {
    const hits = await index.search(question, { limit: 5, language: 'es' });
    all.push(hits.map((hit) => ({ ...hit, score: Number(hit.score.toFixed(9)), coverage: Number(hit.coverage.toFixed(9)) })));
  }
  return all;
}

const rewritten = (passage: Passage, text: string): Passage => ({ ...passage, text, end: passage.start + text.length });

describe('updating the passage index in place', () => {
  it('answers after removing an article exactly as an index built without it', async () => {
    const index = await createPassageIndex(newsPassages);
    const gone = newsPassages.filter((passage) => passage.articleId === 'satelites');
    await index.update({ remove: gone.map((passage) => passage.id), add: [] });
    const rest = newsPassages.filter((passage) => passage.articleId !== 'satelites');
    expect(index.size).toBe(rest.length);
    expect(index.passage(gone[0]!.id)).toBeUndefined();
    expect(await answers(index)).toEqual(await answers(await createPassageIndex(rest)));
  });

  it('answers after an article changes (same passage ids, new text) as an index built from the new text', async () => {
    const index = await createPassageIndex(newsPassages);
    const old = newsPassages.filter((passage) => passage.articleId === 'putin-vietnam');
    const changed = [rewritten(old[0]!, 'Putin viajará a Hanói el 19 de junio, anunció el Kremlin, para hablar de satélites y de inflación.')];
    await index.update({ remove: old.map((passage) => passage.id), add: changed });
    const fresh = [...newsPassages.filter((passage) => passage.articleId !== 'putin-vietnam'), ...changed];
    expect(index.passage(changed[0]!.id)?.text).toBe(changed[0]!.text);
    expect(index.passage(old[1]!.id)).toBeUndefined();
    expect(await answers(index)).toEqual(await answers(await createPassageIndex(fresh)));
    // Its terms, shared with passages indexed after it, are found in it (postings stay in id order).
    const hits = await index.search('Hanói satélites inflación', { limit: 1, language: 'es' });
    expect(hits[0]?.passageId).toBe(changed[0]!.id);
    expect(hits[0]?.coverage).toBe(1);
  });

  it('keeps removals and additions across a snapshot, and can go on updating after a restore', async () => {
    const index = await createPassageIndex(newsPassages);
    const gone = newsPassages.filter((passage) => passage.articleId === 'camp-david');
    const added: Passage = { ...newsPassages[0]!, id: 'nuevo#0', articleId: 'nuevo', text: 'La sonda Juno fotografió los volcanes de Ío, la luna de Júpiter.', start: 0, end: 64 };
    await index.update({ remove: gone.map((passage) => passage.id), add: [added] });
    const live = [...newsPassages.filter((passage) => passage.articleId !== 'camp-david'), added];
    const restored = await restorePassageIndex(structuredClone(await index.toSnapshot(live)), live);
    expect(await answers(restored)).toEqual(await answers(index));
    expect((await restored.search('volcanes de Ío', { limit: 1, language: 'es' }))[0]?.passageId).toBe('nuevo#0');
    await restored.update({ remove: ['nuevo#0'], add: gone });
    expect(await answers(restored)).toEqual(await answers(await createPassageIndex(newsPassages)));
  });

  it('after a restore, takes a passage removed and added back, and a new one, as a built index does, across another snapshot', async () => {
    const restored = await restorePassageIndex(structuredClone(await (await createPassageIndex(newsPassages)).toSnapshot()), newsPassages);
    const back = rewritten(newsPassages[0]!, 'Putin visitará Hanói y firmará un acuerdo sobre satélites.');
    const added: Passage = { ...newsPassages[0]!, id: 'nuevo#0', articleId: 'nuevo', text: 'La sonda Juno fotografió los volcanes de Ío.', start: 0, end: 44 };
    await restored.update({ remove: [back.id, 'satelites#1', 'no-such#0'], add: [back, added] });
    const live = [...newsPassages.filter((passage) => passage.id !== back.id && passage.id !== 'satelites#1'), back, added];
    const built = await createPassageIndex(live);
    expect(restored.size).toBe(live.length);
    expect(restored.passage(back.id)?.text).toBe(back.text);
    expect(restored.passage('satelites#1')).toBeUndefined();
    expect(await answers(restored)).toEqual(await answers(built));
    const again = await restorePassageIndex(structuredClone(await restored.toSnapshot(live)), live);
    expect(await answers(again)).toEqual(await answers(built));
    expect(again.passage('nuevo#0')?.text).toBe(added.text);
  });

  it('refuses to snapshot passages that are not the index\'s', async () => {
    const index = await createPassageIndex(newsPassages);
    await expect(index.toSnapshot(newsPassages.slice(1))).rejects.toThrow(/not the index's passages/);
  });

  it('gives a reading searched again after an update the updated passages, and a deeper search the same first hits', async () => {
    const index = await createPassageIndex(newsPassages);
    const reading = readQuestion('¿Qué lanzará el cohete desde Kourou?', 'es');
    const before = await index.search(reading, { limit: 2, language: 'es' });
    expect((await index.search(reading, { limit: 6, language: 'es' })).slice(0, 2)).toEqual(before);
    const text = 'El cohete lanzará desde Kourou un satélite, y otro cohete saldrá de Kourou.';
    const added: Passage = { id: 'kourou-nuevo#0', articleId: 'kourou-nuevo', n: 0, paragraph: 0, start: 0, end: text.length, language: 'es', text };
    await index.update({ remove: [], add: [added] });
    const after = await index.search(reading, { limit: 2, language: 'es' });
    expect(after).toEqual(await (await createPassageIndex([...newsPassages, added])).search(reading, { limit: 2, language: 'es' }));
    expect(after.map((hit) => hit.passageId)).toContain(added.id);
  });
});
