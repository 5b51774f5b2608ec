import type { TExecutorContext } from "./executor-context";

/** Hands a run back to the queue (as it is, due when it was due) so that any driver may take it. */
export const releaseLease = async (context: TExecutorContext, runId: string): Promise<void> => {
  await context.pool.query(
    `UPDATE "InngestRun"
     SET "leaseOwner" = NULL, "leaseExpiresAt" = NULL, "dispatchId" = NULL,
         "status" = CASE WHEN "status" = 'RUNNING' THEN 'QUEUED'::"InngestRunStatus" ELSE "status" END
     WHERE "id" = $1 AND "leaseOwner" = $2`,
    [runId, context.owner],
  );
};
