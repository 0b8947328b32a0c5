/** Summaries of measured times for the report: count, median, 95th percentile and maximum. */
export interface TimeSummary {
  count: number;
  p50: number;
  p95: number;
  max: number;
}

/** Nearest-rank percentiles, rounded to whole milliseconds; zeros for an empty list. */
export function summarise(values: readonly number[]): TimeSummary {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number) => Math.round(sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0);
  return { count: sorted.length, p50: rank(50), p95: rank(95), max: Math.round(sorted.at(-1) ?? 0) };
}
