import { describe, expect, it } from 'vitest';
import { confidenceOf, retrieve } from '../../src/answer/retrieve.js';
import { createPassageIndex } from '../../src/search/store.js';
import { newsPassages } from './news-fixture.js';

const index = await createPassageIndex(newsPassages);

describe('retrieve', () => {
  it('answers questions the articles cover, with the right passage first', async () => {
    for (const [question, language, expected] of [
      ['¿Cuándo visitará Putin Vietnam?', 'es', 'putin-vietnam#0'],
      ['cuantos satelites lanzo la agencia espacial', 'es', 'satelites#0'],
      ['¿Cuánto bajó la inflación en julio?', 'es', 'inflacion#0'],
      ['Will Putin visit Vietnam on June 19?', 'en', 'putin-vietnam#0'],
    ] as const) {
      const result = await retrieve(index, question, language);
      expect(result.refused, question).toBe(false);
      expect(result.hits[0]?.passage.id, question).toBe(expected);
      expect(result.hits[0]?.confidence, question).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('refuses questions the articles do not cover', async () => {
    for (const [question, language] of [
      ['¿Cuál fue el resultado del partido entre el Real Madrid y el Barcelona?', 'es'],
      ['¿Cómo se prepara una tortilla de patatas con cebolla?', 'es'],
      ['What was the final score of the Lakers game?', 'en'],
      ['How do I bake sourdough bread?', 'en'],
    ] as const) {
      const result = await retrieve(index, question, language);
      expect(result.refused, question).toBe(true);
    }
  });

  it('refuses a question about someone or something the articles never name, even if its other words match', async () => {
    for (const question of ['¿Qué satélites lanzó la NASA?', '¿Qué dijo Lula sobre la inflación de julio?']) {
      expect((await retrieve(index, question, 'es')).refused, question).toBe(true);
    }
  });

  it('refuses a question with no content words and returns no hits', async () => {
    expect(await retrieve(index, '¿Qué?', 'es')).toEqual({ hits: [], refused: true });
  });

  it('keeps confidences between 0 and 1, best hit first by score', async () => {
    const { hits } = await retrieve(index, 'elecciones municipales participación', 'es', { limit: 5 });
    expect(hits.length).toBeGreaterThan(1);
    for (const hit of hits) {
      expect(hit.confidence).toBeGreaterThanOrEqual(0);
      expect(hit.confidence).toBeLessThanOrEqual(1);
    }
    expect(hits.map((hit) => hit.score)).toEqual([...hits.map((hit) => hit.score)].sort((a, b) => b - a));
  });

  it('places the calibrated threshold at confidence 0.5', () => {
    expect(confidenceOf(0.47, 0.47)).toBe(0.5);
    expect(confidenceOf(0, 0.47)).toBe(0);
    expect(confidenceOf(1, 0.47)).toBe(1);
  });
});
