import { z } from "zod";

/** One trigger of a synced function: an event (optionally filtered by a CEL expression) or a cron schedule. */
export const ZFunctionTrigger = z.union([
  z.object({ event: z.string(), expression: z.string().optional() }),
  z.object({ cron: z.string() }),
]);

const ZConcurrencyOption = z.union([
  z.number().int(),
  z.object({ limit: z.number().int(), key: z.string().optional(), scope: z.enum(["fn", "env", "account"]).optional() }),
]);

/** A function as the SDK describes it in its in-band sync response (unknown options are kept to be refused). */
export const ZFunctionConfig = z.looseObject({
  id: z.string(),
  name: z.string().optional(),
  triggers: z.array(ZFunctionTrigger),
  steps: z.record(
    z.string(),
    z.object({ retries: z.object({ attempts: z.number().int().min(0) }).optional() }).loose(),
  ),
  concurrency: z.union([ZConcurrencyOption, z.array(ZConcurrencyOption)]).optional(),
  priority: z.object({ run: z.string().optional() }).optional(),
});
export type TFunctionConfig = z.infer<typeof ZFunctionConfig>;

export const ZSyncResponse = z.looseObject({ app_id: z.string(), functions: z.array(ZFunctionConfig) });

/** An event as the Event API receives it from `inngest.send()` / `step.sendEvent`. */
export const ZIncomingEvent = z.looseObject({
  id: z.string().min(1).optional(),
  name: z.string().min(1),
  data: z.record(z.string(), z.unknown()).optional(),
  ts: z.number().optional(),
  v: z.string().optional(),
  user: z.unknown().optional(),
});
export const ZIncomingEvents = z.union([ZIncomingEvent, z.array(ZIncomingEvent)]);
export type TIncomingEvent = z.infer<typeof ZIncomingEvent>;

/** An event once accepted: id, data and timestamp always present. */
export type TExecutorEvent = TIncomingEvent & { id: string; data: Record<string, unknown>; ts: number };

export const ZStepError = z.looseObject({ name: z.string().optional(), message: z.string().optional() });

/** One operation the SDK reports in a 206 response. */
export const ZStepOp = z.looseObject({
  id: z.string(),
  op: z.string(),
  name: z.string().optional(),
  displayName: z.string().optional(),
  opts: z.record(z.string(), z.unknown()).nullish(),
  data: z.unknown().optional(),
  error: ZStepError.optional(),
});
export type TStepOp = z.infer<typeof ZStepOp>;
export const ZStepOps = z.array(ZStepOp);

/** What a run waits for between calls. */
export const ZPendingStep = z.object({ kind: z.enum(["sleep", "event", "invoke"]), stepId: z.string() });
export type TPendingStep = z.infer<typeof ZPendingStep>;

/** A memoized step result as the SDK expects it back. */
export type TMemoizedStep = { data: unknown } | { error: unknown };

/**
 * An async checkpoint as the SDK posts it to `/v1/checkpoint/:runId/async`: the steps one call ran on its way
 * (`fn_id` and `qi_id` echo what the executor sent in ctx).
 */
export const ZCheckpointRequest = z.looseObject({
  run_id: z.string().min(1),
  fn_id: z.string().min(1),
  qi_id: z.string().min(1),
  steps: ZStepOps,
});
