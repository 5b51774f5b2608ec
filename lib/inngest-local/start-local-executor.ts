import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import os from "node:os";
import pg from "pg";
import { claimRun } from "./claim-run";
import { ConcurrencySlots } from "./concurrency-slots";
import { createEventApi } from "./create-event-api";
import { acquireSlotsFor, driveRun } from "./drive-run";
import type { TExecutorContext, TExecutorSettings } from "./executor-context";
import { fireDueCronTicks } from "./fire-due-cron-ticks";
import { releaseLease } from "./release-lease";
import { AppNotReadyError, syncFunctions } from "./sync-functions";
import { WakeSignal } from "./wake-signal";
import { getLogger } from "@/lib/logging/logger";

export type LocalExecutorOptions = Partial<Omit<TExecutorSettings, "appUrl">> & {
  databaseUrl: string;
  /** The app's serve endpoint, e.g. http://127.0.0.1:3000/api/inngest. */
  appUrl: string;
  /** Event API port on 127.0.0.1; 0 picks a free one. */
  port: number;
  /** Re-sync this often (development: functions change on hot reload); off by default. */
  resyncMs?: number;
  /** How long stop() lets in-flight calls finish before cancelling them. */
  stopGraceMs?: number;
  clock?: () => Date;
  log?: (message: string) => void;
};

export type LocalExecutor = {
  /** Event API origin, what the app gets as INNGEST_DEV. */
  url: string;
  /** Settles after the first sync: drivers are running, or the app's functions were refused. */
  ready: Promise<void>;
  /** Starts the runs of due cron ticks now (the scheduler also does it every poll interval). */
  checkSchedules: () => Promise<number>;
  /** Stops taking work, lets in-flight calls finish, hands every lease back, closes the Event API and the pool. */
  stop: () => Promise<void>;
};

const SYNC_RETRY_MS = 250;
/**
 * Runs driven at once. Not tied to the cores: a driver spends its time waiting on the app, OCR or Textract (with a
 * 2.9 s Textract call, 6 drivers capped the scan pipeline at about 4 concurrent documents); the functions' own
 * concurrency limits are what bound the work.
 */
const DEFAULT_DRIVERS = 32;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The local Inngest executor (docs/inngest-local.md): an Event API for the app, and drivers that run the app's
 * functions through its own serve endpoint, with all state in PostgreSQL so a restart resumes every run.
 */
export const startLocalExecutor = async (options: LocalExecutorOptions): Promise<LocalExecutor> => {
  const settings: TExecutorSettings = {
    appUrl: options.appUrl,
    callUrls: options.callUrls && options.callUrls.length > 0 ? options.callUrls : [options.appUrl],
    workers: options.workers ?? DEFAULT_DRIVERS,
    pollMs: options.pollMs ?? 1000,
    leaseMs: options.leaseMs ?? 30_000,
    backoffBaseMs: options.backoffBaseMs ?? 2000,
    checkpointing: options.checkpointing ?? true,
  };
  const log = options.log ?? ((message: string) => getLogger().info({ component: "inngest-local" }, message));
  const stopping = new AbortController();
  const callsCancelled = new AbortController();
  const wake = new WakeSignal();
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: settings.workers + 4 });
  pool.on("error", (error) => log(`PostgreSQL: ${error.message}`));
  let calls = 0;
  const context: TExecutorContext = {
    pool,
    owner: `${os.hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`,
    settings,
    functions: new Map(),
    clock: options.clock ?? (() => new Date()),
    wake,
    slots: new ConcurrencySlots(() => wake.notify()),
    nextCallUrl: () => settings.callUrls[calls++ % settings.callUrls.length]!,
    stopping: stopping.signal,
    callsCancelled: callsCancelled.signal,
    log,
  };

  const sync = async () => {
    const functions = await syncFunctions(settings.appUrl);
    context.functions = new Map(functions.map((fn) => [fn.id, fn]));
  };
  const firstSync = (async () => {
    for (;;) {
      if (stopping.signal.aborted) throw new Error("El ejecutor se detuvo antes de sincronizar.");
      try {
        return await sync();
      } catch (error) {
        if (!(error instanceof AppNotReadyError)) throw error;
        await sleep(SYNC_RETRY_MS);
      }
    }
  })();

  const server = createEventApi(context, firstSync);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", resolve);
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // Claims happen one at a time, each taking its run's slots before the next claim looks at the queue; otherwise
  // a driver skipping a row another is locking could take a lower-priority run first.
  let claimQueue: Promise<unknown> = Promise.resolve();
  const claimNext = () => {
    const claim = claimQueue.then(async () => {
      const run = await claimRun(context);
      if (!run) return null;
      const slots = acquireSlotsFor(context, run);
      if (slots) return { run, slots };
      await releaseLease(context, run.id);
      return null;
    });
    claimQueue = claim.catch(() => undefined);
    return claim;
  };

  const runWorker = async () => {
    while (!stopping.signal.aborted) {
      try {
        const claimed = await claimNext();
        if (!claimed) {
          await wake.wait(settings.pollMs);
          continue;
        }
        wake.notify();
        await driveRun(context, claimed.run, claimed.slots);
      } catch (error) {
        if (stopping.signal.aborted) return;
        log(`Conductor: ${String(error)}`);
        await wake.wait(settings.pollMs);
      }
    }
  };
  const runScheduler = async () => {
    let lastResync = Date.now();
    while (!stopping.signal.aborted) {
      try {
        if (options.resyncMs && Date.now() - lastResync >= options.resyncMs) {
          lastResync = Date.now();
          await sync().catch((error: unknown) => log(`Sincronización: ${String(error)}`));
        }
        await fireDueCronTicks(context);
      } catch (error) {
        if (!stopping.signal.aborted) log(`Programador: ${String(error)}`);
      }
      await sleep(settings.pollMs);
    }
  };

  let loops: Promise<unknown> = Promise.resolve();
  const ready = firstSync.then(() => {
    log(`${context.functions.size} funciones sincronizadas desde ${settings.appUrl}; ${settings.workers} conductores.`);
    loops = Promise.all([...Array.from({ length: settings.workers }, runWorker), runScheduler()]);
  });
  ready.catch(() => undefined);

  const stop = async () => {
    if (stopping.signal.aborted) return;
    stopping.abort();
    wake.close();
    const cancelTimer = setTimeout(() => callsCancelled.abort(), options.stopGraceMs ?? 5000);
    await loops;
    clearTimeout(cancelTimer);
    await new Promise((resolve) => server.close(resolve));
    await pool.query(
      `UPDATE "InngestRun" SET "leaseOwner" = NULL, "leaseExpiresAt" = NULL, "dispatchId" = NULL,
         "status" = CASE WHEN "status" = 'RUNNING' THEN 'QUEUED'::"InngestRunStatus" ELSE "status" END
       WHERE "leaseOwner" = $1`,
      [context.owner],
    );
    await pool.end();
  };

  return { url, ready, checkSchedules: () => fireDueCronTicks(context), stop };
};
