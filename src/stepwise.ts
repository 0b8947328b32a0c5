/**
 * Work written as a generator that yields between slices of it, so that it can run either to the end at
 * once (when its result is wanted now) or a slice at a time with the event loop let through between
 * (prepared ahead while the bot idles), and switch from the second to the first half-way: a running bot
 * answers while it is prepared, and whoever needs it first finishes what is left.
 */
import { setImmediate as turnOfEventLoop } from 'node:timers/promises';

export interface Stepwise<T> {
  /** The result, the remaining slices run now. Throws what the work threw. */
  now(): T;
  /** The result, the remaining slices run one per turn of the event loop. Rejects with what the work threw. */
  soon(): Promise<T>;
}

/** `make`'s work, started at the first call of `now` or `soon`. */
export function stepwise<T>(make: () => Generator<void, T>): Stepwise<T> {
  let slices: Generator<void, T> | undefined;
  let outcome: { value: T } | { error: unknown } | undefined;
  const slice = () => {
    try {
      const step = (slices ??= make()).next();
      if (step.done) outcome = { value: step.value };
    } catch (error) {
      outcome = { error };
    }
  };
  const result = (): T => {
    if (outcome && 'error' in outcome) throw outcome.error;
    return (outcome as { value: T }).value;
  };
  return {
    now() {
      while (!outcome) slice();
      return result();
    },
    async soon() {
      while (!outcome) {
        slice();
        if (!outcome) await turnOfEventLoop();
      }
      return result();
    },
  };
}

/** Runs a generator's slices to the end at once. */
export function runToEnd<T>(slices: Generator<void, T>): T {
  for (;;) {
    const step = slices.next();
    if (step.done) return step.value;
  }
}
