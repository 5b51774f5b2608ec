import { commitTransition, DISPATCH_GUARD, MEMOIZE, memoizedColumns } from "./commit-transition";
import { RUN_COLUMNS, type TExecutorContext, type TRun } from "./executor-context";
import { memoizedStepsOf, RUN_COMPLETE_OP, unsupportedOperationError, type TTransition } from "./interpret-response";
import type { TStepOp } from "./schemas";

const CHECKPOINTED_OPS = new Set(["StepRun", "StepFailed", RUN_COMPLETE_OP]);
// A lease that expired belongs to a driver that died: its call must stop, so that the run's next driver is alone.
const dispatchable = (nowParameter: string) => `"status" IN ('QUEUED', 'RUNNING') AND "leaseExpiresAt" > ${nowParameter}`;

/** "stale": the run is not (or no longer) dispatched to the call that sent the checkpoint. */
export type TCheckpointOutcome = "committed" | "stale";

/**
 * Commits the steps one call checkpointed (`POST /v1/checkpoint/:runId/async`) before the SDK goes on to the next
 * step in the same call: the same memoization as a 206, committed before the SDK hears 200, so a crash after it
 * never runs them again. Only the run's current dispatch (`qi_id`) of function `fn_id` may checkpoint. A
 * RunComplete finishes the run as a 200 would; an operation this executor does not implement fails it (the SDK
 * is then told "stale" so that it stops).
 */
export const commitCheckpoint = async (
  context: TExecutorContext,
  { runId, functionId, dispatchId, ops }: { runId: string; functionId: string; dispatchId: string; ops: TStepOp[] },
): Promise<TCheckpointOutcome> => {
  const memoized = memoizedStepsOf(ops);
  const completed = ops.find((op) => op.op === RUN_COMPLETE_OP);
  const unsupported = ops.find((op) => !CHECKPOINTED_OPS.has(op.op));
  const now = context.clock();

  if (!completed && !unsupported) {
    const columns = memoizedColumns(memoized);
    const { rowCount } = await context.pool.query(
      `UPDATE "InngestRun" SET ${MEMOIZE}, "status" = 'RUNNING', "attempt" = 0
       WHERE ${DISPATCH_GUARD} AND "functionId" = $6 AND ${dispatchable("$5")}`,
      [runId, columns.memoized, columns.order, dispatchId, now, functionId],
    );
    return (rowCount ?? 0) > 0 ? "committed" : "stale";
  }

  const { rows } = await context.pool.query<TRun>(
    `SELECT ${RUN_COLUMNS} FROM "InngestRun"
     WHERE "id" = $1 AND "dispatchId" = $2 AND "functionId" = $3 AND ${dispatchable("$4")}`,
    [runId, dispatchId, functionId, now],
  );
  const [run] = rows;
  if (!run) return "stale";
  const transition: TTransition = unsupported
    ? { kind: "fail", memoized, error: unsupportedOperationError(unsupported) }
    : { kind: "complete", memoized, output: completed?.data ?? null };
  const { committed } = await commitTransition(context, run, transition);
  return committed && !unsupported ? "committed" : "stale";
};
