import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttleLatest } from '../../src/discord/throttle.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('throttleLatest', () => {
  it('sends the first value at once, then only the latest value once per interval', async () => {
    const sent: string[] = [];
    const throttle = throttleLatest(async (value: string) => void sent.push(value), 1000, () => {});
    throttle.push('a');
    await vi.advanceTimersByTimeAsync(0);
    throttle.push('ab');
    throttle.push('abc');
    await vi.advanceTimersByTimeAsync(999);
    expect(sent).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual(['a', 'abc']);
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toEqual(['a', 'abc']);
  });

  it('never runs two sends at once, even when a send outlasts the interval', async () => {
    let running = 0;
    let most = 0;
    const throttle = throttleLatest(
      async () => {
        most = Math.max(most, ++running);
        await new Promise((resolve) => setTimeout(resolve, 2500));
        running--;
      },
      1000,
      () => {},
    );
    for (let i = 0; i < 10; i++) {
      throttle.push(i);
      await vi.advanceTimersByTimeAsync(500);
    }
    await vi.advanceTimersByTimeAsync(10_000);
    expect(most).toBe(1);
  });

  it('after stop, sends nothing more and waits for the send in progress', async () => {
    const sent: string[] = [];
    let finished = false;
    const throttle = throttleLatest(
      async (value: string) => {
        sent.push(value);
        await new Promise((resolve) => setTimeout(resolve, 300));
        finished = true;
      },
      1000,
      () => {},
    );
    throttle.push('a');
    await vi.advanceTimersByTimeAsync(0);
    throttle.push('b');
    const stopped = throttle.stop();
    await vi.advanceTimersByTimeAsync(300);
    await stopped;
    expect(finished).toBe(true);
    throttle.push('c');
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toEqual(['a']);
  });

  it('reports a failed send and keeps going', async () => {
    const errors: unknown[] = [];
    const sent: string[] = [];
    const throttle = throttleLatest(
      async (value: string) => {
        if (value === 'bad') throw new Error('429');
        sent.push(value);
      },
      100,
      (error) => errors.push(error),
    );
    throttle.push('bad');
    await vi.advanceTimersByTimeAsync(0);
    throttle.push('good');
    await vi.advanceTimersByTimeAsync(100);
    expect(errors).toHaveLength(1);
    expect(sent).toEqual(['good']);
  });
});
