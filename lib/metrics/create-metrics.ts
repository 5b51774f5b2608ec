import { Gauge, Histogram, Registry } from "prom-client";
import { db } from "@/lib/db";
import { createDatabaseHistogram } from "./create-database-histogram";

const INVOICE_STATUSES = ["RECEIVED", "EXTRACTING", "MATCHING", "VALIDATING", "NEEDS_REVIEW", "APPROVED", "COMMISSIONED", "CERTIFIED", "REJECTED", "FAILED"] as const;
const STEP_SECONDS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];
const CONFIDENCE = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.99, 1];
const LOOKUP_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

export type TMetrics = { registry: Registry; productLookupSeconds: Histogram<"mode"> };

/**
 * Everything GET /api/metrics exposes. Counts and histograms of the pipeline are read from the database at scrape
 * time, so they cover every process (web and background functions); product lookup time is observed in this
 * process, where the product search API runs.
 */
export const createMetrics = (): TMetrics => {
  const registry = new Registry();
  const productLookupSeconds = new Histogram({
    name: "cotejo_product_lookup_seconds",
    help: "Catalog product search time (GET /api/products/search), by mode: text (ranked) or browse",
    labelNames: ["mode"] as const,
    buckets: LOOKUP_SECONDS,
    registers: [registry],
  });

  new Gauge({
    name: "cotejo_invoices",
    help: "Invoices by pipeline status",
    labelNames: ["status"] as const,
    registers: [registry],
    async collect() {
      const rows = await db.invoice.groupBy({ by: ["status"], _count: { _all: true } });
      const counts = new Map(rows.map((row) => [row.status, row._count._all]));
      for (const status of INVOICE_STATUSES) this.set({ status }, counts.get(status) ?? 0);
    },
  });

  new Gauge({
    name: "cotejo_review_backlog",
    help: "Invoices waiting for an operator's review (NEEDS_REVIEW)",
    registers: [registry],
    async collect() {
      this.set(await db.invoice.count({ where: { status: "NEEDS_REVIEW" } }));
    },
  });
  new Gauge({
    name: "cotejo_review_backlog_oldest_seconds",
    help: "Age of the invoice waiting longest for review (since it last changed), 0 when none waits",
    registers: [registry],
    async collect() {
      const { _min } = await db.invoice.aggregate({ where: { status: "NEEDS_REVIEW" }, _min: { updatedAt: true } });
      this.set(_min.updatedAt ? Math.max(0, (Date.now() - _min.updatedAt.getTime()) / 1000) : 0);
    },
  });

  new Gauge({
    name: "cotejo_queue_depth",
    help: "Background runs of the local executor waiting to run (QUEUED) or in progress (RUNNING); 0 with Inngest Cloud or self-hosted",
    labelNames: ["status"] as const,
    registers: [registry],
    async collect() {
      const rows = await db.inngestRun.groupBy({ by: ["status"], where: { status: { in: ["QUEUED", "RUNNING"] } }, _count: { _all: true } });
      const counts = new Map(rows.map((row) => [row.status, row._count._all]));
      for (const status of ["QUEUED", "RUNNING"] as const) this.set({ status }, counts.get(status) ?? 0);
    },
  });

  // Integer thresholds and width_bucket(value - 1, …) count the bounds strictly below each value, so a value equal
  // to a bound falls in that bound's bucket (Prometheus' le is inclusive).
  registry.registerMetric(
    createDatabaseHistogram({
      name: "cotejo_pipeline_step_duration_seconds",
      help: "Duration of recorded pipeline steps (PipelineStep), by step and status",
      upperBounds: STEP_SECONDS,
      readBuckets: async (bounds) => {
        const rows = await db.$queryRaw<{ step: string; status: string; bucket: number; count: number; sum: number }[]>`
          SELECT step, status::text AS status, width_bucket("durationMs" - 1, ${bounds.map((seconds) => Math.round(seconds * 1000))}::int[]) AS bucket,
                 count(*)::int AS count, sum("durationMs")::float8 / 1000 AS sum
          FROM "PipelineStep" GROUP BY 1, 2, 3`;
        return rows.map(({ step, status, bucket, count, sum }) => ({ labels: { step, status }, bucket, count, sum }));
      },
    }),
  );
  registry.registerMetric(
    createDatabaseHistogram({
      name: "cotejo_ocr_confidence",
      help: "Confidence of the weakest required field of extracted PDF and image invoices (0..1), by source type",
      upperBounds: CONFIDENCE,
      readBuckets: async (bounds) => {
        const rows = await db.$queryRaw<{ sourceType: string; bucket: number; count: number; sum: number }[]>`
          SELECT "sourceType"::text AS "sourceType", width_bucket(round(confidence * 10000)::int - 1, ${bounds.map((value) => Math.round(value * 10000))}::int[]) AS bucket,
                 count(*)::int AS count, sum(confidence)::float8 AS sum
          FROM "Invoice" WHERE confidence IS NOT NULL AND "sourceType" <> 'XML' GROUP BY 1, 2`;
        return rows.map(({ sourceType, bucket, count, sum }) => ({ labels: { source_type: sourceType }, bucket, count, sum }));
      },
    }),
  );
  return { registry, productLookupSeconds };
};
