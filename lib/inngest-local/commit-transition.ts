import { randomUUID } from "node:crypto";
import type pg from "pg";
import { RUN_COLUMNS, type TExecutorContext, type TRun } from "./executor-context";
import { ingestEvents } from "./ingest-events";
import { insertRun } from "./insert-run";
import type { TTransition } from "./interpret-response";
import { resumeRun } from "./resume-run";
import type { TMemoizedStep, TPendingStep } from "./schemas";
import { withTransaction } from "./with-transaction";

const FUNCTION_FAILED = "inngest/function.failed";
const FUNCTION_INVOKED = "inngest/function.invoked";

type Update = { set: string; values: unknown[] };

// $1 run id, $2 memoized steps, $3 their ids in order, $4 dispatch id, $5 now; extra values from $6.
export const MEMOIZE = `"steps" = "steps" || $2::jsonb, "stack" = COALESCE("stack", '{}') || $3::text[], "updatedAt" = $5`;
/** Only the call the run was dispatched to may write it: a driver that lost its lease, or an old call, may not. */
export const DISPATCH_GUARD = `"id" = $1 AND "dispatchId" = $4`;
/** Memoized steps as the MEMOIZE fragment takes them: results by step id ($2, JSON) and their ids in order ($3). */
export const memoizedColumns = (steps: TTransition["memoized"]) => ({
  memoized: JSON.stringify(Object.fromEntries(steps.map(({ stepId, result }) => [stepId, result]))),
  order: steps.map(({ stepId }) => stepId),
});
const RELEASE = `"leaseOwner" = NULL, "leaseExpiresAt" = NULL, "dispatchId" = NULL`;

const updateFor = (transition: TTransition, context: TExecutorContext, now: Date): Update => {
  const pending = (kind: TPendingStep["kind"], stepId: string) => JSON.stringify({ kind, stepId });
  switch (transition.kind) {
    case "continue":
      return {
        set: `"status" = 'RUNNING', "attempt" = 0, "targetStepId" = $6, "plannedMode" = $7, "leaseExpiresAt" = $8,
              "dispatchId" = $9`,
        values: [
          transition.targetStepId,
          transition.plannedMode,
          new Date(now.getTime() + context.settings.leaseMs),
          randomUUID(),
        ],
      };
    case "retry":
      return {
        set: `"status" = 'QUEUED', "attempt" = $6, "targetStepId" = $7, "runAt" = $8, ${RELEASE}`,
        values: [transition.attempt, transition.targetStepId, transition.runAt],
      };
    case "sleep":
    case "wait":
    case "invoke":
      return {
        set: `"status" = $6::"InngestRunStatus", "pendingStep" = $7::jsonb, "runAt" = $8, "attempt" = 0,
              "targetStepId" = NULL, ${RELEASE}`,
        values: [
          transition.kind === "sleep" ? "SLEEPING" : "WAITING",
          pending(transition.kind === "wait" ? "event" : transition.kind, transition.stepId),
          transition.runAt,
        ],
      };
    case "complete":
      return {
        set: `"status" = 'COMPLETED', "output" = $6::jsonb, "finishedAt" = $5, "runAt" = NULL, ${RELEASE}`,
        values: [JSON.stringify(transition.output ?? null)],
      };
    case "fail":
      return {
        set: `"status" = 'FAILED', "error" = $6::jsonb, "finishedAt" = $5, "runAt" = NULL, ${RELEASE}`,
        values: [JSON.stringify(transition.error ?? null)],
      };
  }
};

/** What finishing (or blocking) a run sets off in the same transaction: waits, invoked runs, callers, onFailure. */
const applyConsequences = async (
  client: pg.PoolClient,
  context: TExecutorContext,
  run: TRun,
  transition: TTransition,
  now: Date,
): Promise<number> => {
  if (transition.kind === "wait") {
    await client.query(
      `INSERT INTO "InngestWait" ("runId", "stepId", "eventName", "expression", "expiresAt") VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ("runId", "stepId") DO NOTHING`,
      [run.id, transition.stepId, transition.eventName, transition.expression, transition.runAt],
    );
    return 0;
  }
  if (transition.kind === "invoke") {
    const target = context.functions.get(transition.functionId);
    if (!target) throw new Error(`invoke of an unknown function ${transition.functionId}`);
    const event = { id: randomUUID(), name: FUNCTION_INVOKED, data: transition.data, ts: now.getTime() };
    await insertRun(client, { fn: target, event, now, parent: { runId: run.id, stepId: transition.stepId, priority: run.priority } });
    return 1;
  }
  if (transition.kind !== "complete" && transition.kind !== "fail") return 0;

  let dueRuns = 0;
  if (run.parentRunId && run.parentStepId) {
    const result: TMemoizedStep =
      transition.kind === "complete" ? { data: transition.output ?? null } : { error: transition.error };
    if (await resumeRun(client, { runId: run.parentRunId, stepId: run.parentStepId, result, now })) dueRuns += 1;
  }
  if (transition.kind === "fail" && run.event.name !== FUNCTION_FAILED) {
    const failed = {
      id: `failed:${run.id}`,
      name: FUNCTION_FAILED,
      data: { function_id: run.functionId, run_id: run.id, error: transition.error, event: run.event },
      ts: now.getTime(),
    };
    dueRuns += await ingestEvents(client, { events: [failed], functions: [...context.functions.values()], now });
  }
  return dueRuns;
};

/** What committing a transition did: whether this dispatch still held the run, and the run to call next. */
export type TCommitResult = { committed: boolean; next: TRun | null };

/**
 * Persists one call's outcome: every memoized step and the run's next state in one row update (plus, in the same
 * transaction, what it sets off). Requires the run's current dispatch. `next` is the run (as stored, with the steps
 * the call checkpointed on its way) to call again for "continue", else null (blocked, scheduled, finished, or the
 * dispatch was stale).
 */
export const commitTransition = async (
  context: TExecutorContext,
  run: TRun,
  transition: TTransition,
): Promise<TCommitResult> => {
  const now = context.clock();
  const { memoized, order } = memoizedColumns(transition.memoized);
  const update = updateFor(transition, context, now);
  const returning = transition.kind === "continue" ? RUN_COLUMNS : `"id"`;
  const sql = `UPDATE "InngestRun" SET ${MEMOIZE}, ${update.set} WHERE ${DISPATCH_GUARD} RETURNING ${returning}`;
  const values = [run.id, memoized, order, run.dispatchId, now, ...update.values];

  const isSimple = transition.kind === "continue" || transition.kind === "retry" || transition.kind === "sleep";
  let updated: TRun | undefined;
  let dueRuns = 0;
  if (isSimple) {
    updated = (await context.pool.query<TRun>(sql, values)).rows[0];
  } else {
    await withTransaction(context.pool, async (client) => {
      updated = (await client.query<TRun>(sql, values)).rows[0];
      if (updated) dueRuns = await applyConsequences(client, context, run, transition, now);
    });
  }
  if (!updated) {
    context.log(`Run ${run.id}: su despacho ya no es el vigente (otro proceso tomó la concesión); se abandona.`);
    return { committed: false, next: null };
  }

  for (let index = 0; index < dueRuns; index += 1) context.wake.notify();
  if ((transition.kind === "retry" || transition.kind === "sleep" || transition.kind === "wait" || transition.kind === "invoke") && transition.runAt) {
    context.wake.notifyAt(transition.runAt, now);
  }
  return { committed: true, next: transition.kind === "continue" ? updated : null };
};
