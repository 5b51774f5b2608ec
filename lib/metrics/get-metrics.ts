import { createMetrics, type TMetrics } from "./create-metrics";

const globalForMetrics = globalThis as { cotejoMetrics?: TMetrics };

/** One set of metrics per process, kept across hot reloads so that nothing is registered twice. */
export const getMetrics = (): TMetrics => (globalForMetrics.cotejoMetrics ??= createMetrics());
