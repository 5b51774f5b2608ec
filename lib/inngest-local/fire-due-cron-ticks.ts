import type { TExecutorContext } from "./executor-context";
import { insertRun } from "./insert-run";
import { dueCronTick } from "./next-cron-tick";
import type { TFunctionConfig } from "./schemas";
import { withTransaction } from "./with-transaction";

const SCHEDULED_TIMER = "inngest/scheduled.timer";

type CronStateRow = { cron: string; lastTickAt: Date };

/**
 * Starts one run per due cron tick. The tick is recorded with the run in one transaction (the state row locked),
 * so a restart never fires a tick twice, and ticks missed while stopped collapse into one run of the latest.
 * Returns how many runs it started.
 */
const fireFunctionTick = async (context: TExecutorContext, fn: TFunctionConfig, now: Date): Promise<number> => {
  const schedules = fn.triggers.flatMap((trigger) => ("cron" in trigger ? [trigger.cron] : []));
  if (schedules.length === 0) return 0;
  const signature = schedules.join(" | ");
  return withTransaction(context.pool, async (client) => {
    const { rows } = await client.query<CronStateRow>(
      `SELECT "cron", "lastTickAt" FROM "InngestCronState" WHERE "functionId" = $1 FOR UPDATE`,
      [fn.id],
    );
    const state = rows[0];
    if (!state || state.cron !== signature) {
      await client.query(
        `INSERT INTO "InngestCronState" ("functionId", "cron", "lastTickAt") VALUES ($1, $2, $3)
         ON CONFLICT ("functionId") DO UPDATE SET "cron" = EXCLUDED."cron", "lastTickAt" = EXCLUDED."lastTickAt"`,
        [fn.id, signature, now],
      );
      return 0;
    }
    const ticks = schedules
      .map((schedule) => ({ schedule, tick: dueCronTick({ schedule, lastTickAt: state.lastTickAt, now }) }))
      .filter((due): due is { schedule: string; tick: Date } => due.tick !== null)
      .sort((a, b) => b.tick.getTime() - a.tick.getTime());
    const latest = ticks[0];
    if (!latest) return 0;
    const { schedule, tick } = latest;
    await client.query(`UPDATE "InngestCronState" SET "lastTickAt" = $2 WHERE "functionId" = $1`, [fn.id, tick]);
    const event = { id: `cron:${fn.id}:${tick.toISOString()}`, name: SCHEDULED_TIMER, data: { cron: schedule }, ts: tick.getTime() };
    await insertRun(client, { fn, event, now });
    return 1;
  });
};

/** Checks every cron function once; the executor calls it every poll interval. */
export const fireDueCronTicks = async (context: TExecutorContext): Promise<number> => {
  const now = context.clock();
  let started = 0;
  for (const fn of context.functions.values()) started += await fireFunctionTick(context, fn, now);
  for (let index = 0; index < started; index += 1) context.wake.notify();
  return started;
};
