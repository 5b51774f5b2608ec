import { getMetrics } from "./get-metrics";

/** The Prometheus text exposition of every metric, read now. */
export const renderMetrics = async (): Promise<{ contentType: string; body: string }> => {
  const { registry } = getMetrics();
  return { contentType: registry.contentType, body: await registry.metrics() };
};
