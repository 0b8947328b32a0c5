/**
 * Percentiles of measured times, for every script's report. Two conventions, each kept so that a
 * report's figures stay comparable with its earlier runs: the eval and bench latencies take the value
 * at index ⌊q·n⌋ of the sorted times, unrounded; the stress report's summaries are nearest-rank
 * percentiles in whole milliseconds.
 */

/** Median and 95th percentile (the value at index ⌊q·n⌋ of the sorted list); zeros for an empty list. */
export function medianAnd95th(values: readonly number[]): { p50: number; p95: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (quantile: number) => sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95) };
}

/** Summaries of measured times for the stress report: count, median, 95th percentile and maximum. */
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
