/** Nearest-rank percentile of an ascending list of milliseconds. */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;

const round = (ms: number) => Math.round(ms * 1000) / 1000;

/** p50, p95 and p99 of a list of durations in milliseconds, rounded to the microsecond. */
export const summarizeLatencies = (durations: readonly number[]) => {
  const sorted = [...durations].sort((left, right) => left - right);
  return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)) };
};
