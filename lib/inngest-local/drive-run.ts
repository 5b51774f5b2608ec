import { callFunction } from "./call-function";
import { commitTransition } from "./commit-transition";
import { concurrencySlotsFor } from "./compute-run-attributes";
import { maxAttemptsOf, RUN_COLUMNS, type TExecutorContext, type TRun } from "./executor-context";
import { interpretResponse, type TTransition } from "./interpret-response";
import { releaseLease } from "./release-lease";
import { resumeRun } from "./resume-run";
import type { TMemoizedStep, TPendingStep } from "./schemas";

const TIMEOUT_RESULTS: Record<TPendingStep["kind"], TMemoizedStep> = {
  sleep: { data: null },
  event: { data: null },
  invoke: { error: { name: "InngestInvokeTimeoutError", message: "Timed out waiting for invoked function to complete" } },
};

/** A due sleep or wait: memoize its timeout result, unless an event or the invoked run resolved it first. */
const resolveDuePendingStep = async (context: TExecutorContext, run: TRun): Promise<TRun | null> => {
  if (!run.pendingStep || (run.status !== "SLEEPING" && run.status !== "WAITING")) return run;
  const resumed = await resumeRun(context.pool, {
    runId: run.id,
    stepId: run.pendingStep.stepId,
    result: TIMEOUT_RESULTS[run.pendingStep.kind],
    now: context.clock(),
  });
  if (resumed) return resumed;
  const { rows } = await context.pool.query<TRun>(
    `SELECT ${RUN_COLUMNS} FROM "InngestRun" WHERE "id" = $1 AND "leaseOwner" = $2 AND "status" IN ('QUEUED', 'RUNNING')`,
    [run.id, context.owner],
  );
  return rows[0] ?? null;
};

/** An invoke of a function the app does not serve fails that step (the caller may catch it) instead of the run. */
const rejectUnknownInvoke = (context: TExecutorContext, transition: TTransition): TTransition =>
  transition.kind === "invoke" && !context.functions.has(transition.functionId)
    ? {
        kind: "continue",
        memoized: [
          ...transition.memoized,
          {
            stepId: transition.stepId,
            result: { error: { name: "Error", message: `Could not find function ${transition.functionId}` } },
          },
        ],
        targetStepId: null,
        plannedMode: false,
      }
    : transition;

/** Keeps the lease alive while a long call is in flight. */
const holdLease = (context: TExecutorContext, runId: string): (() => void) => {
  const timer = setInterval(() => {
    const expiresAt = new Date(context.clock().getTime() + context.settings.leaseMs);
    context.pool
      .query(`UPDATE "InngestRun" SET "leaseExpiresAt" = $3 WHERE "id" = $1 AND "leaseOwner" = $2`, [
        runId,
        context.owner,
        expiresAt,
      ])
      .catch((error: unknown) => context.log(`No se pudo renovar la concesión de ${runId}: ${String(error)}`));
  }, context.settings.leaseMs / 3);
  return () => clearInterval(timer);
};

/** Takes the concurrency slots a run's next call needs, or null when one of its keys is at its limit. */
export const acquireSlotsFor = (context: TExecutorContext, run: TRun): (() => void) | null => {
  const fn = context.functions.get(run.functionId);
  return fn ? context.slots.tryAcquire(concurrencySlotsFor(fn, run.concurrencyKeys)) : () => undefined;
};

/**
 * Drives a leased run call after call until it blocks, is scheduled for later, finishes, or must yield its
 * concurrency slot to the queue. Each call's outcome is committed before the next call. `claimedSlots` are the
 * slots taken when the run was claimed, used by its first call.
 */
export const driveRun = async (context: TExecutorContext, claimed: TRun, claimedSlots: () => void): Promise<void> => {
  let heldSlots: (() => void) | null = claimedSlots;
  let run = await resolveDuePendingStep(context, claimed).catch((error: unknown) => {
    claimedSlots();
    throw error;
  });
  while (run) {
    const releaseSlots: (() => void) | null = heldSlots ?? acquireSlotsFor(context, run);
    heldSlots = null;
    if (!releaseSlots) return releaseLease(context, run.id);
    if (context.stopping.aborted) {
      releaseSlots();
      return releaseLease(context, run.id);
    }
    const fn = context.functions.get(run.functionId);
    if (!fn) {
      releaseSlots();
      const error = { name: "Error", message: `La aplicación ya no sirve la función ${run.functionId}` };
      await commitTransition(context, run, { kind: "fail", memoized: [], error });
      return;
    }

    const maxAttempts = maxAttemptsOf(fn);
    const stopHoldingLease = holdLease(context, run.id);
    let result;
    try {
      result = await callFunction({
        appUrl: context.nextCallUrl(),
        run,
        maxAttempts,
        checkpointing: context.settings.checkpointing,
        signal: context.callsCancelled,
      });
    } finally {
      stopHoldingLease();
      releaseSlots();
    }
    const transition = interpretResponse({
      result,
      cursor: { attempt: run.attempt, maxAttempts, targetStepId: run.targetStepId, plannedMode: run.plannedMode },
      now: context.clock(),
      backoffBaseMs: context.settings.backoffBaseMs,
    });
    if (result.kind === "unreachable") context.log(`La aplicación no responde (${result.message}); se reintentará.`);
    run = (await commitTransition(context, run, rejectUnknownInvoke(context, transition))).next;
  }
  heldSlots?.();
};
