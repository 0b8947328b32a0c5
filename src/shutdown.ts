/** Clean exit on Ctrl-C or a service manager's stop: the shutdown work runs once, then the process exits. */
import type { Logger } from './log.js';

/** Runs `shutdown` once on the first SIGINT or SIGTERM, then exits 0 (1 if shutting down failed). */
export function onShutdownSignal(shutdown: () => Promise<void>, log: Logger): void {
  let started = false;
  const handle = (signal: NodeJS.Signals) => {
    if (started) return;
    started = true;
    log.info('shutting down', { signal });
    shutdown().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error('shutdown failed', { error });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
}
