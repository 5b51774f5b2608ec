/**
 * Inbox benchmark, printed as JSON:
 *   npm run bench:inbox -- [--invoices 1000000] [--suppliers 2000] [--runs 30]
 * Builds (or reuses) N generated invoices in its own embedded PostgreSQL (.data/pg-bench-inbox, port 54433, or
 * EMBEDDED_POSTGRES_DIR/PORT), then calls the list API's lib operation (findInvoices: supplier lookup, page and
 * capped count) for each case once unmeasured and `runs` times measured, and prints per case {p50,p95} ms, the
 * rows counted and the indexes PostgreSQL used (EXPLAIN ANALYZE of the exact SQL Prisma sent; a sequential scan
 * of Invoice is reported as "Seq Scan").
 */
import "./lib/load-env";
import os from "node:os";
import { parseArgs } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/database/embedded-postgres";
import { applyMigrations } from "@/lib/database/schema-engine";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { generateInboxData } from "./lib/generate-inbox-data";
import { summarizeLatencies } from "./lib/latency";

const { values } = parseArgs({
  options: {
    invoices: { type: "string", default: "1000000" },
    suppliers: { type: "string", default: "2000" },
    runs: { type: "string", default: "30" },
  },
});
const invoices = Number(values.invoices);
const suppliers = Number(values.suppliers);
const runs = Number(values.runs);
if (!Number.isInteger(invoices) || invoices < 10_000 || !Number.isInteger(suppliers) || suppliers < 100 || !Number.isInteger(runs) || runs < 1) {
  console.error("Uso: npm run bench:inbox -- [--invoices N ≥ 10000] [--suppliers N ≥ 100] [--runs 30]");
  process.exit(2);
}

const database = await startEmbeddedPostgres({
  dataDir: process.env.EMBEDDED_POSTGRES_DIR || ".data/pg-bench-inbox",
  port: Number(process.env.EMBEDDED_POSTGRES_PORT || 54433),
  database: "cotejo",
});
process.env.DATABASE_URL = database.url;
await applyMigrations(database.url);

// The app's client, with its queries reported: lib/db reuses a client it finds here, and the benchmark explains
// exactly the SQL that findInvoices sent.
type TCapturedQuery = { query: string; params: string };
const captured: TCapturedQuery[] = [];
const client = new PrismaClient({
  adapter: new PrismaPg({ connectionString: database.url, max: 10 }),
  omit: { user: { passwordHash: true } },
  log: [{ emit: "event", level: "query" }],
});
client.$on("query", (event) => captured.push({ query: event.query, params: event.params }));
(globalThis as { cotejoPrisma?: unknown }).cotejoPrisma = client;

const { findInvoices } = await import("@/lib/invoices/find-invoices");
const { ZFindInvoicesQuery } = await import("@/lib/invoices/schemas");

const explainIndexes = async (sql: pg.Client, query: TCapturedQuery): Promise<{ indexes: string[]; ms: number }> => {
  const params = JSON.parse(query.params) as unknown[];
  const { rows } = await sql.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, COSTS OFF) ${query.query}`, params);
  const plan = rows.map((row) => row["QUERY PLAN"]).join("\n");
  const indexes = [...plan.matchAll(/(?:Index Only Scan|Index Scan|Bitmap Index Scan)(?: Backward)? (?:using |on )"?([\w]+)"?/g)].map((match) => match[1]!);
  const seqScans = [...plan.matchAll(/Seq Scan on (?:"?public"?\.)?"?(\w+)"?/g)].map((match) => `Seq Scan ${match[1]}`);
  return { indexes: [...new Set([...indexes, ...seqScans])], ms: Number(/Execution Time: ([\d.]+)/.exec(plan)?.[1] ?? 0) };
};

/** Which of findInvoices' statements this is: the supplier lookup, the page or the capped count. */
const queryKind = (query: string, index: number): string => {
  if (/^\s*SELECT count\(\*\)/i.test(query)) return "count";
  if (/"Organization"/.test(query) && /LIKE/i.test(query)) return "supplier_lookup";
  return /FROM "Invoice" i/.test(query) ? "page" : `query_${index}`;
};

const steps: Record<string, number> = {};
const sql = new pg.Client({ connectionString: database.url });
await sql.connect();
try {
  const existing = Number((await sql.query<{ n: string }>(`SELECT count(*)::text AS n FROM "Invoice"`)).rows[0]?.n ?? 0);
  if (existing < invoices) {
    const started = performance.now();
    await generateInboxData({
      url: database.url,
      invoices,
      suppliers,
      onStep: (step, seconds) => {
        steps[step] = Math.round(seconds * 10) / 10;
        console.error(`${step}: ${seconds.toFixed(1)} s`);
      },
    });
    steps.total = Math.round((performance.now() - started) / 100) / 10;
  }
  const batch = (await sql.query<{ id: string }>(`SELECT id FROM "PipelineBatch" ORDER BY "createdAt" DESC OFFSET 10 LIMIT 1`)).rows[0]?.id;
  const cases: Record<string, Record<string, string>> = {
    default_list: {},
    status_needs_review: { status: "NEEDS_REVIEW" },
    status_failed: { status: "FAILED" },
    status_multi: { status: "FAILED,REJECTED,NEEDS_REVIEW" },
    confidence_alta: { confidence: "alta" },
    confidence_media: { confidence: "media" },
    confidence_baja: { confidence: "baja" },
    supplier_name: { supplier: "Cacao del Sinú" },
    supplier_nit_prefix: { supplier: "90000012" },
    supplier_largest: { supplier: "900000001-1" },
    issued_recent_month: { issuedFrom: "2026-11-01", issuedTo: "2026-11-30" },
    issued_old_month: { issuedFrom: "2025-01-01", issuedTo: "2025-01-31" },
    // The one combination the default sort avoids (see resolveInvoiceSort): measured to show its cost.
    issued_old_month_sorted_by_upload: { issuedFrom: "2025-01-01", issuedTo: "2025-01-31", sort: "createdAt" },
    total_range: { totalMin: "5000000.00", totalMax: "5100000.00" },
    total_min: { totalMin: "50000000" },
    source_image: { source: "IMAGE" },
    batch: { batch: batch ?? "" },
    combined: { status: "NEEDS_REVIEW", confidence: "baja", source: "IMAGE", issuedFrom: "2026-06-01", issuedTo: "2026-11-30" },
    sort_total_desc: { sort: "total", order: "desc" },
    sort_total_asc: { sort: "total", order: "asc" },
    page_50: { page: "50" },
    page_50_sort_total: { page: "50", sort: "total", order: "asc" },
  };
  const loadAverageBefore = os.loadavg()[0]!;
  const results: Record<string, { p50: number; p95: number; counted: string; indexes: Record<string, string[]> }> = {};
  for (const [name, params] of Object.entries(cases)) {
    const query = ZFindInvoicesQuery.parse(params);
    captured.length = 0;
    const first = await findInvoices(query);
    const queries = [...captured];
    const durations: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const start = performance.now();
      await findInvoices(query);
      durations.push(performance.now() - start);
    }
    const indexes: Record<string, string[]> = {};
    for (const [index, capturedQuery] of queries.entries()) {
      indexes[queryKind(capturedQuery.query, index)] = (await explainIndexes(sql, capturedQuery)).indexes;
    }
    const { p50, p95 } = summarizeLatencies(durations);
    results[name] = { p50, p95, counted: first.totalIsCapped ? `>${first.total}` : String(first.total), indexes };
    console.error(`${name}: p50 ${p50} ms, p95 ${p95} ms (${results[name].counted}) ${JSON.stringify(indexes)}`);
  }
  console.log(
    JSON.stringify(
      {
        command: `npm run bench:inbox -- --invoices ${invoices} --suppliers ${suppliers} --runs ${runs}`,
        invoices: Number((await sql.query<{ n: string }>(`SELECT count(*)::text AS n FROM "Invoice"`)).rows[0]?.n ?? 0),
        runs,
        machine: { cpus: os.availableParallelism(), load_average_1m: { before: Math.round(loadAverageBefore * 10) / 10, after: Math.round(os.loadavg()[0]! * 10) / 10 } },
        load_s: steps,
        cases: results,
      },
      null,
      2,
    ),
  );
} finally {
  await sql.end();
  await client.$disconnect();
  await database.stop();
}
