import type pg from "pg";
import type { ConcurrencySlots } from "./concurrency-slots";
import type { TFunctionConfig, TMemoizedStep, TPendingStep, TExecutorEvent } from "./schemas";
import type { WakeSignal } from "./wake-signal";

/** Settings of one executor; every duration in milliseconds. */
export type TExecutorSettings = {
  /** The app's serve endpoint, e.g. http://127.0.0.1:3000/api/inngest; functions are synced from it. */
  appUrl: string;
  /** Serve endpoints of processes running the same app build; calls are spread over them in turn. */
  callUrls: string[];
  workers: number;
  pollMs: number;
  leaseMs: number;
  backoffBaseMs: number;
  /** Let the SDK run step after step in one call, checkpointing each result to the Event API (docs/inngest-local.md). */
  checkpointing: boolean;
};

/** What every part of a running executor shares. */
export type TExecutorContext = {
  pool: pg.Pool;
  /** Identifies this process in lease columns. */
  owner: string;
  settings: TExecutorSettings;
  /** Functions from the latest sync, by composite id. */
  functions: Map<string, TFunctionConfig>;
  clock: () => Date;
  wake: WakeSignal;
  slots: ConcurrencySlots;
  /** The serve endpoint for the next call (round robin over settings.callUrls). */
  nextCallUrl: () => string;
  /** Aborted by stop(): drivers make no further calls. */
  stopping: AbortSignal;
  /** Aborted when stop() gives up waiting for in-flight calls. */
  callsCancelled: AbortSignal;
  log: (message: string) => void;
};

/** A run as the driver holds it. */
export type TRun = {
  id: string;
  functionId: string;
  event: TExecutorEvent;
  status: "QUEUED" | "RUNNING" | "SLEEPING" | "WAITING" | "COMPLETED" | "FAILED";
  steps: Record<string, TMemoizedStep>;
  stack: string[];
  attempt: number;
  targetStepId: string | null;
  plannedMode: boolean;
  pendingStep: TPendingStep | null;
  priority: number;
  concurrencyKeys: string[];
  parentRunId: string | null;
  parentStepId: string | null;
  /** Token of this driver's current call (the SDK's ctx.qi_id); every write to the run requires it. */
  dispatchId: string | null;
};

/** Columns the driver reads, as returned by `RETURNING` / `SELECT`. */
export const RUN_COLUMNS = `"id", "functionId", "event", "status", "steps", COALESCE("stack", '{}') AS "stack", "attempt",
  "targetStepId", "plannedMode", "pendingStep", "priority", COALESCE("concurrencyKeys", '{}') AS "concurrencyKeys",
  "parentRunId", "parentStepId", "dispatchId"`;

/** Attempts a function gets: its configured retries (Inngest's default 4) plus the first try. */
export const maxAttemptsOf = (fn: TFunctionConfig): number => (fn.steps.step?.retries?.attempts ?? 4) + 1;
