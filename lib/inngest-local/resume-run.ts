import { RUN_COLUMNS, type TRun } from "./executor-context";
import type { TMemoizedStep } from "./schemas";
import type { Queryable } from "./with-transaction";

/**
 * Memoizes the result of the step a sleeping/waiting run is blocked on and makes it due now. Only the first
 * resolution wins (an event and a timeout may race): the update requires the run to still wait on that step.
 * Removes the event wait in the same statement. Returns the resumed run, or null when it was no longer waiting.
 */
export const resumeRun = async (
  client: Queryable,
  { runId, stepId, result, now }: { runId: string; stepId: string; result: TMemoizedStep; now: Date },
): Promise<TRun | null> => {
  const { rows } = await client.query<TRun>(
    `WITH resumed AS (
       UPDATE "InngestRun"
       SET "steps" = "steps" || jsonb_build_object($2::text, $3::jsonb), "stack" = array_append("stack", $2::text),
           "status" = 'QUEUED', "runAt" = $4, "pendingStep" = NULL, "attempt" = 0, "targetStepId" = NULL,
           "updatedAt" = $4
       WHERE "id" = $1 AND "status" IN ('SLEEPING', 'WAITING') AND "pendingStep"->>'stepId' = $2
       RETURNING *
     ), removed AS (
       DELETE FROM "InngestWait" w USING resumed WHERE w."runId" = resumed."id" AND w."stepId" = $2
     )
     SELECT ${RUN_COLUMNS} FROM resumed`,
    [runId, stepId, JSON.stringify(result), now],
  );
  return rows[0] ?? null;
};
