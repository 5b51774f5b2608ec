import os from "node:os";
import { invoke } from "inngest";
import { inngest } from "@/inngest/client";
import { runPipelineStep } from "@/inngest/run-pipeline-step";
import { getEnv } from "@/lib/env";
import { ZExtractDocumentData } from "@/lib/pipeline/events";
import { extractInvoice } from "@/lib/pipeline/extract-invoice";

/**
 * Extracts one PDF or scan, invoked by process-invoice. Its own function so that OCR has a concurrency limit:
 * OCR_CONCURRENCY documents at once (key: the lane, "ocr"), whatever the number of runs in flight; it protects the
 * local OCR engine's cores, or Textract's request rate.
 */
export const extractDocument = inngest.createFunction(
  {
    id: "extract-document",
    triggers: [invoke(ZExtractDocumentData)],
    concurrency: { limit: getEnv().OCR_CONCURRENCY ?? os.availableParallelism(), key: "event.data.lane" },
  },
  async ({ event, step, attempt }) => {
    const { invoiceId, pipelineRunId } = event.data;
    return runPipelineStep({ step, invoiceId, runId: pipelineRunId, attempt }, "extract", () => extractInvoice({ invoiceId, pipelineRunId }));
  },
);
