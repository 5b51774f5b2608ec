/**
 * Load benchmark, printed as one JSON object: autocannon against the built app (launcher, next start, local Inngest
 * executor, embedded PostgreSQL) on 127.0.0.1, signed in as an operator, over a seeded inbox (a few thousand
 * invoices with lines, beside the seed catalog). One endpoint at a time:
 *
 *   inbox    GET /api/invoices?status=…&page=…   (every status and none, first pages and deep ones)
 *   detail   GET /api/invoices/{id}              (a different seeded invoice each request)
 *   search   GET /api/products/search?q=…        (words of catalog names, some with a typo)
 *
 *   npm run bench:load [-- --duration 60 --connections 50 --invoices 3000 --lines 6 --port 3440]
 *
 * Latency percentiles are nearest-rank over every response's own time (autocannon's `response` event), not
 * autocannon's summary, whose histogram reports p97.5 and p99 but no p95. errors = non-2xx + timeouts + socket errors.
 */
import "./lib/load-env";
import { rm } from "node:fs/promises";
import os from "node:os";
import { parseArgs } from "node:util";
import autocannon, { type AutocannonResult } from "autocannon";
import pg from "pg";
import { ZInvoiceStatus } from "@/lib/invoices/schemas";
import { seedLoadInvoices } from "@/lib/testing/seed-load-invoices";
import { percentile } from "./lib/latency";
import { createStorageDir, launchApp, signIn, startStackDatabase } from "./lib/pipeline-stack";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "60" },
    connections: { type: "string", default: "50" },
    invoices: { type: "string", default: "3000" },
    lines: { type: "string", default: "6" },
    port: { type: "string", default: "3440" },
    only: { type: "string" },
    verbose: { type: "boolean", default: false },
  },
});
const durationS = Number(values.duration);
const connections = Number(values.connections);
const log = (message: string) => console.error(`[bench-load] ${message}`);

type Endpoint = { name: string; nextPath: () => string };

const cycle = <T>(items: readonly T[]) => {
  let index = 0;
  return () => items[index++ % items.length]!;
};

/** A typo a person makes: one letter dropped from the middle of a longer word. */
const dropLetter = (word: string) => (word.length > 5 ? word.slice(0, 3) + word.slice(4) : word);

const buildEndpoints = (invoiceIds: string[], productNames: string[]): Endpoint[] => {
  const statusFilters = ["", ...ZInvoiceStatus.options.map((status) => `status=${status}&`)];
  const inboxPaths = statusFilters.flatMap((filter) => [1, 2, 3, 10, 40].map((page) => `/api/invoices?${filter}page=${page}&pageSize=25`));
  const searchPaths = productNames.flatMap((name, index) => {
    const words = name.split(/\s+/).filter((word) => word.length > 2);
    const query = words.slice(0, 2).map((word, position) => (index % 3 === 0 && position === 0 ? dropLetter(word) : word));
    return query.length > 0 ? [`/api/products/search?q=${encodeURIComponent(query.join(" "))}`] : [];
  });
  return [
    { name: "inbox", nextPath: cycle(inboxPaths) },
    { name: "detail", nextPath: cycle(invoiceIds.map((id) => `/api/invoices/${id}`)) },
    { name: "search", nextPath: cycle(searchPaths) },
  ];
};

const runEndpoint = (baseUrl: string, cookie: string, endpoint: Endpoint, durationSeconds: number) =>
  new Promise<{ result: AutocannonResult; latencies: number[] }>((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        duration: durationSeconds,
        timeout: 10,
        headers: { cookie },
        requests: [{ setupRequest: (request) => ({ ...request, method: "GET", path: endpoint.nextPath() }) }],
      },
      (error, result) => (error ? reject(error) : resolve({ result, latencies })),
    );
    instance.on("response", (_client, _statusCode, _bytes, responseTimeMs) => {
      latencies.push(responseTimeMs);
    });
  });

const round = (ms: number) => Math.round(ms * 10) / 10;

const database = await startStackDatabase(`cotejo_bench_load_${Date.now()}`);
const storageDir = await createStorageDir();
const startedAt = Date.now();
log("starting the app (builds when stale)…");
const app = await launchApp({ databaseUrl: database.url, port: Number(values.port), storageDir, output: values.verbose ? "inherit" : "ignore" });
try {
  const baseUrl = app.baseUrl.replace("localhost", "127.0.0.1");
  log(`app up in ${Math.round((Date.now() - startedAt) / 1000)} s; seeding…`);
  const seedStartedAt = Date.now();
  const seeded = await seedLoadInvoices({
    databaseUrl: database.url,
    invoices: Number(values.invoices),
    linesPerInvoice: Number(values.lines),
    suppliers: 150,
  });
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const products = await client.query<{ name: string; total: string }>(
    `SELECT name, count(*) OVER ()::text AS total FROM "Product" ORDER BY md5(code) LIMIT 300`,
  );
  await client.query("ANALYZE");
  await client.end();
  log(`seeded ${seeded.invoiceIds.length} invoices, ${seeded.lines} lines in ${Date.now() - seedStartedAt} ms`);

  const cookie = await signIn(baseUrl, "OPERATOR");
  const endpoints = buildEndpoints(
    seeded.invoiceIds,
    products.rows.map((row) => row.name),
  ).filter((endpoint) => !values.only || values.only.split(",").includes(endpoint.name));
  const report: Record<string, unknown> = {};
  // The machine is shared: the load average says how much of its two cores the app really had.
  const loadAverageBefore = os.loadavg()[0]!;
  for (const endpoint of endpoints) {
    const probe = await fetch(`${baseUrl}${endpoint.nextPath()}`, { headers: { cookie } });
    if (!probe.ok) throw new Error(`${endpoint.name} answered ${probe.status}: ${await probe.text()}`);
    log(`${endpoint.name}: warming up 5 s, then ${durationS} s at ${connections} connections…`);
    await runEndpoint(baseUrl, cookie, endpoint, 5);
    const { result, latencies } = await runEndpoint(baseUrl, cookie, endpoint, durationS);
    const sorted = latencies.sort((left, right) => left - right);
    report[endpoint.name] = {
      p50_ms: round(percentile(sorted, 50)),
      p95_ms: round(percentile(sorted, 95)),
      p99_ms: round(percentile(sorted, 99)),
      max_ms: round(sorted.at(-1) ?? 0),
      requests: result.requests.total,
      requests_per_s: round(result.requests.total / result.duration),
      errors: result.non2xx + result.timeouts + result.errors,
    };
  }
  console.log(
    JSON.stringify(
      {
        command: `npm run bench:load -- --duration ${durationS} --connections ${connections} --invoices ${values.invoices} --lines ${values.lines}${values.only ? ` --only ${values.only}` : ""}`,
        dataset: { invoices: seeded.invoiceIds.length, invoice_lines: seeded.lines, products: Number(products.rows[0]?.total ?? 0) },
        connections,
        duration_s: durationS,
        machine: { cpus: os.availableParallelism(), load_average_1m: { before: round(loadAverageBefore), after: round(os.loadavg()[0]!) } },
        endpoints: report,
      },
      null,
      2,
    ),
  );
} finally {
  await app.kill("SIGTERM");
  await database.stop();
  await rm(storageDir, { recursive: true, force: true });
}
