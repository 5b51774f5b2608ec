import os from "node:os";
import { invoke } from "inngest";
import { inngest } from "@/inngest/client";
import { runPipelineStep } from "@/inngest/run-pipeline-step";
import { getEnv } from "@/lib/env";
import { ZExtractDocumentData } from "@/lib/pipeline/events";
import { extractInvoice } from "@/lib/pipeline/extract-invoice";

/**
 * Extracts one invoice, invoked by process-invoice. Its own function so that extraction has a concurrency limit
 * per lane: OCR_CONCURRENCY documents of each lane at once (ocr: PDFs and scans, parse: XML), whatever the number
 * of runs in flight.
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
