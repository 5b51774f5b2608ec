import { NonRetriableError, type GetStepTools } from "inngest";
import { classifyPipelineError, formatPipelineErrorMessage } from "@/lib/pipeline/classify-pipeline-error";
import { recordPipelineStep } from "@/lib/pipeline/record-pipeline-step";
import type { inngest } from "./client";

export type PipelineStepContext = {
  step: Pick<GetStepTools<typeof inngest>, "run">;
  invoiceId: string;
  /** The process-invoice run, which the timeline groups steps by. */
  runId: string;
  /** Attempt of the step being executed (Inngest counts per step). */
  attempt: number;
};

/**
 * One pipeline step: `step.run` with a stable id, timed and written to the invoice's timeline whether it succeeds
 * or fails. An error the invoice itself causes (classifyPipelineError) becomes a NonRetriableError carrying its
 * code, so the run fails at once and onFailure records the reason; anything else is retried by Inngest.
 */
export const runPipelineStep = <T,>(
  { step, invoiceId, runId, attempt }: PipelineStepContext,
  id: string,
  work: () => Promise<T>,
) =>
  step.run(id, async () => {
    const startedAt = new Date();
    const started = performance.now();
    try {
      const output = await work();
      await recordPipelineStep({ invoiceId, step: id, runId, attempt, startedAt, durationMs: performance.now() - started, output });
      return output;
    } catch (error) {
      const classified = classifyPipelineError(error);
      await recordPipelineStep({ invoiceId, step: id, runId, attempt, startedAt, durationMs: performance.now() - started, error: classified });
      if (classified.retriable) throw error;
      throw new NonRetriableError(formatPipelineErrorMessage(classified), { cause: error });
    }
  });
