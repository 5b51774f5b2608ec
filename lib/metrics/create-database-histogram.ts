import type { Metric } from "prom-client";
import { toHistogramValues, type THistogramBucketRow } from "./to-histogram-values";

export type CreateDatabaseHistogramOptions = {
  name: string;
  help: string;
  upperBounds: readonly number[];
  /** Reads the observations from the database at scrape time, already grouped by label set and bucket index. */
  readBuckets: (upperBounds: readonly number[]) => Promise<THistogramBucketRow[]>;
};

/**
 * A histogram whose observations are rows in the database (pipeline steps, extractions) rather than events seen
 * by this process: the background functions run in other processes, and the database sees them all. prom-client
 * has no histogram that is set from outside, so this is the object its registry reads (name, help, type, get()).
 */
export const createDatabaseHistogram = ({ name, help, upperBounds, readBuckets }: CreateDatabaseHistogramOptions): Metric => {
  const metric = {
    name,
    help,
    type: "histogram",
    aggregator: "sum",
    get: async () => ({ name, help, type: "histogram", aggregator: "sum", values: toHistogramValues(name, upperBounds, await readBuckets(upperBounds)) }),
  };
  return metric as unknown as Metric;
};
