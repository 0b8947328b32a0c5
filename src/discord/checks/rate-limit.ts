/**
 * A per-user limit on commands: a token bucket of `burst` commands that refills one every `refillMs`.
 * Buckets that have refilled completely are dropped now and then, so memory stays bounded however
 * many users pass by.
 */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

export interface RateLimiter {
  take(userId: string): RateDecision;
}

export interface RateLimitOptions {
  burst: number;
  refillMs: number;
  now?: () => number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { burst: 5, refillMs: 6_000 };

const SWEEP_EVERY = 256;

/** A token-bucket limiter per user id (see the header); `now` gives the time in ms, `retryAfterMs` is in ms. */
export function createRateLimiter({ burst, refillMs, now = Date.now }: RateLimitOptions): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  let takes = 0;
  const tokensAt = (bucket: { tokens: number; at: number }, time: number) => Math.min(burst, bucket.tokens + (time - bucket.at) / refillMs);

  return {
    take(userId) {
      const time = now();
      if (++takes % SWEEP_EVERY === 0) {
        for (const [id, bucket] of buckets) if (tokensAt(bucket, time) >= burst) buckets.delete(id);
      }
      const bucket = buckets.get(userId);
      const tokens = bucket ? tokensAt(bucket, time) : burst;
      if (tokens < 1) return { allowed: false, retryAfterMs: Math.ceil((1 - tokens) * refillMs) };
      buckets.set(userId, { tokens: tokens - 1, at: time });
      return { allowed: true };
    },
  };
}
