import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { afterAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { startTestApp } from "./serve-test-app";
import { startLocalExecutor } from "./start-local-executor";

const STEPS = 12;
const children: Array<ReturnType<typeof spawn>> = [];
const apps: Array<Awaited<ReturnType<typeof startTestApp>>> = [];

afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await Promise.all(apps.map((app) => app.close()));
});

describe.each([
  { checkpointing: true, appId: "crash-ckpt" },
  { checkpointing: false, appId: "crash-calls" },
])("checkpointing $checkpointing", ({ checkpointing, appId }) => {
  test("a run whose executor is SIGKILLed mid-run is resumed by a new executor; committed steps never run again", async () => {
    const executions = new Map<string, number>();
    const functionId = `${appId}-long`;
    const app = await startTestApp();
    apps.push(app);
    const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "crash-resume-child.ts")], {
      env: { ...process.env, APP_URL: app.appUrl, CHECKPOINTING: String(checkpointing) },
      stdio: ["ignore", "pipe", "inherit"],
    });
    children.push(child);
    const [firstLine] = (await once(child.stdout, "data")) as [Buffer];
    const childUrl = firstLine.toString().trim();

    const client = app.createClient(appId, childUrl);
    app.serveFunctions(client, [
      client.createFunction({ id: "long", triggers: [{ event: "crash/start" }] }, async ({ step }) => {
        let total = 0;
        for (let index = 0; index < STEPS; index += 1) {
          total += await step.run(`step-${index}`, async () => {
            executions.set(`step-${index}`, (executions.get(`step-${index}`) ?? 0) + 1);
            await delay(40);
            return index;
          });
        }
        return total;
      }),
    ]);
    // The child synced before the functions were served; it retries until the app answers.
    await client.send({ name: "crash/start", data: {} });

    const committedBeforeKill = await (async () => {
      for (;;) {
        const run = await db.inngestRun.findFirst({ where: { functionId } });
        if ((run?.stack.length ?? 0) >= 4) {
          child.kill("SIGKILL");
          await once(child, "exit");
          return (await db.inngestRun.findFirstOrThrow({ where: { functionId } })).stack.length;
        }
        await delay(10);
      }
    })();
    expect(committedBeforeKill).toBeLessThan(STEPS);
    // With checkpointing the first steps were committed within the call still in flight; without it, one per call.
    expect(app.functionCalls() < committedBeforeKill).toBe(checkpointing);

    // The restarted executor takes the same port (as a launcher restart does), where the app sends its checkpoints.
    const executor = await startLocalExecutor({
      databaseUrl: process.env.DATABASE_URL ?? "",
      appUrl: app.appUrl,
      port: Number(new URL(childUrl).port),
      pollMs: 100,
      leaseMs: 1000,
      backoffBaseMs: 20,
      checkpointing,
      log: () => undefined,
    });
    try {
      await executor.ready;
      let run = await db.inngestRun.findFirstOrThrow({ where: { functionId } });
      for (let tries = 0; run.status !== "COMPLETED" && tries < 400; tries += 1) {
        await delay(25);
        run = await db.inngestRun.findFirstOrThrow({ where: { functionId } });
      }
      expect(run.status).toBe("COMPLETED");
      expect(run.output).toBe((STEPS * (STEPS - 1)) / 2);
      expect(run.stack).toHaveLength(STEPS);
      const counts = Array.from({ length: STEPS }, (_, index) => executions.get(`step-${index}`) ?? 0);
      // Steps committed before the kill ran once; only the step in flight at the kill may have run twice.
      expect(counts.slice(0, committedBeforeKill).every((times) => times === 1)).toBe(true);
      expect(counts.every((times) => times >= 1 && times <= 2)).toBe(true);
      expect(counts.filter((times) => times === 2).length).toBeLessThanOrEqual(1);
    } finally {
      await executor.stop();
    }
  });
});
