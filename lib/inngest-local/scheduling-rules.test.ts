import { expect, test } from "vitest";
import { computeRunAttributes } from "./compute-run-attributes";
import { findUnsupportedOptions } from "./find-unsupported-options";
import { matchTriggers } from "./match-triggers";
import { dueCronTick } from "./next-cron-tick";
import { resolveDeadline } from "./parse-duration";
import type { TFunctionConfig } from "./schemas";

const fn = (overrides: Partial<TFunctionConfig>): TFunctionConfig => ({ id: "app-fn", triggers: [], steps: {}, ...overrides });
const event = (name: string, data: Record<string, unknown> = {}) => ({ id: "e1", name, data, ts: 0 });

test("triggers match by exact name, prefix/* and CEL expression; a missing field does not match", () => {
  const functions = [
    fn({ id: "exact", triggers: [{ event: "invoice/uploaded" }] }),
    fn({ id: "prefix", triggers: [{ event: "invoice/*" }] }),
    fn({ id: "urgent", triggers: [{ event: "invoice/uploaded", expression: "event.data.urgent == true" }] }),
    fn({ id: "cron", triggers: [{ cron: "* * * * *" }] }),
  ];
  expect(matchTriggers(functions, event("invoice/uploaded", { urgent: true })).map(({ id }) => id)).toEqual([
    "exact",
    "prefix",
    "urgent",
  ]);
  expect(matchTriggers(functions, event("invoice/uploaded")).map(({ id }) => id)).toEqual(["exact", "prefix"]);
  expect(matchTriggers(functions, event("invoices/uploaded"))).toEqual([]);
});

test("priority comes from priority.run (clamped to ±600) and concurrency keys from each limit's key", () => {
  const config = fn({
    priority: { run: "event.data.urgent == true ? 900 : 0" },
    concurrency: [{ limit: 2, key: "event.data.lane" }, { limit: 5, key: "event.data.lane", scope: "env" }, 3],
  });
  expect(computeRunAttributes(config, event("x", { urgent: true, lane: "ocr" }))).toEqual({
    priority: 600,
    concurrencyKeys: ["app-fn#0:ocr", "env:ocr", "app-fn#2:"],
  });
  expect(computeRunAttributes(fn({}), event("x"), 40)).toEqual({ priority: 40, concurrencyKeys: [] });
});

test("unsupported flow-control options are listed per function", () => {
  expect(findUnsupportedOptions([fn({ id: "a", rateLimit: { limit: 1 }, batchEvents: { maxSize: 2 } }), fn({})])).toEqual([
    "a: rateLimit",
    "a: batchEvents",
  ]);
});

test("durations and sleepUntil dates resolve to a deadline", () => {
  const now = new Date("2026-12-01T00:00:00.000Z");
  expect(resolveDeadline("2h30m10s", now).toISOString()).toBe("2026-12-01T02:30:10.000Z");
  expect(resolveDeadline("1w", now).toISOString()).toBe("2026-12-08T00:00:00.000Z");
  expect(resolveDeadline("2026-12-24T10:00:00.000Z", now).toISOString()).toBe("2026-12-24T10:00:00.000Z");
  expect(() => resolveDeadline("soon", now)).toThrow();
});

test("cron ticks honour the TZ prefix; missed ticks collapse into the latest", () => {
  const schedule = "TZ=America/Bogota 0 5-22/2 * * 1-6";
  // 2026-12-01 is a Tuesday; 05:00 in Bogotá is 10:00 UTC.
  const lastTickAt = new Date("2026-12-01T09:00:00.000Z");
  expect(dueCronTick({ schedule, lastTickAt, now: new Date("2026-12-01T09:59:59.000Z") })).toBeNull();
  expect(dueCronTick({ schedule, lastTickAt, now: new Date("2026-12-01T10:00:00.000Z") })?.toISOString()).toBe(
    "2026-12-01T10:00:00.000Z",
  );
  expect(dueCronTick({ schedule, lastTickAt, now: new Date("2026-12-01T15:30:00.000Z") })?.toISOString()).toBe(
    "2026-12-01T14:00:00.000Z",
  );
});
