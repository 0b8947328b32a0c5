/**
 * Sends only the latest of a stream of values, at most once per interval, never two at a time: how a
 * streamed LLM answer is edited into a Discord reply without exceeding one edit per second.
 */
export interface LatestThrottle<T> {
  push(value: T): void;
  /** Drops any value still waiting and resolves once the send in progress (if any) is over. */
  stop(): Promise<void>;
}

/**
 * A throttle calling `send` with the latest value pushed, at most once per `intervalMs` (ms) and never while a send
 * is under way; a send's rejection goes to `onError` and the next value is still sent.
 */
export function throttleLatest<T>(send: (value: T) => Promise<unknown>, intervalMs: number, onError: (error: unknown) => void): LatestThrottle<T> {
  let waiting: { value: T } | undefined;
  let timer: NodeJS.Timeout | undefined;
  let sending: Promise<void> | undefined;
  let lastStart = -Infinity;
  let stopped = false;

  const schedule = () => {
    if (stopped || timer || sending || !waiting) return;
    timer = setTimeout(fire, Math.max(0, lastStart + intervalMs - Date.now()));
  };
  const fire = () => {
    timer = undefined;
    if (stopped || !waiting) return;
    const { value } = waiting;
    waiting = undefined;
    lastStart = Date.now();
    sending = send(value).then(
      () => undefined,
      (error: unknown) => onError(error),
    );
    void sending.finally(() => {
      sending = undefined;
      schedule();
    });
  };

  return {
    push(value) {
      waiting = { value };
      schedule();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      waiting = undefined;
      await sending;
    },
  };
}
