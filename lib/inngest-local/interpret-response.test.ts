import { expect, test } from "vitest";
import { interpretResponse, type TCallResult, type TRunCursor } from "./interpret-response";

const now = new Date("2026-12-01T12:00:00.000Z");
const cursor: TRunCursor = { attempt: 0, maxAttempts: 3, targetStepId: null, plannedMode: false };
const response = (status: number, body: unknown, noRetry: boolean | null = null, retryAfter: string | null = null): TCallResult => ({
  kind: "response",
  status,
  noRetry,
  retryAfter,
  body,
});
const decide = (result: TCallResult, overrides: Partial<TRunCursor> = {}) =>
  interpretResponse({ result, cursor: { ...cursor, ...overrides }, now, backoffBaseMs: 100, random: () => 0 });

test("200 completes the run with the returned value", () => {
  expect(decide(response(200, { ok: true }))).toEqual({ kind: "complete", memoized: [], output: { ok: true } });
});

test("StepRun memoizes the data and calls the function again", () => {
  expect(decide(response(206, [{ id: "h1", op: "StepRun", data: { n: 2 } }]))).toEqual({
    kind: "continue",
    memoized: [{ stepId: "h1", result: { data: { n: 2 } } }],
    targetStepId: null,
    plannedMode: false,
  });
});

test("StepError retries that step with exponential backoff; retry-after wins", () => {
  const op = [{ id: "h1", op: "StepError", error: { name: "Error", message: "x" } }];
  expect(decide(response(206, op), { attempt: 1 })).toMatchObject({
    kind: "retry",
    attempt: 2,
    targetStepId: "h1",
    runAt: new Date(now.getTime() + 200),
  });
  expect(decide(response(206, op, false, "3"))).toMatchObject({ runAt: new Date(now.getTime() + 3000) });
});

test("StepFailed memoizes the error so the function can handle it", () => {
  expect(decide(response(206, [{ id: "h1", op: "StepFailed", error: { name: "Error", message: "x" } }]))).toMatchObject({
    kind: "continue",
    memoized: [{ stepId: "h1", result: { error: { message: "x" } } }],
  });
});

test("parallel planned steps are run one at a time, in planned mode from then on", () => {
  const ops = [
    { id: "p1", op: "StepPlanned", name: "p1" },
    { id: "p2", op: "StepPlanned", name: "p2" },
  ];
  expect(decide(response(206, ops))).toMatchObject({ kind: "continue", targetStepId: "p1", plannedMode: true });
});

test("sleep, waitForEvent and invoke block the run until their time or result", () => {
  expect(decide(response(206, [{ id: "s", op: "Sleep", name: "1m30s" }]))).toMatchObject({
    kind: "sleep",
    stepId: "s",
    runAt: new Date(now.getTime() + 90_000),
  });
  expect(
    decide(response(206, [{ id: "w", op: "WaitForEvent", name: "a/b", opts: { timeout: "1h", if: "event.data.x == async.data.x" } }])),
  ).toMatchObject({ kind: "wait", eventName: "a/b", expression: "event.data.x == async.data.x", runAt: new Date(now.getTime() + 3_600_000) });
  expect(
    decide(response(206, [{ id: "i", op: "InvokeFunction", opts: { function_id: "app-fn", payload: { data: { x: 1 } } } }])),
  ).toMatchObject({ kind: "invoke", functionId: "app-fn", data: { x: 1 }, runAt: null });
});

test("a function-level error retries until the attempts are spent, and never when no-retry is set", () => {
  const error = { name: "Error", message: "boom" };
  expect(decide(response(500, error, false))).toMatchObject({ kind: "retry", attempt: 1, targetStepId: null });
  expect(decide(response(500, error, false), { attempt: 2 })).toMatchObject({ kind: "fail", error });
  expect(decide(response(400, error, true))).toMatchObject({ kind: "fail", error });
});

test("an unreachable app is retried without spending an attempt", () => {
  expect(decide({ kind: "unreachable", message: "ECONNREFUSED" }, { attempt: 1, targetStepId: "h" })).toMatchObject({
    kind: "retry",
    attempt: 1,
    targetStepId: "h",
  });
});

test("an op the executor does not implement fails the run with its name", () => {
  expect(decide(response(206, [{ id: "g", op: "AIGateway" }]))).toMatchObject({
    kind: "fail",
    error: { message: expect.stringContaining("AIGateway") as unknown },
  });
});
