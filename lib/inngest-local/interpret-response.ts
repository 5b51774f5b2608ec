import { computeBackoff } from "./compute-backoff";
import { resolveDeadline } from "./parse-duration";
import { ZStepOps, type TMemoizedStep, type TStepOp } from "./schemas";

/** What a call to the serve endpoint answered (or that it could not be reached). */
export type TCallResult =
  | { kind: "response"; status: number; noRetry: boolean | null; retryAfter: string | null; body: unknown }
  | { kind: "unreachable"; message: string };

export type TRunCursor = { attempt: number; maxAttempts: number; targetStepId: string | null; plannedMode: boolean };

type Memoized = { memoized: Array<{ stepId: string; result: TMemoizedStep }> };

/** The next state of a run after one call; applied to the database by commitTransition. */
export type TTransition = Memoized &
  (
    | { kind: "continue"; targetStepId: string | null; plannedMode: boolean }
    | { kind: "retry"; attempt: number; targetStepId: string | null; runAt: Date }
    | { kind: "sleep"; stepId: string; runAt: Date }
    | { kind: "wait"; stepId: string; eventName: string; expression: string | null; runAt: Date }
    | { kind: "invoke"; stepId: string; functionId: string; data: Record<string, unknown>; runAt: Date | null }
    | { kind: "complete"; output: unknown }
    | { kind: "fail"; error: unknown }
  );

const BLOCKING_OPS = new Set(["Sleep", "WaitForEvent", "InvokeFunction"]);
const MEMOIZED_OPS = new Set(["StepRun", "StepFailed"]);
/** What the SDK reports when a call that checkpointed its steps reaches the function's return (data: the output). */
export const RUN_COMPLETE_OP = "RunComplete";

const errorOf = (body: unknown, status: number): unknown =>
  body && typeof body === "object" ? body : { name: "Error", message: `La función respondió HTTP ${status}: ${String(body)}` };

const memoizedResult = (op: TStepOp): TMemoizedStep =>
  op.op === "StepFailed" ? { error: op.error ?? { name: "Error", message: "step failed" } } : { data: op.data ?? null };

/** The step results among `ops` (StepRun / StepFailed), in the order the SDK reported them. */
export const memoizedStepsOf = (ops: TStepOp[]): Memoized["memoized"] =>
  ops.filter((op) => MEMOIZED_OPS.has(op.op)).map((op) => ({ stepId: op.id, result: memoizedResult(op) }));

/** Why a run using an operation this executor does not implement fails (at once: a retry cannot help). */
export const unsupportedOperationError = (op: TStepOp) => ({
  name: "NonRetriableError",
  message: `El ejecutor local no implementa la operación ${op.op}`,
});

const option = (op: TStepOp, name: string): unknown => op.opts?.[name];

const blockingTransition = (op: TStepOp, now: Date, memoized: Memoized["memoized"]): TTransition => {
  if (op.op === "Sleep") {
    const until = String(option(op, "duration") ?? op.name ?? "");
    return { kind: "sleep", memoized, stepId: op.id, runAt: resolveDeadline(until, now) };
  }
  if (op.op === "WaitForEvent") {
    const expression = option(op, "if");
    return {
      kind: "wait",
      memoized,
      stepId: op.id,
      eventName: String(option(op, "event") ?? op.name),
      expression: typeof expression === "string" && expression !== "" ? expression : null,
      runAt: resolveDeadline(String(option(op, "timeout")), now),
    };
  }
  const payload = (option(op, "payload") ?? {}) as { data?: Record<string, unknown> };
  const timeout = option(op, "timeout");
  return {
    kind: "invoke",
    memoized,
    stepId: op.id,
    functionId: String(option(op, "function_id")),
    data: payload.data ?? {},
    runAt: typeof timeout === "string" && timeout !== "" ? resolveDeadline(timeout, now) : null,
  };
};

/**
 * Decides what a call's answer means for the run, following Inngest's executor: 200 completes; 206 carries step
 * ops (memoize results, complete on RunComplete, retry a StepError, run planned steps one by one, or block on a
 * sleep/wait/invoke); any other
 * status retries the call unless `x-inngest-no-retry` says not to or the attempts are spent. An unreachable app
 * (restarting) retries without spending an attempt.
 */
export const interpretResponse = ({
  result,
  cursor,
  now,
  backoffBaseMs,
  random,
}: {
  result: TCallResult;
  cursor: TRunCursor;
  now: Date;
  backoffBaseMs: number;
  random?: () => number;
}): TTransition => {
  const retryAt = (attempt: number, retryAfter: string | null) =>
    new Date(now.getTime() + computeBackoff({ attempt, baseMs: backoffBaseMs, retryAfter, now, random }));

  if (result.kind === "unreachable") {
    return { kind: "retry", memoized: [], attempt: cursor.attempt, targetStepId: cursor.targetStepId, runAt: retryAt(1, null) };
  }
  if (result.status === 200) return { kind: "complete", memoized: [], output: result.body ?? null };
  if (result.status !== 206) {
    const attempt = cursor.attempt + 1;
    if (result.noRetry === true || attempt >= cursor.maxAttempts) {
      return { kind: "fail", memoized: [], error: errorOf(result.body, result.status) };
    }
    return { kind: "retry", memoized: [], attempt, targetStepId: cursor.targetStepId, runAt: retryAt(attempt, result.retryAfter) };
  }

  const parsed = ZStepOps.safeParse(result.body);
  if (!parsed.success) {
    return { kind: "fail", memoized: [], error: { name: "Error", message: "Respuesta 206 sin operaciones válidas del SDK" } };
  }
  const ops = parsed.data;
  const memoized = memoizedStepsOf(ops);
  const completed = ops.find((op) => op.op === RUN_COMPLETE_OP);
  if (completed) return { kind: "complete", memoized, output: completed.data ?? null };

  const failedStep = ops.find((op) => op.op === "StepError");
  if (failedStep) {
    const attempt = cursor.attempt + 1;
    return { kind: "retry", memoized, attempt, targetStepId: failedStep.id, runAt: retryAt(attempt, result.retryAfter) };
  }
  const planned = ops.filter((op) => op.op === "StepPlanned");
  const [firstPlanned] = planned;
  if (firstPlanned) {
    return { kind: "continue", memoized, targetStepId: firstPlanned.id, plannedMode: cursor.plannedMode || ops.length > 1 };
  }
  const blocking = ops.find((op) => BLOCKING_OPS.has(op.op));
  if (blocking) return blockingTransition(blocking, now, memoized);
  const unsupported = ops.find((op) => !MEMOIZED_OPS.has(op.op));
  if (unsupported) {
    return { kind: "fail", memoized, error: unsupportedOperationError(unsupported) };
  }
  return { kind: "continue", memoized, targetStepId: null, plannedMode: cursor.plannedMode };
};
