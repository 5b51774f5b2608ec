import { RUN_COLUMNS, type TExecutorContext, type TRun } from "./executor-context";

/**
 * Leases the most urgent due run (highest priority, then oldest due time) whose concurrency keys are not saturated.
 * `FOR UPDATE SKIP LOCKED` keeps concurrent drivers off each other's candidate; a run whose lease expired (its
 * driver crashed) is due again and is taken over.
 */
export const claimRun = async (context: TExecutorContext): Promise<TRun | null> => {
  const now = context.clock();
  const { rows } = await context.pool.query<TRun>(
    `WITH candidate AS (
       SELECT "id" AS "candidateId" FROM "InngestRun"
       WHERE "status" IN ('QUEUED', 'RUNNING', 'SLEEPING', 'WAITING') AND "runAt" <= $2
         AND ("leaseExpiresAt" IS NULL OR "leaseExpiresAt" < $2)
         AND NOT (COALESCE("concurrencyKeys", '{}') && $4::text[])
       ORDER BY "priority" DESC, "runAt" ASC
       LIMIT 1
       FOR UPDATE SKIP LOCKED
     )
     UPDATE "InngestRun" r
     SET "leaseOwner" = $1, "leaseExpiresAt" = $3, "dispatchId" = gen_random_uuid()::text,
         "status" = CASE WHEN r."status" = 'QUEUED' THEN 'RUNNING'::"InngestRunStatus" ELSE r."status" END
     FROM candidate WHERE r."id" = candidate."candidateId"
     RETURNING ${RUN_COLUMNS}`,
    [context.owner, now, new Date(now.getTime() + context.settings.leaseMs), context.slots.saturatedKeys()],
  );
  return rows[0] ?? null;
};
