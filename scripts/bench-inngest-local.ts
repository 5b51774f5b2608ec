/**
 * npm run bench:inngest-local -- [--runs 300] [--steps 8] [--checkpointing on|off]: the local Inngest executor's
 * own overhead. A real inngest/node serve handler with one function of N trivial steps, driven through the
 * executor on the test PostgreSQL; prints JSON with steps/s, calls of the function per run and run latency. The pipeline's budget (36,000 invoices/h × ~8 steps) needs
 * 80 steps/s end to end, so this figure must leave most of the CPU to the steps themselves.
 */
import { parseArgs } from "node:util";
import pg from "pg";
import { startTestApp } from "@/lib/inngest-local/serve-test-app";
import { startLocalExecutor } from "@/lib/inngest-local/start-local-executor";
import { createTestDatabase, dropTestDatabase, prepareTemplateDatabase, startTestPostgres } from "@/lib/testing/test-postgres";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "300" },
    steps: { type: "string", default: "8" },
    checkpointing: { type: "string", default: "on" },
  },
});
const runs = Number(values.runs);
const steps = Number(values.steps);
const checkpointing = values.checkpointing !== "off";

const server = await startTestPostgres();
await prepareTemplateDatabase(server.url);
const databaseUrl = await createTestDatabase(server.url, "bench_inngest_local");
const app = await startTestApp();
const executor = await startLocalExecutor({ databaseUrl, appUrl: app.appUrl, port: 0, checkpointing, log: () => undefined });
const client = app.createClient("bench", executor.url);
app.serveFunctions(client, [
  client.createFunction({ id: "steps", triggers: [{ event: "bench/run" }] }, async ({ step }) => {
    let total = 0;
    for (let index = 0; index < steps; index += 1) total += await step.run(`step-${index}`, () => index);
    return total;
  }),
]);
await executor.ready;

const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
const started = Date.now();
for (let sent = 0; sent < runs; sent += 100) {
  await client.send(Array.from({ length: Math.min(100, runs - sent) }, (_, index) => ({ name: "bench/run", data: { index } })));
}
for (;;) {
  const { rows } = await pool.query<{ done: number }>(`SELECT count(*)::int AS done FROM "InngestRun" WHERE "status" = 'COMPLETED'`);
  if ((rows[0]?.done ?? 0) >= runs) break;
  await new Promise((resolve) => setTimeout(resolve, 20));
}
const elapsedMs = Date.now() - started;
const { rows: latencies } = await pool.query<{ ms: number }>(
  `SELECT EXTRACT(EPOCH FROM ("finishedAt" - "createdAt")) * 1000 AS ms FROM "InngestRun" ORDER BY 1`,
);
const percentile = (p: number) => Math.round(Number(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]?.ms ?? 0));
console.log(
  JSON.stringify({
    runs,
    steps_per_run: steps,
    checkpointing,
    calls_per_run: Math.round((app.functionCalls() * 100) / runs) / 100,
    elapsed_ms: elapsedMs,
    steps_per_second: Math.round((runs * steps * 1000) / elapsedMs),
    runs_per_hour: Math.round((runs * 3_600_000) / elapsedMs),
    run_latency_ms: { p50: percentile(0.5), p95: percentile(0.95) },
  }),
);
await pool.end();
await executor.stop();
await app.close();
await dropTestDatabase(server.url, "bench_inngest_local");
await server.stop();
