import { db } from "@/lib/db";

export type RecordPipelineStepOptions = {
  invoiceId: string;
  step: string;
  runId: string;
  attempt: number;
  startedAt: Date;
  durationMs: number;
  error?: { code: string; message: string };
  /** The step's result, stored as the JSON Inngest keeps of it. */
  output?: unknown;
};

/**
 * One line of the invoice's timeline. Keyed by invoice, step, run and attempt: a step that ran but whose result
 * Inngest never saved runs again with the same attempt and overwrites its line instead of adding one.
 */
export const recordPipelineStep = async ({ invoiceId, step, runId, attempt, startedAt, durationMs, error, output }: RecordPipelineStepOptions) => {
  const data = {
    status: error ? ("FAILED" as const) : ("COMPLETED" as const),
    startedAt,
    durationMs: Math.max(0, Math.round(durationMs)),
    errorCode: error?.code ?? null,
    errorMessage: error?.message.slice(0, 2000) ?? null,
    output: output === undefined || output === null ? undefined : JSON.parse(JSON.stringify(output)),
    finishedAt: new Date(),
  };
  await db.pipelineStep.upsert({
    where: { invoiceId_step_runId_attempt: { invoiceId, step, runId, attempt } },
    create: { invoiceId, step, runId, attempt, ...data },
    update: data,
  });
};
