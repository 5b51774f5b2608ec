import { setTimeout as delay } from "node:timers/promises";
import { afterAll, expect, test } from "vitest";
import { db } from "@/lib/db";
import { startTestApp } from "./serve-test-app";
import { startLocalExecutor } from "./start-local-executor";

const apps = await Promise.all([startTestApp(), startTestApp()]);
const executor = await startLocalExecutor({
  databaseUrl: process.env.DATABASE_URL ?? "",
  appUrl: apps[0].appUrl,
  callUrls: apps.map((app) => app.appUrl),
  port: 0,
  workers: 4,
  pollMs: 100,
  backoffBaseMs: 20,
  log: () => undefined,
});
// Two processes of the same app: each serves the same functions through its own client.
const clients = apps.map((app) => {
  const client = app.createClient("spread", executor.url);
  app.serveFunctions(client, [
    client.createFunction({ id: "double", triggers: [{ event: "s/double" }] }, async ({ event, step }) =>
      step.run("double", () => Number(event.data.n) * 2),
    ),
  ]);
  return client;
});
await executor.ready;

afterAll(async () => {
  await executor.stop();
  await Promise.all(apps.map((app) => app.close()));
});

test("calls are spread over every process of the app, and every run completes once", async () => {
  await clients[0]!.send(Array.from({ length: 8 }, (_, n) => ({ name: "s/double", id: `double-${n}`, data: { n } })));
  const deadline = Date.now() + 15_000;
  let runs = await db.inngestRun.findMany({ where: { functionId: "spread-double" } });
  while (runs.filter((run) => run.status === "COMPLETED").length < 8 && Date.now() < deadline) {
    await delay(50);
    runs = await db.inngestRun.findMany({ where: { functionId: "spread-double" } });
  }
  expect(runs.map((run) => run.output).sort((a, b) => Number(a) - Number(b))).toEqual([0, 2, 4, 6, 8, 10, 12, 14]);
  expect(apps.map((app) => app.functionCalls()).every((calls) => calls >= 2)).toBe(true);
});
