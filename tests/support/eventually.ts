/** Waiting in tests for something a running library does within seconds. */
import { setImmediate as turnOfEventLoop } from 'node:timers/promises';

/** Resolves once `check` holds (polled every 50 ms); throws, naming `what`, after `withinMs` (generous: a loaded 2-core machine). */
export async function eventually(check: () => boolean | Promise<boolean>, what: string, withinMs = 20_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${withinMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Resolves at the first turn of the event loop at which `check` holds, checked at every turn: for a state
 * that lasts only a few turns (an update between two of its slices). Throws, naming `what`, after `withinMs`.
 */
export async function atSomeTurn(check: () => boolean, what: string, withinMs = 20_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`not within ${withinMs} ms: ${what}`);
    await turnOfEventLoop();
  }
}

/**
 * How long to wait for a fresh watching library's first update: it starts the worker thread that reads seed files,
 * whose readers' modules load in it (1.7-1.8 s of CPU under vitest, measured; the next update 20-60 ms), so that under
 * a load average of 20 on 2 cores the first update alone takes 20 s of wall time or more. Bounded work, not a race.
 */
export const FIRST_UPDATE_MS = 60_000;

/** A test that waits for a first update (FIRST_UPDATE_MS) and then for a few more of the default's. */
export const LIVE_TEST_MS = 120_000;
