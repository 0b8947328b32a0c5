import { describe, expect, it } from 'vitest';
import { Embeddings } from '@langchain/core/embeddings';
import { foldAccents } from '../../src/text/words.js';
import { createPassageIndex, restorePassageIndex } from '../../src/search/store.js';
import { readQuestion } from '../../src/search/analyze.js';
import { newsPassages } from './news-fixture.js';

const topId = async (question: string, language: 'es' | 'en' = 'es') => {
  const index = await createPassageIndex(newsPassages);
  return (await index.search(question, { limit: 3, language }))[0]?.passageId;
};

describe('passage index', () => {
  it('finds accented words from lower-case questions without accents', async () => {
    expect(await topId('que anuncio el kremlin en moscu')).toBe('putin-vietnam#0');
    expect(await topId('cuantos satelites lanzo la agencia espacial')).toBe('satelites#0');
  });

  it('matches across singular/plural and verb forms', async () => {
    expect(await topId('¿Qué medirá el satélite?')).toBe('satelites#1');
    expect(await topId('¿Quién visitó Moscú?')).toBe('putin-vietnam#0');
    expect(await topId('¿Qué acuerdo energético firmarán?')).toBe('putin-vietnam#1');
  });

  it('finds Spanish passages for English questions through names, numbers and cognates', async () => {
    expect(await topId('Will Putin visit Vietnam on June 19?', 'en')).toBe('putin-vietnam#0');
    expect(await topId('Which energy agreements will Putin sign?', 'en')).toBe('putin-vietnam#1');
    expect(await topId('Who met at Camp David?', 'en')).toBe('camp-david#0');
    expect(await topId('How many satellites were launched from Kourou?', 'en')).toBe('satelites#0');
    expect(await topId('What was the inflation in July?', 'en')).toBe('inflacion#0');
  });

  it('reports the matched terms and how much of the question they cover', async () => {
    const index = await createPassageIndex(newsPassages);
    const [hit] = await index.search('¿Cuándo visitará Putin Vietnam?', { limit: 1, language: 'es' });
    expect(hit?.matchedTerms.map(foldAccents)).toEqual(expect.arrayContaining(['putin', 'vietnam']));
    expect(hit?.coverage).toBe(1);
  });

  it('bounds a question\'s coverage by the words some passage holds, never below a hit\'s, in either language', async () => {
    const index = await createPassageIndex(newsPassages);
    for (const [question, language] of [['¿Cuándo visitará Putin Vietnam?', 'es'], ['¿Cuándo visitará Putin Zanzíbar?', 'es'], ['Will Putin visit Vietnam?', 'en'], ['Zyxwv qwrtp', 'es']] as const) {
      const words = readQuestion(question, language);
      const bound = index.coverageBound(words, language);
      for (const hit of await index.search(words, { limit: 10, language })) expect(hit.coverage).toBeLessThanOrEqual(bound);
    }
    expect(index.coverageBound(readQuestion('¿Cuándo visitará Putin Vietnam?', 'es'), 'es')).toBe(1);
    // No passage names Zanzíbar: no hit can hold all of the question.
    expect(index.coverageBound(readQuestion('¿Cuándo visitará Putin Zanzíbar?', 'es'), 'es')).toBeLessThan(1);
    expect(index.coverageBound(readQuestion('Zyxwv qwrtp', 'es'), 'es')).toBe(0);
  });

  it('returns nothing for a question made only of stop words', async () => {
    const index = await createPassageIndex(newsPassages);
    expect(await index.search('¿Qué es lo que hay?', { limit: 5, language: 'es' })).toEqual([]);
  });

  it('gives the same hits after a snapshot round trip', async () => {
    const index = await createPassageIndex(newsPassages);
    // A snapshot is plain data and typed arrays (snapshot.ts writes it to disk): a structured clone shares nothing with the index.
    const snapshot: unknown = structuredClone(await index.toSnapshot());
    const restored = await restorePassageIndex(snapshot, newsPassages);
    for (const [question, language] of [['satelites meteorologicos', 'es'], ['Putin visit', 'en']] as const) {
      expect(await restored.search(question, { limit: 5, language })).toEqual(await index.search(question, { limit: 5, language }));
    }
    expect(restored.size).toBe(newsPassages.length);
    expect(restored.passage('camp-david#0')?.text).toContain('Camp David');
  });

  it('refuses two passages with the same id', async () => {
    await expect(createPassageIndex([newsPassages[0]!, { ...newsPassages[1]!, id: newsPassages[0]!.id }])).rejects.toThrow();
  });

  it('rejects something that is not a snapshot', async () => {
    await expect(restorePassageIndex({ version: 99 }, newsPassages)).rejects.toThrow(/snapshot/);
  });

  it('rejects a snapshot restored with passages other than those it indexed', async () => {
    const snapshot = await (await createPassageIndex(newsPassages)).toSnapshot();
    await expect(restorePassageIndex(snapshot, newsPassages.slice(1))).rejects.toThrow(/other passages/);
    await expect(restorePassageIndex(snapshot, [...newsPassages].reverse())).rejects.toThrow(/other passages/);
  });
});

/** Deterministic embeddings: hashed character trigrams, so similar spellings get similar vectors. */
class TrigramEmbeddings extends Embeddings {
  constructor(private readonly dimensions = 64) {
    super({});
  }
  embedDocuments(texts: string[]): Promise<number[][]> {
    return Promise.resolve(texts.map((text) => this.vector(text)));
  }
  embedQuery(text: string): Promise<number[]> {
    return Promise.resolve(this.vector(text));
  }
  private vector(text: string): number[] {
    const vector = new Array<number>(this.dimensions).fill(0);
    const padded = ` ${foldAccents(text)} `;
    for (let i = 0; i + 3 <= padded.length; i++) {
      let hash = 0;
      for (const char of padded.slice(i, i + 3)) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
      vector[hash % this.dimensions]! += 1;
    }
    return vector;
  }
}

describe('vector search fused with BM25', () => {
  it('still ranks the right passage first and survives a snapshot', async () => {
    const embeddings = new TrigramEmbeddings();
    const index = await createPassageIndex(newsPassages, { embeddings });
    const hits = await index.search('¿Cuándo visitará Putin Vietnam?', { limit: 3, language: 'es' });
    expect(hits[0]?.passageId).toBe('putin-vietnam#0');
    const restored = await restorePassageIndex(structuredClone(await index.toSnapshot()), newsPassages, { embeddings });
    expect(await restored.search('satélites', { limit: 3, language: 'es' })).toEqual(await index.search('satélites', { limit: 3, language: 'es' }));
  });

  it('finds a passage that only the vectors match', async () => {
    // "Gourou" shares no term or key with "Kourou", only character trigrams.
    const question = 'Gourou';
    expect(await (await createPassageIndex(newsPassages)).search(question, { limit: 10, language: 'es' })).toEqual([]);
    const index = await createPassageIndex(newsPassages, { embeddings: new TrigramEmbeddings(256) });
    expect((await index.search(question, { limit: 10, language: 'es' }))[0]?.passageId).toBe('satelites#0');
  });
});
