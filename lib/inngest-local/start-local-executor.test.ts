import { setTimeout as delay } from "node:timers/promises";
import { cron, NonRetriableError } from "inngest";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { startTestApp } from "./serve-test-app";
import { startLocalExecutor, type LocalExecutor } from "./start-local-executor";

// The whole suite runs with the SDK checkpointing steps within a call, and with one call per step.
describe.each([
  { checkpointing: true, appId: "t" },
  { checkpointing: false, appId: "u" },
])("checkpointing $checkpointing", ({ checkpointing, appId }) => {
  const eventId = (name: string) => `${appId}:${name}`;
  let clockOffsetMs = 0;
  const calls = new Map<string, number>();
  const count = (key: string) => calls.set(key, (calls.get(key) ?? 0) + 1).get(key) ?? 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const priorityOrder: string[] = [];
  let releaseBlocker: () => void = () => undefined;
  const blockerGate = new Promise<void>((resolve) => (releaseBlocker = resolve));
  const failures: string[] = [];

  let app: Awaited<ReturnType<typeof startTestApp>>;
  let executor: LocalExecutor;
  let client: ReturnType<Awaited<ReturnType<typeof startTestApp>>["createClient"]>;

  const runsOf = (fnId: string) => db.inngestRun.findMany({ where: { functionId: `${appId}-${fnId}` }, orderBy: { createdAt: "asc" } });

  const waitFor = async <T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline) throw new Error(`timed out; last value ${JSON.stringify(value)}`);
      await delay(25);
    }
  };

  const finishedRuns = (fnId: string, expected: number) =>
    waitFor(
      () => runsOf(fnId),
      (runs) => runs.length >= expected && runs.every((run) => run.status === "COMPLETED" || run.status === "FAILED"),
    );

  beforeAll(async () => {
    app = await startTestApp();
    executor = await startLocalExecutor({
      databaseUrl: process.env.DATABASE_URL ?? "",
      appUrl: app.appUrl,
      port: 0,
      workers: 4,
      pollMs: 100,
      leaseMs: 2000,
      backoffBaseMs: 20,
      checkpointing,
      clock: () => new Date(Date.now() + clockOffsetMs),
      log: () => undefined,
    });
    client = app.createClient(appId, executor.url);
    const square = client.createFunction(
      { id: "square", triggers: [{ event: "t/square" }] },
      async ({ event, step }) => step.run("square", () => (event.data as { x: number }).x ** 2),
    );
    app.serveFunctions(client, [
      client.createFunction({ id: "two-steps", triggers: [{ event: "t/two" }] }, async ({ event, step }) => {
        const a = await step.run("a", () => {
          count(`two-a:${event.id}`);
          return { n: (event.data as { n: number }).n + 1 };
        });
        const b = await step.run("b", () => a.n * 10);
        return { a, b };
      }),
      client.createFunction({ id: "flaky", retries: 2, triggers: [{ event: "t/flaky" }] }, async ({ event, step }) =>
        step.run("flaky-step", () => {
          if (count(`flaky:${event.id}`) === 1) throw new Error("transient");
          return "ok";
        }),
      ),
      client.createFunction(
        {
          id: "doomed",
          retries: 1,
          triggers: [{ event: "t/doomed" }],
          onFailure: ({ error, event }: { error: Error; event: { data: { event: { data: { label?: string } } } } }) => {
            failures.push(`${event.data.event.data.label}: ${error.message}`);
          },
        },
        async ({ event, step }) =>
          step.run("always-fails", () => {
            count(`doomed:${event.id}`);
            throw new Error("permanent outage");
          }),
      ),
      client.createFunction({ id: "fatal", retries: 3, triggers: [{ event: "t/fatal" }] }, async ({ event, step }) =>
        step.run("bad-input", () => {
          count(`fatal:${event.id}`);
          throw new NonRetriableError("bad input");
        }),
      ),
      client.createFunction({ id: "nap", triggers: [{ event: "t/nap" }] }, async ({ step }) => {
        const before = await step.run("before", () => Date.now());
        await step.sleep("nap", "1s");
        const after = await step.run("after", () => Date.now());
        return after - before;
      }),
      client.createFunction({ id: "wait", triggers: [{ event: "t/wait" }] }, async ({ step }) => {
        const approval = await step.waitForEvent("approval", { event: "t/approved", match: "data.ticket", timeout: "2s" });
        return approval ? approval.data : null;
      }),
      client.createFunction({ id: "fan", triggers: [{ event: "t/fan" }] }, async ({ event, step }) => {
        const batch = (event.data as { batch: string }).batch;
        await step.sendEvent("fan-out", [0, 1, 2].map((i) => ({ name: "t/leaf", data: { batch, i } })));
      }),
      client.createFunction({ id: "leaf", triggers: [{ event: "t/leaf" }] }, async ({ event, step }) =>
        step.run("leaf", () => (event.data as { i: number }).i),
      ),
      square,
      client.createFunction({ id: "caller", triggers: [{ event: "t/caller" }] }, async ({ step }) => {
        const squared = await step.invoke("square-it", { function: square, data: { x: 3 } });
        return squared + 1;
      }),
      client.createFunction(
        { id: "limited", concurrency: { limit: 2, key: "event.data.group" }, triggers: [{ event: "t/limited" }] },
        async ({ step }) =>
          step.run("busy", async () => {
            inFlight += 1;
            maxInFlight = Math.max(maxInFlight, inFlight);
            await delay(150);
            inFlight -= 1;
          }),
      ),
      client.createFunction(
        {
          id: "prioritized",
          concurrency: { limit: 1 },
          priority: { run: "event.data.urgent == true ? 600 : 0" },
          triggers: [{ event: "t/prioritized" }],
        },
        async ({ event, step }) =>
          step.run("record", async () => {
            const label = (event.data as { label: string }).label;
            if (label === "blocker") await blockerGate;
            priorityOrder.push(label);
          }),
      ),
      client.createFunction({ id: "ticker", triggers: [cron("TZ=America/Bogota * * * * *")] }, async ({ event, step }) =>
        step.run("tick", () => event.data.cron),
      ),
    ]);
    await executor.ready;
  });

  afterAll(async () => {
    await executor.stop();
    await app.close();
  });

  test("GET /health answers with the number of functions the last sync found", async () => {
    const response = await fetch(`${executor.url}/health`);
    expect(response.status).toBe(200);
    const health = (await response.json()) as { status: string; functions: number };
    expect(health.status).toBe("ok");
    expect(health.functions).toBeGreaterThan(0);
  });

  test("a function with two steps runs each step once and returns their results", async () => {
    await client.send({ name: "t/two", data: { n: 1 }, id: eventId("two-1") });
    const [run] = await finishedRuns("two-steps", 1);
    expect(run).toMatchObject({ status: "COMPLETED", output: { a: { n: 2 }, b: 20 } });
    expect(run?.stack).toHaveLength(2);
    expect(calls.get(`two-a:${eventId("two-1")}`)).toBe(1);
  });

  test("an event id seen before is dropped: one run for two sends", async () => {
    const first = await client.send({ name: "t/two", data: { n: 5 }, id: eventId("dup-1") });
    const second = await client.send({ name: "t/two", data: { n: 6 }, id: eventId("dup-1") });
    expect(first.ids).toEqual([eventId("dup-1")]);
    expect(second.ids).toEqual([eventId("dup-1")]);
    const runs = await waitFor(
      () => db.inngestRun.findMany({ where: { functionId: `${appId}-two-steps`, event: { path: ["id"], equals: eventId("dup-1") } } }),
      (found) => found.length > 0 && found.every((run) => run.status === "COMPLETED"),
    );
    await delay(200);
    expect(await db.inngestRun.count({ where: { functionId: `${appId}-two-steps`, event: { path: ["id"], equals: eventId("dup-1") } } })).toBe(1);
    expect(runs[0]?.output).toMatchObject({ b: 60 });
  });

  test("a failing step is retried with backoff and then succeeds", async () => {
    await client.send({ name: "t/flaky", id: eventId("flaky-1"), data: {} });
    const [run] = await finishedRuns("flaky", 1);
    expect(run).toMatchObject({ status: "COMPLETED", output: "ok" });
    expect(calls.get(`flaky:${eventId("flaky-1")}`)).toBe(2);
  });

  test("a step failing on every attempt fails the run after retries+1 attempts and runs onFailure", async () => {
    await client.send({ name: "t/doomed", id: eventId("doomed-1"), data: { label: "doomed-1" } });
    const [run] = await finishedRuns("doomed", 1);
    expect(run?.status).toBe("FAILED");
    expect(run?.error).toMatchObject({ message: "permanent outage" });
    expect(calls.get(`doomed:${eventId("doomed-1")}`)).toBe(2);
    await finishedRuns("doomed-failure", 1);
    expect(failures).toEqual(["doomed-1: permanent outage"]);
  });

  test("NonRetriableError fails the run at once, without retries", async () => {
    await client.send({ name: "t/fatal", id: eventId("fatal-1"), data: {} });
    const [run] = await finishedRuns("fatal", 1);
    expect(run).toMatchObject({ status: "FAILED", error: { message: "bad input" } });
    expect(calls.get(`fatal:${eventId("fatal-1")}`)).toBe(1);
  });

  test("step.sleep parks the run (SLEEPING) and resumes it when the time comes", async () => {
    await client.send({ name: "t/nap", data: {} });
    await waitFor(() => runsOf("nap"), (runs) => runs[0]?.status === "SLEEPING");
    const [run] = await finishedRuns("nap", 1);
    expect(run?.status).toBe("COMPLETED");
    expect(Number(run?.output)).toBeGreaterThanOrEqual(1000);
  });

  test("waitForEvent resumes on the matching event only, and returns null on timeout", async () => {
    await client.send([
      { name: "t/wait", data: { ticket: "A" }, id: eventId("wait-A") },
      { name: "t/wait", data: { ticket: "B" }, id: eventId("wait-B") },
    ]);
    await waitFor(() => db.inngestWait.count(), (waits) => waits === 2);
    await client.send({ name: "t/approved", data: { ticket: "A", by: "ana" } });
    const runs = await finishedRuns("wait", 2);
    const byTicket = Object.fromEntries(runs.map((run) => [(run.event as { data: { ticket: string } }).data.ticket, run]));
    expect(byTicket.A?.output).toEqual({ ticket: "A", by: "ana" });
    expect(byTicket.B?.output).toBeNull();
    expect(byTicket.B?.status).toBe("COMPLETED");
    expect(await db.inngestWait.count()).toBe(0);
  });

  test("step.sendEvent fans out: every sent event starts its run", async () => {
    await client.send({ name: "t/fan", data: { batch: "b1" } });
    await finishedRuns("fan", 1);
    const leaves = await finishedRuns("leaf", 3);
    expect(leaves.map((run) => run.output).sort()).toEqual([0, 1, 2]);
  });

  test("step.invoke runs the target function and memoizes its result", async () => {
    await client.send({ name: "t/caller", data: {} });
    const [run] = await finishedRuns("caller", 1);
    expect(run).toMatchObject({ status: "COMPLETED", output: 10 });
    const [child] = await runsOf("square");
    expect(child).toMatchObject({ status: "COMPLETED", output: 9, parentRunId: run?.id });
    expect((child?.event as { name: string }).name).toBe("inngest/function.invoked");
  });

  test("a concurrency limit caps the calls in flight per key", async () => {
    await client.send(Array.from({ length: 6 }, (_, index) => ({ name: "t/limited", data: { group: "g", index } })));
    await finishedRuns("limited", 6);
    expect(maxInFlight).toBe(2);
  });

  test("among queued runs, a higher priority runs first", async () => {
    await client.send({ name: "t/prioritized", data: { label: "blocker" } });
    await waitFor(() => runsOf("prioritized"), (runs) => runs[0]?.status === "RUNNING");
    await client.send([1, 2, 3].map((n) => ({ name: "t/prioritized", data: { label: `normal-${n}` } })));
    await client.send({ name: "t/prioritized", data: { label: "urgent", urgent: true } });
    releaseBlocker();
    await finishedRuns("prioritized", 5);
    expect(priorityOrder[0]).toBe("blocker");
    expect(priorityOrder[1]).toBe("urgent");
    expect(await db.inngestRun.findFirst({ where: { functionId: `${appId}-prioritized`, priority: 600 } })).not.toBeNull();
  });

  test("a cron function fires once per tick, and missed ticks collapse into one run", async () => {
    // A real minute may have turned since the executor started; count from whatever already ran.
    const before = (await runsOf("ticker")).length;
    clockOffsetMs += 61_000;
    await executor.checkSchedules();
    await executor.checkSchedules();
    const afterOneTick = await finishedRuns("ticker", before + 1);
    expect(afterOneTick).toHaveLength(before + 1);
    expect(afterOneTick.at(-1)?.output).toBe("TZ=America/Bogota * * * * *");
    clockOffsetMs += 3 * 60_000;
    await executor.checkSchedules();
    await executor.checkSchedules();
    expect(await finishedRuns("ticker", before + 2)).toHaveLength(before + 2);
    const state = await db.inngestCronState.findUniqueOrThrow({ where: { functionId: `${appId}-ticker` } });
    expect(state.lastTickAt.getUTCSeconds()).toBe(0);
  });
});
