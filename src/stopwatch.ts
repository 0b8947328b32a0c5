/**
 * A lap timer for start-up phases, so that the log line ending a start says where the time went.
 * Each call of the returned function gives the whole milliseconds since the previous call (the first
 * call: since the timer was made).
 */
export function lapTimer(): () => number {
  let phaseStart = performance.now();
  return () => {
    const now = performance.now();
    const ms = Math.round(now - phaseStart);
    phaseStart = now;
    return ms;
  };
}
