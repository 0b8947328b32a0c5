/**
 * First-use work done while a freshly started bot idles, so that its first users do not pay it: the
 * quote data parsed and the quote book made (for the first question about what someone said or the
 * first /quote), the /sources rows. None of it changes an answer; it only moves work out of the first
 * answers.
 *
 * A user comes first: each step starts in a turn of the event loop of its own, only when no command
 * is being answered and no update applied (`busy`), so a command waits at most for the one step under way; `stop` ends the
 * warm-up between steps (a step under way finishes, its result unused by the warm-up).
 */
import type { Logger } from './log.js';

/** One piece of first-use work: synchronous and short, or asynchronous and yielding as it goes. */
export interface WarmUpStep {
  /** Named in the closing log line, with its time. */
  name: string;
  run(): unknown;
}

export interface WarmUp {
  /** Resolves when every step has run, or the warm-up was stopped; never rejects (a step's failure is logged at debug). */
  done: Promise<void>;
  /** No further step starts. */
  stop(): void;
}

export interface WarmUpOptions {
  /**
   * Settles when the start's own work is done (a watching library's start-up catch-up of the seeds folder, which a
   * piped console's first answer waits for): the wait of `afterMs` begins then, so that no step takes turns with it.
   */
  after?: Promise<unknown>;
  /** Waits this long first (ms), after `after`: the first question after a start has the process to itself. */
  afterMs: number;
  /** Whether a command is being answered (or other work comes first) now: the next step waits until none is. */
  busy(): boolean;
  log: Logger;
}

/** While a command is answered, how often the warm-up looks again (ms). */
const BUSY_RECHECK_MS = 25;

/**
 * Runs `steps` in order in the process's idle time, beginning `afterMs` after `after` settles (after the call when
 * there is none). Its timers do
 * not keep the process running. Logs at debug "warming up" as it begins, then "warmed up" with each step's wall time
 * and the process's CPU time meanwhile (ms; every thread's), or "warm-up stopped" when stopped first.
 */
export function startWarmUp(steps: readonly WarmUpStep[], { after, afterMs, busy, log }: WarmUpOptions): WarmUp {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, ms).unref();
    });
  const run = async () => {
    const ms: Record<string, number> = {};
    const cpuMs: Record<string, number> = {};
    // `stop` wakes a pause, not this wait: the wait ends with the start's work, and the steps then see `stopped`.
    await after?.then(undefined, () => undefined);
    if (!stopped) await pause(afterMs);
    if (!stopped) log.debug('warming up', { steps: steps.map(({ name }) => name) });
    for (const step of steps) {
      // A timer's turn, not a microtask: a command read meanwhile is taken first.
      await pause(0);
      while (!stopped && busy()) await pause(BUSY_RECHECK_MS);
      if (stopped) {
        log.debug('warm-up stopped', { ms });
        return;
      }
      const started = performance.now();
      const cpu = process.cpuUsage();
      try {
        await step.run();
      } catch (error) {
        // What failed here fails again, and is reported, for the command that needs it.
        log.debug('a warm-up step failed', { step: step.name, error });
      }
      ms[step.name] = Math.round(performance.now() - started);
      const { user, system } = process.cpuUsage(cpu);
      cpuMs[step.name] = Math.round((user + system) / 1000);
    }
    log.debug('warmed up', { ms, cpuMs });
  };
  return {
    done: run(),
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      wake?.();
    },
  };
}
