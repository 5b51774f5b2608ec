/**
 * Reports benchmark, printed as JSON:
 *   npm run bench:reports -- [--commissions 1000000] [--runs 30] [--load-only]
 * Builds (or reuses) N generated commissions with their lines in its own embedded PostgreSQL
 * (.data/pg-bench-reports, port 54431, or EMBEDDED_POSTGRES_DIR/PORT; DATABASE_URL overrides), then runs each report
 * kind once unmeasured and `runs` times measured (a warm server) and prints per report {p50,p95} ms and its row count.
 */
import "./lib/load-env";
import { parseArgs } from "node:util";
import { ensureDatabase } from "@/lib/database/ensure-database";
import { applyMigrations } from "@/lib/database/schema-engine";
import { generateReportData } from "./lib/generate-report-data";
import { summarizeLatencies } from "./lib/latency";

const { values } = parseArgs({
  options: {
    commissions: { type: "string", default: "1000000" },
    runs: { type: "string", default: "30" },
    "load-only": { type: "boolean", default: false },
  },
});
const commissions = Number(values.commissions);
const runs = Number(values.runs);
if (!Number.isInteger(commissions) || commissions < 1_000 || !Number.isInteger(runs) || runs < 1) {
  console.error("Uso: npm run bench:reports -- [--commissions N ≥ 1000] [--runs 30] [--load-only]");
  process.exit(2);
}

process.env.EMBEDDED_POSTGRES_DIR ||= ".data/pg-bench-reports";
process.env.EMBEDDED_POSTGRES_PORT ||= "54431";
const database = await ensureDatabase();
process.env.DATABASE_URL = database.url;
await applyMigrations(database.url);

const { db } = await import("@/lib/db");
const { seedClassifications } = await import("@/lib/seed/seed-classifications");
const { rebuildCommissionSummaries } = await import("@/lib/reports/rebuild-commission-summaries");

const steps: Record<string, number> = {};
try {
  await seedClassifications();
  const existing = await db.commission.count();
  if (existing < commissions) {
    const started = performance.now();
    await generateReportData({
      url: database.url,
      commissions,
      onStep: (step, seconds) => {
        steps[step] = Math.round(seconds * 10) / 10;
        console.error(`${step}: ${seconds.toFixed(1)} s`);
      },
    });
    steps.total = Math.round((performance.now() - started) / 100) / 10;
  }
  // Summaries built from the rows, as a backfill would; also after a migration adds a summary table.
  const [summarized, partyRows, count] = await Promise.all([
    db.commissionDailyTotal.aggregate({ _sum: { invoices: true } }),
    db.commissionPartySummary.count(),
    db.commission.count(),
  ]);
  if (summarized._sum.invoices !== count || partyRows === 0) {
    const summaryStart = performance.now();
    await rebuildCommissionSummaries();
    steps.summaries = Math.round((performance.now() - summaryStart) / 100) / 10;
  }
  if (values["load-only"]) {
    console.log(JSON.stringify({ commissions: await db.commission.count(), load_s: steps }, null, 2));
  } else {
    const { runReport } = await import("@/lib/reports/run-report");
    const { ZReportQuery } = await import("@/lib/reports/schemas");
    const whole = { from: "2024-11-01", to: "2026-11-30" };
    const reports = {
      by_month: { dimension: "period", granularity: "month", ...whole },
      by_classification: { dimension: "classification", ...whole },
      top_suppliers: { dimension: "supplier", ...whole, limit: 10 },
      suppliers_page_50: { dimension: "supplier", ...whole, limit: 50, offset: 500 },
      by_customer: { dimension: "customer", ...whole, limit: 10 },
      by_operator: { dimension: "operator", ...whole, limit: 100 },
      one_month_by_day: { dimension: "period", granularity: "day", from: "2026-10-01", to: "2026-10-31" },
      one_month_top_suppliers: { dimension: "supplier", from: "2026-10-01", to: "2026-10-31", limit: 10 },
      classification_filter_by_supplier: { dimension: "supplier", ...whole, classificationCode: "0901.11", limit: 10 },
    } as const;
    const results: Record<string, { p50: number; p95: number; rows: number }> = {};
    for (const [name, raw] of Object.entries(reports)) {
      const query = ZReportQuery.parse(raw);
      const first = await runReport({ query });
      const durations: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        const start = performance.now();
        await runReport({ query });
        durations.push(performance.now() - start);
      }
      const { p50, p95 } = summarizeLatencies(durations);
      results[name] = { p50, p95, rows: first.rows.length };
      console.error(`${name}: p50 ${p50} ms, p95 ${p95} ms`);
    }
    console.log(JSON.stringify({ commissions: await db.commission.count(), runs, load_s: steps, reports: results }, null, 2));
  }
} finally {
  await db.$disconnect();
  await database.stop();
}
