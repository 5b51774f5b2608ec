import { setTimeout as delay } from "node:timers/promises";
import { NonRetriableError, type InngestFunction } from "inngest";
import { afterAll, beforeAll, expect, test } from "vitest";
import { db } from "@/lib/db";
import { startTestApp } from "./serve-test-app";
import { startLocalExecutor, type LocalExecutor } from "./start-local-executor";

type TTestApp = Awaited<ReturnType<typeof startTestApp>>;
type TClient = ReturnType<TTestApp["createClient"]>;

const STEPS = 8;
const executions = new Map<string, number>();
const count = (key: string) => executions.set(key, (executions.get(key) ?? 0) + 1).get(key) ?? 0;
const failures: string[] = [];
let releaseHold: () => void = () => undefined;
const holdGate = new Promise<void>((resolve) => (releaseHold = resolve));

const defineFunctions = (client: TClient): InngestFunction.Any[] => [
  client.createFunction({ id: "steps", triggers: [{ event: "c/steps" }] }, async ({ step }) => {
    let total = 0;
    for (let index = 0; index < STEPS; index += 1) total += await step.run(`step-${index}`, () => index * 10);
    return { total };
  }),
  client.createFunction({ id: "flaky", retries: 2, triggers: [{ event: "c/flaky" }] }, async ({ event, step }) => {
    const a = await step.run("a", () => count(`flaky-a:${event.id}`));
    const b = await step.run("b", () => {
      if (count(`flaky-b:${event.id}`) === 1) throw new Error("transient");
      return "b";
    });
    const c = await step.run("c", () => count(`flaky-c:${event.id}`));
    return { a, b, c };
  }),
  client.createFunction(
    {
      id: "doomed",
      retries: 1,
      triggers: [{ event: "c/doomed" }],
      onFailure: ({ error }: { error: Error }) => {
        failures.push(error.message);
      },
    },
    async ({ event, step }) => {
      await step.run("a", () => count(`doomed-a:${event.id}`));
      await step.run("b", () => {
        count(`doomed-b:${event.id}`);
        throw new Error("permanent outage");
      });
    },
  ),
  client.createFunction({ id: "fatal", retries: 3, triggers: [{ event: "c/fatal" }] }, async ({ event, step }) => {
    await step.run("a", () => count(`fatal-a:${event.id}`));
    await step.run("b", () => {
      count(`fatal-b:${event.id}`);
      throw new NonRetriableError("bad input");
    });
  }),
  client.createFunction({ id: "held", triggers: [{ event: "c/held" }] }, async ({ step }) => {
    await step.run("first", () => count("held-first"));
    await step.run("hold", async () => {
      count("held-hold");
      await holdGate;
    });
    return step.run("last", () => count("held-last"));
  }),
];

const startApp = async (appId: string, checkpointing: boolean) => {
  const app = await startTestApp();
  const executor = await startLocalExecutor({
    databaseUrl: process.env.DATABASE_URL ?? "",
    appUrl: app.appUrl,
    port: 0,
    workers: 2,
    pollMs: 100,
    leaseMs: 1000,
    backoffBaseMs: 20,
    checkpointing,
    log: () => undefined,
  });
  const client = app.createClient(appId, executor.url);
  app.serveFunctions(client, defineFunctions(client));
  await executor.ready;
  return { app, executor, client };
};

let checkpointed: { app: TTestApp; executor: LocalExecutor; client: TClient };

const finishedRun = async (functionId: string, eventId: string) => {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const run = await db.inngestRun.findFirst({ where: { functionId, event: { path: ["id"], equals: eventId } } });
    if (run && (run.status === "COMPLETED" || run.status === "FAILED")) return run;
    if (Date.now() > deadline) throw new Error(`run of ${functionId} for ${eventId} did not finish: ${run?.status}`);
    await delay(20);
  }
};

beforeAll(async () => {
  checkpointed = await startApp("ck", true);
});

afterAll(async () => {
  await checkpointed.executor.stop();
  await checkpointed.app.close();
});

test("a multi-step function runs in one call instead of one per step, with the same memoized steps and output", async () => {
  const callsBefore = checkpointed.app.functionCalls();
  await checkpointed.client.send({ name: "c/steps", id: "steps-1", data: {} });
  const withCheckpoints = await finishedRun("ck-steps", "steps-1");
  const checkpointedCalls = checkpointed.app.functionCalls() - callsBefore;

  // The same function, driven with checkpointing off (after the other executor stopped: they share the database).
  await checkpointed.executor.stop();
  const perStep = await startApp("pc", false);
  try {
    await perStep.client.send({ name: "c/steps", id: "steps-2", data: {} });
    const withCalls = await finishedRun("pc-steps", "steps-2");
    expect(perStep.app.functionCalls()).toBe(STEPS + 1);
    expect(checkpointedCalls).toBe(1);
    expect(withCheckpoints.status).toBe("COMPLETED");
    expect(withCheckpoints.output).toEqual({ total: 280 });
    expect(withCheckpoints.output).toEqual(withCalls.output);
    expect(withCheckpoints.steps).toEqual(withCalls.steps);
    expect(withCheckpoints.stack).toEqual(withCalls.stack);
    expect(withCheckpoints.stack).toHaveLength(STEPS);
  } finally {
    await perStep.executor.stop();
    await perStep.app.close();
    checkpointed = await startApp("ck", true);
  }
});

test("a step failing after a checkpointed step is retried alone, counting its own attempts, then the run goes on", async () => {
  const callsBefore = checkpointed.app.functionCalls();
  await checkpointed.client.send({ name: "c/flaky", id: "flaky-1", data: {} });
  const run = await finishedRun("ck-flaky", "flaky-1");
  expect(run).toMatchObject({ status: "COMPLETED", output: { a: 1, b: "b", c: 1 }, attempt: 0 });
  expect(run.stack).toHaveLength(3);
  expect(["a", "b", "c"].map((name) => executions.get(`flaky-${name}:flaky-1`))).toEqual([1, 2, 1]);
  // a (checkpointed) then b fails; b's retry alone; then c (checkpointed) and the return, in one call.
  expect(checkpointed.app.functionCalls() - callsBefore).toBe(3);
});

test("a step failing on every attempt after a checkpointed step fails the run after retries+1 attempts, with onFailure", async () => {
  await checkpointed.client.send({ name: "c/doomed", id: "doomed-1", data: {} });
  const run = await finishedRun("ck-doomed", "doomed-1");
  expect(run).toMatchObject({ status: "FAILED", error: { message: "permanent outage" } });
  expect(executions.get("doomed-a:doomed-1")).toBe(1);
  expect(executions.get("doomed-b:doomed-1")).toBe(2);
  await finishedRun("ck-doomed-failure", "failed:" + run.id);
  expect(failures).toEqual(["permanent outage"]);
});

test("NonRetriableError after a checkpointed step fails the run at once", async () => {
  await checkpointed.client.send({ name: "c/fatal", id: "fatal-1", data: {} });
  const run = await finishedRun("ck-fatal", "fatal-1");
  expect(run).toMatchObject({ status: "FAILED", error: { message: "bad input" } });
  expect(executions.get("fatal-a:fatal-1")).toBe(1);
  expect(executions.get("fatal-b:fatal-1")).toBe(1);
});

test("only the run's current dispatch may checkpoint: any other gets 409, and its step runs again under the new one", async () => {
  await checkpointed.client.send({ name: "c/held", id: "held-1", data: {} });
  const where = { functionId: "ck-held", event: { path: ["id"], equals: "held-1" } };
  // "first" is committed by its checkpoint while the call is still in flight, blocked in "hold".
  const deadline = Date.now() + 10_000;
  let held = await db.inngestRun.findFirstOrThrow({ where });
  while (held.stack.length < 1 || executions.get("held-hold") !== 1) {
    if (Date.now() > deadline) throw new Error("the held run never reached its hold step");
    await delay(20);
    held = await db.inngestRun.findFirstOrThrow({ where });
  }
  expect(held.status).toBe("RUNNING");
  expect(held.dispatchId).toEqual(expect.any(String));

  const checkpoint = (runId: string, body: Record<string, unknown>) =>
    fetch(`${checkpointed.executor.url}/v1/checkpoint/${runId}/async`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ run_id: runId, fn_id: "ck-held", qi_id: held.dispatchId, steps: [], ...body }),
    });
  const step = { id: "0123456789abcdef0123456789abcdef01234567", op: "StepRun", data: "forged" };
  expect((await checkpoint(held.id, { qi_id: "another-dispatch", steps: [step] })).status).toBe(409);
  expect((await checkpoint(held.id, { fn_id: "ck-steps", steps: [step] })).status).toBe(409);
  expect((await checkpoint("no-such-run", { run_id: "no-such-run", steps: [step] })).status).toBe(409);
  expect((await checkpoint(held.id, { steps: "not ops" })).status).toBe(400);
  expect((await db.inngestRun.findUniqueOrThrow({ where: { id: held.id } })).stack).toEqual(held.stack);

  // Another driver takes the run over (as after a lost lease): the call in flight is now stale.
  await db.inngestRun.update({ where: { id: held.id }, data: { dispatchId: "taken-over" } });
  releaseHold();
  const run = await finishedRun("ck-held", "held-1");
  expect(run.status).toBe("COMPLETED");
  expect(run.stack).toHaveLength(3);
  // The stale call's "hold" was refused (409), so the next dispatch ran it again; "first" was committed: never again.
  expect(["first", "hold", "last"].map((name) => executions.get(`held-${name}`))).toEqual([1, 2, 1]);
});
