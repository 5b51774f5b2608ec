/**
 * Pipeline benchmark, printed as one JSON object: uploads N invoices through the API of the real app (launcher,
 * next start, local Inngest executor, embedded PostgreSQL) and waits until every one is settled (certified, in
 * review, rejected or failed).
 *
 *   npm run bench:pipeline -- --count 500 --kind xml [--clients 8] [--files-per-request 1]
 *   npm run bench:pipeline -- --count 1 --kind xml --repeat 30        (one invoice at a time: latency)
 *   npm run bench:pipeline -- --count 300 --kind scan --ocr-latency-ms 2900 [--ocr-concurrency 12]
 *
 * With --ocr-latency-ms, scans go to the real Textract client pointed at a stand-in that answers AnalyzeExpense
 * after that latency (lib/testing/start-textract-stand-in.ts): the pipeline is then bound by concurrency, not by this
 * machine's OCR CPU. latency_ms runs from the start of an invoice's upload request to its last status change;
 * step_ms is the median and p95 duration of each pipeline step from the invoices' timelines.
 */
import "./lib/load-env";
import { rm } from "node:fs/promises";
import os from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { toBogotaIsoDate } from "@/lib/format/bogota-day";
import { DIAN_TEST_RANGE, DIAN_TEST_TECHNICAL_KEY } from "@/lib/testing/build-ubl-invoice";
import { summarizeLatencies } from "./lib/latency";
import { SETTLED_STATUSES } from "./lib/pipeline-checks";
import { buildInvoiceFiles, type CatalogProduct, type InvoiceKind } from "./lib/pipeline-invoice-files";
import { createStorageDir, findFreePort, launchApp, signIn, startStackDatabase, uploadFiles, type UploadFile } from "./lib/pipeline-stack";
import { startTextractStandIn, type TextractStandIn } from "@/lib/testing/start-textract-stand-in";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "200" },
    kind: { type: "string", default: "xml" },
    clients: { type: "string", default: "8" },
    "files-per-request": { type: "string", default: "1" },
    repeat: { type: "string", default: "1" },
    "ocr-latency-ms": { type: "string" },
    "ocr-concurrency": { type: "string" },
    "timeout-s": { type: "string", default: "1800" },
    verbose: { type: "boolean", default: false },
  },
});
const kind = values.kind as InvoiceKind;
if (!["xml", "pdf", "scan"].includes(kind)) throw new Error("--kind xml|pdf|scan");
const count = Number(values.count);
const clients = Number(values.clients);
const filesPerRequest = Number(values["files-per-request"]);
const repeat = Number(values.repeat);
const ocrLatencyMs = values["ocr-latency-ms"] === undefined ? null : Number(values["ocr-latency-ms"]);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (message: string) => console.error(`[bench-pipeline] ${message}`);

const database = await startStackDatabase(`cotejo_bench_pipeline_${Date.now()}`);
const storageDir = await createStorageDir();
const standIn: TextractStandIn | null = ocrLatencyMs === null ? null : await startTextractStandIn({ latencyMs: ocrLatencyMs });
const client = new pg.Client({ connectionString: database.url });

const env: Record<string, string> = {
  // The generated XML invoices are numbered in DIAN's test range: their CUFE verifies with its public key.
  DIAN_TECHNICAL_KEYS: `${DIAN_TEST_RANGE.prefix}=${DIAN_TEST_TECHNICAL_KEY}`,
};
if (standIn) {
  Object.assign(env, {
    OCR_ENGINE: "textract",
    TEXTRACT_ENDPOINT: standIn.url,
    AWS_ACCESS_KEY_ID: "stand-in",
    AWS_SECRET_ACCESS_KEY: "stand-in",
    OCR_CONCURRENCY: values["ocr-concurrency"] ?? "12",
  });
} else if (values["ocr-concurrency"]) {
  env.OCR_CONCURRENCY = values["ocr-concurrency"];
}

const app = await launchApp({
  databaseUrl: database.url,
  port: await findFreePort(),
  storageDir,
  env,
  output: values.verbose ? "inherit" : "ignore",
});
try {
  await client.connect();
  const products = (
    await client.query<CatalogProduct>(
      `SELECT p.code, p.name FROM "Product" p JOIN "DianClassification" c ON c.id = p."classificationId"
        WHERE c.eligibility <> 'NOT_ELIGIBLE' AND p.active ORDER BY p.code LIMIT 300`,
    )
  ).rows;
  const cookie = await signIn(app.baseUrl, "OPERATOR");
  const issueDate = toBogotaIsoDate(new Date(Date.now() - 2 * 86_400_000));

  const latencies: number[] = [];
  const invoiceIds: string[] = [];
  let failed = 0;
  let rejectedUploads = 0;
  let totalMs = 0;
  for (let round = 0; round < repeat; round += 1) {
    const files = await buildInvoiceFiles({ kind, count, startAt: round * count + 1, products, issueDate });
    const requests: UploadFile[][] = [];
    for (let index = 0; index < files.length; index += filesPerRequest) requests.push(files.slice(index, index + filesPerRequest));
    const uploadStart = new Map<string, number>();
    const roundStart = Date.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(clients, requests.length) }, async () => {
        while (next < requests.length) {
          const request = requests[next++]!;
          const startedAt = Date.now();
          for (const result of await uploadFiles(app.baseUrl, cookie, request)) {
            if (result.status === "created" && result.invoiceId) uploadStart.set(result.invoiceId, startedAt);
            else rejectedUploads += 1;
          }
        }
      }),
    );
    const ids = [...uploadStart.keys()];
    const deadline = Date.now() + Number(values["timeout-s"]) * 1000;
    let settled: { id: string; status: string; settledAt: Date }[] = [];
    while (Date.now() < deadline) {
      settled = (
        await client.query<{ id: string; status: string; settledAt: Date }>(
          `SELECT i.id, i.status::text AS status,
                  (SELECT max(a."createdAt") FROM "AuditEvent" a
                    WHERE a."entityType" = 'Invoice' AND a."entityId" = i.id::text AND a.after->>'status' = i.status::text) AS "settledAt"
             FROM "Invoice" i WHERE i.id = ANY($1::uuid[]) AND i.status::text = ANY($2::text[])`,
          [ids, [...SETTLED_STATUSES]],
        )
      ).rows;
      if (settled.length === ids.length) break;
      await sleep(ids.length === 1 ? 20 : 500);
    }
    if (settled.length !== ids.length) throw new Error(`${ids.length - settled.length} invoices did not settle in time`);
    for (const invoice of settled) {
      latencies.push(invoice.settledAt.getTime() - uploadStart.get(invoice.id)!);
      if (invoice.status === "FAILED") failed += 1;
    }
    invoiceIds.push(...ids);
    totalMs += Math.max(...settled.map((invoice) => invoice.settledAt.getTime())) - roundStart;
    if (repeat > 1) log(`round ${round + 1}/${repeat}: ${ids.length} settled`);
  }

  const steps = (
    await client.query<{ step: string; durations: number[] }>(
      `SELECT step, array_agg("durationMs" ORDER BY "durationMs") AS durations FROM "PipelineStep"
        WHERE "invoiceId" = ANY($1::uuid[]) AND status = 'COMPLETED' GROUP BY step ORDER BY step`,
      [invoiceIds],
    )
  ).rows;
  const statuses = (
    await client.query<{ status: string; count: string }>(
      `SELECT status::text, count(*) FROM "Invoice" WHERE id = ANY($1::uuid[]) GROUP BY 1 ORDER BY 1`,
      [invoiceIds],
    )
  ).rows;
  const latency = summarizeLatencies(latencies);
  console.log(
    JSON.stringify(
      {
        count: invoiceIds.length,
        kind,
        clients,
        files_per_request: filesPerRequest,
        repeat,
        ocr_latency_ms: ocrLatencyMs,
        ocr_concurrency: env.OCR_CONCURRENCY ? Number(env.OCR_CONCURRENCY) : os.availableParallelism(),
        textract_calls: standIn?.calls() ?? 0,
        invoices_per_hour: Math.round((invoiceIds.length / totalMs) * 3_600_000),
        wall_ms: totalMs,
        latency_ms: { p50: latency.p50, p95: latency.p95 },
        step_ms: Object.fromEntries(
          steps.map(({ step, durations }) => [step, { p50: summarizeLatencies(durations).p50, p95: summarizeLatencies(durations).p95 }]),
        ),
        by_status: Object.fromEntries(statuses.map(({ status, count: total }) => [status, Number(total)])),
        failed,
        rejected_uploads: rejectedUploads,
        load_average: os.loadavg().map((load) => Math.round(load * 100) / 100),
      },
      null,
      2,
    ),
  );
} finally {
  await client.end().catch(() => undefined);
  await app.kill("SIGTERM");
  await standIn?.stop();
  await database.stop();
  await rm(storageDir, { recursive: true, force: true });
}
