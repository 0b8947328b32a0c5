import { describe, expect, it } from 'vitest';
import { createAnswerCache } from '../../src/discord/answer-cache.js';
import { LIMITS } from '../../src/discord/render/limits.js';
import { askButtonId } from '../../src/discord/custom-ids.js';
import { askResult } from './results.js';

describe('answer cache', () => {
  it('gives short keys that fit a button id and finds the answer by its key', () => {
    const cache = createAnswerCache(10);
    const result = askResult();
    const key = cache.remember(result);
    expect(key).toMatch(/^[\w-]{8}$/);
    expect(askButtonId({ action: 'vote', key, vote: 'down' }).length).toBeLessThanOrEqual(LIMITS.customId);
    expect(cache.recall(key)?.result).toBe(result);
    expect(cache.recall('missing!')).toBeUndefined();
  });

  it('keeps at most its capacity, forgetting the least recently used', () => {
    const cache = createAnswerCache(3);
    const a = cache.remember(askResult({ question: 'q1' }));
    const b = cache.remember(askResult({ question: 'q2' }));
    const c = cache.remember(askResult({ question: 'q3' }));
    cache.recall(a);
    const d = cache.remember(askResult({ question: 'q4' }));
    expect(cache.size).toBe(3);
    expect(cache.recall(b)).toBeUndefined();
    expect([a, c, d].map((key) => cache.recall(key)?.result.question)).toEqual(['q1', 'q3', 'q4']);
  });
});
