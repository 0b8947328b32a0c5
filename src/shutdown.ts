/** Clean exit on Ctrl-C or a service manager's stop: the shutdown work runs once, then the process exits. */
import type { Logger } from './log.js';

export interface ShutdownHandler {
  /** What to run on the signal; until set (while starting), a signal just ends the process with 0. */
  setWork(shutdown: () => Promise<void>): void;
}

/**
 * Listens for SIGINT and SIGTERM from the start, so that no signal meets Node's default (death by
 * signal, status 130/143) while the library opens or the bot connects. On the first signal it logs
 * "shutting down", runs the work set so far once, then exits 0 (1 if shutting down failed); later
 * signals are ignored, so an impatient second Ctrl-C cannot cut the drain short.
 */
export function onShutdownSignal(log: Logger): ShutdownHandler {
  let work: () => Promise<void> = async () => {};
  let started = false;
  const handle = (signal: NodeJS.Signals) => {
    if (started) return;
    started = true;
    log.info('shutting down', { signal });
    work().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error('shutdown failed', { error });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
  return { setWork: (shutdown) => (work = shutdown) };
}
