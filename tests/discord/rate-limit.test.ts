import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/discord/checks/rate-limit.js';

function clock(start = 0) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('per-user rate limit', () => {
  it('allows a burst, then refuses with the time until the next command is allowed', () => {
    const time = clock();
    const limiter = createRateLimiter({ burst: 3, refillMs: 4000, now: time.now });
    expect([1, 2, 3].map(() => limiter.take('ana').allowed)).toEqual([true, true, true]);
    expect(limiter.take('ana')).toEqual({ allowed: false, retryAfterMs: 4000 });
    time.advance(1000);
    expect(limiter.take('ana')).toEqual({ allowed: false, retryAfterMs: 3000 });
  });

  it('refills over time, up to the burst and no further', () => {
    const time = clock();
    const limiter = createRateLimiter({ burst: 2, refillMs: 1000, now: time.now });
    limiter.take('ana');
    limiter.take('ana');
    time.advance(1000);
    expect(limiter.take('ana').allowed).toBe(true);
    expect(limiter.take('ana').allowed).toBe(false);
    time.advance(60_000);
    expect([1, 2, 3].map(() => limiter.take('ana').allowed)).toEqual([true, true, false]);
  });

  it('counts each user separately', () => {
    const limiter = createRateLimiter({ burst: 1, refillMs: 10_000, now: clock().now });
    expect(limiter.take('ana').allowed).toBe(true);
    expect(limiter.take('ana').allowed).toBe(false);
    expect(limiter.take('bea').allowed).toBe(true);
  });

  it('forgets users whose allowance has refilled, so a limited user is still limited after many others pass', () => {
    const time = clock();
    const limiter = createRateLimiter({ burst: 1, refillMs: 1000, now: time.now });
    limiter.take('busy');
    for (let i = 0; i < 5000; i++) limiter.take(`user${i}`);
    expect(limiter.take('busy').allowed).toBe(false);
    time.advance(1000);
    expect(limiter.take('busy').allowed).toBe(true);
  });
});
