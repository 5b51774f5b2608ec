import { evaluateCondition } from "./evaluate-expression";
import { insertRun } from "./insert-run";
import { matchTriggers } from "./match-triggers";
import { resumeRun } from "./resume-run";
import type { TExecutorEvent, TFunctionConfig } from "./schemas";
import type { Queryable } from "./with-transaction";

const DEDUPE_WINDOW_MS = 24 * 60 * 60 * 1000;

type WaitRow = { runId: string; stepId: string; expression: string | null; runEvent: TExecutorEvent };

/**
 * Records events and, in the caller's transaction, starts the runs they trigger and resumes the runs waiting for
 * them. An event whose id was already received in the last 24 hours is dropped, as Inngest does. Returns how many
 * runs became due, so the caller can wake drivers once it commits.
 */
export const ingestEvents = async (
  client: Queryable,
  { events, functions, now }: { events: TExecutorEvent[]; functions: TFunctionConfig[]; now: Date },
): Promise<number> => {
  let dueRuns = 0;
  for (const event of events) {
    const { rowCount } = await client.query(
      `INSERT INTO "InngestEvent" ("id", "name", "event", "receivedAt") VALUES ($1, $2, $3, $4)
       ON CONFLICT ("id") DO UPDATE SET "name" = EXCLUDED."name", "event" = EXCLUDED."event",
         "receivedAt" = EXCLUDED."receivedAt"
       WHERE "InngestEvent"."receivedAt" < $5`,
      [event.id, event.name, JSON.stringify(event), now, new Date(now.getTime() - DEDUPE_WINDOW_MS)],
    );
    if (rowCount === 0) continue;

    for (const fn of matchTriggers(functions, event)) {
      await insertRun(client, { fn, event, now });
      dueRuns += 1;
    }

    const { rows: waits } = await client.query<WaitRow>(
      `SELECT w."runId", w."stepId", w."expression", r."event" AS "runEvent"
       FROM "InngestWait" w JOIN "InngestRun" r ON r."id" = w."runId"
       WHERE w."eventName" = $1 AND w."expiresAt" > $2`,
      [event.name, now],
    );
    for (const wait of waits) {
      if (wait.expression && !evaluateCondition(wait.expression, { event: wait.runEvent, async: event })) continue;
      const resumed = await resumeRun(client, { runId: wait.runId, stepId: wait.stepId, result: { data: event }, now });
      if (resumed) dueRuns += 1;
    }
  }
  return dueRuns;
};
