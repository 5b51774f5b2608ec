import { withPublic } from "@/lib/api/with-public";
import { authorizeMetricsRequest } from "@/lib/metrics/authorize-metrics-request";
import { renderMetrics } from "@/lib/metrics/render-metrics";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /api/metrics - Prometheus text format; Authorization: Bearer METRICS_TOKEN, or an Admin session
export const GET = withPublic(async ({ req }) => {
  await authorizeMetricsRequest(req.headers.get("authorization"));
  const { contentType, body } = await renderMetrics();
  return new Response(body, { headers: { "content-type": contentType, "cache-control": "no-store" } });
});
