/** Seeded random draws for generated test data and benchmark corpora: same seed, same draws, every run. */

/** A small, fast, well-mixed 32-bit PRNG (mulberry32); enough for test data, never for secrets. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  return {
    next,
    int,
    between: (low: number, high: number) => low + int(high - low + 1),
    pick: <T>(items: readonly T[]): T => items[int(items.length)]!,
    chance: (probability: number) => next() < probability,
    /** A rank in 1..max with probability proportional to 1/rank (log-uniform). */
    longTail: (max: number) => Math.min(max, Math.floor(Math.exp(next() * Math.log(max + 1)))),
  };
}

export type Random = ReturnType<typeof createRandom>;
