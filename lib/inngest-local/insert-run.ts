import { randomUUID } from "node:crypto";
import { computeRunAttributes } from "./compute-run-attributes";
import type { TExecutorEvent, TFunctionConfig } from "./schemas";
import type { Queryable } from "./with-transaction";

/** Enqueues a new run of `fn` for `event`, due now. */
export const insertRun = async (
  client: Queryable,
  {
    fn,
    event,
    now,
    parent,
  }: {
    fn: TFunctionConfig;
    event: TExecutorEvent;
    now: Date;
    parent?: { runId: string; stepId: string; priority: number };
  },
): Promise<string> => {
  const id = randomUUID();
  const { priority, concurrencyKeys } = computeRunAttributes(fn, event, parent?.priority);
  await client.query(
    `INSERT INTO "InngestRun" ("id", "functionId", "event", "runAt", "priority", "concurrencyKeys", "parentRunId",
       "parentStepId", "createdAt", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $4, $4)`,
    [id, fn.id, JSON.stringify(event), now, priority, concurrencyKeys, parent?.runId ?? null, parent?.stepId ?? null],
  );
  return id;
};
