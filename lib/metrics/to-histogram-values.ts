/** Observations grouped by label set and bucket index (how many upper bounds lie below the value). */
export type THistogramBucketRow = { labels: Record<string, string>; bucket: number; count: number; sum: number };

export type THistogramValue = { labels: Record<string, string | number>; value: number; metricName: string };

/**
 * Turns per-bucket counts into Prometheus histogram samples: cumulative `_bucket` counts for every upper bound and
 * +Inf, then `_sum` and `_count`, per label set.
 */
export const toHistogramValues = (name: string, upperBounds: readonly number[], rows: readonly THistogramBucketRow[]): THistogramValue[] => {
  const series = new Map<string, { labels: Record<string, string>; counts: number[]; sum: number }>();
  for (const row of rows) {
    const key = JSON.stringify(Object.entries(row.labels).sort(([a], [b]) => a.localeCompare(b)));
    const entry = series.get(key) ?? { labels: row.labels, counts: new Array<number>(upperBounds.length + 1).fill(0), sum: 0 };
    entry.counts[Math.min(row.bucket, upperBounds.length)]! += row.count;
    entry.sum += row.sum;
    series.set(key, entry);
  }
  return [...series.values()].flatMap(({ labels, counts, sum }) => {
    let cumulative = 0;
    const buckets = [...upperBounds, "+Inf" as const].map((le, index) => {
      cumulative += counts[index]!;
      return { labels: { ...labels, le }, value: cumulative, metricName: `${name}_bucket` };
    });
    return [...buckets, { labels, value: sum, metricName: `${name}_sum` }, { labels, value: cumulative, metricName: `${name}_count` }];
  });
};
