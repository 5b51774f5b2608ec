import { eventType, NonRetriableError, type GetStepTools } from "inngest";
import { inngest } from "@/inngest/client";
import { runPipelineStep, type PipelineStepContext } from "@/inngest/run-pipeline-step";
import { getEnv } from "@/lib/env";
import { applyReviewDecision } from "@/lib/pipeline/apply-review-decision";
import { certifyInvoice } from "@/lib/pipeline/certify-invoice";
import { formatPipelineErrorMessage, parsePipelineErrorMessage } from "@/lib/pipeline/classify-pipeline-error";
import { INVOICE_REVIEW_COMPLETED, INVOICE_UPLOADED, ZInvoiceUploadedData, ZReviewCompletedData, type TReviewCompletedData } from "@/lib/pipeline/events";
import { extractInvoice } from "@/lib/pipeline/extract-invoice";
import { failInvoice } from "@/lib/pipeline/fail-invoice";
import { matchInvoice } from "@/lib/pipeline/match-invoice";
import { notifyInvoice } from "@/lib/pipeline/notify-invoice";
import { priceApprovedInvoice } from "@/lib/pipeline/price-approved-invoice";
import { recordPipelineStep } from "@/lib/pipeline/record-pipeline-step";
import { sendReviewReminder } from "@/lib/pipeline/send-review-reminder";
import { validateInvoice } from "@/lib/pipeline/validate-invoice";
import { learnFromApprovedReview } from "@/lib/supplier-profiles/learn-from-approved-review";
import { extractDocument } from "./extract-document";

export const invoiceUploaded = eventType(INVOICE_UPLOADED, { schema: ZInvoiceUploadedData });

type ReviewWaitContext = PipelineStepContext & { step: Pick<GetStepTools<typeof inngest>, "run" | "waitForEvent"> };

/**
 * Waits for the operator's decision; each time the wait runs out the uploader is reminded and it waits again, up
 * to REVIEW_MAX_REMINDERS times. Returns null when the invoice left review some other way.
 */
const awaitReview = async (context: ReviewWaitContext): Promise<TReviewCompletedData | null> => {
  const { REVIEW_REMINDER_AFTER: timeout, REVIEW_MAX_REMINDERS: maxReminders } = getEnv();
  for (let round = 0; ; round += 1) {
    const review = await context.step.waitForEvent(`wait-review-${round}`, { event: INVOICE_REVIEW_COMPLETED, match: "data.invoiceId", timeout });
    if (review) return ZReviewCompletedData.parse(review.data);
    if (round === maxReminders) break;
    const reminder = await runPipelineStep(context, `remind-review-${round + 1}`, () => sendReviewReminder({ invoiceId: context.invoiceId, round: round + 1 }));
    if (reminder.kind === "decided") return reminder.review;
    if (reminder.kind === "closed") return null;
  }
  throw new NonRetriableError(
    formatPipelineErrorMessage({ code: "REVIEW_ABANDONED", message: `Sin revisión después de ${maxReminders} recordatorios.` }),
  );
};

/**
 * One invoice through the pipeline: extract (XML here; OCR invoked, lane-limited) → match → validate → review when needed →
 * price → certify → notify. Orchestration only: each step is one lib operation, idempotent, timed on the invoice's
 * timeline. A run that finds the invoice owned by another run (a re-sent or urgent event) stops at once.
 */
export const processInvoice = inngest.createFunction(
  {
    id: "process-invoice",
    triggers: [invoiceUploaded],
    priority: { run: "event.data.urgent == true ? 600 : 0" },
    onFailure: async ({ event, error, step, runId, attempt }) => {
      const invoiceId = ZInvoiceUploadedData.safeParse(event.data.event.data).data?.invoiceId;
      if (!invoiceId) return { failed: false };
      const { code, message } = parsePipelineErrorMessage(error.message);
      return step.run("mark-failed", async () => {
        const result = await failInvoice({ invoiceId, code, message });
        const startedAt = new Date();
        await recordPipelineStep({ invoiceId, step: "fail", runId: event.data.run_id, attempt, startedAt, durationMs: 0, error: { code, message }, output: { failedBy: runId } });
        return result;
      });
    },
  },
  async ({ event, step, runId, attempt }) => {
    const { invoiceId, lane = "ocr" } = event.data;
    const context = { step, invoiceId, runId, attempt };

    // XML is parsed in milliseconds right here; only OCR goes through extract-document, whose concurrency limit
    // protects the OCR engines (a child run per XML invoice cost the pipeline more than the parsing itself).
    const extraction =
      lane === "parse"
        ? await runPipelineStep(context, "extract", () => extractInvoice({ invoiceId, pipelineRunId: runId }))
        : await step
            .invoke("extract", { function: extractDocument, data: { invoiceId, lane, pipelineRunId: runId } })
            .catch((error: unknown) => {
              // The invoked run already retried; its failure is final for this run too.
              throw new NonRetriableError(error instanceof Error ? error.message : String(error), { cause: error });
            });
    if (!extraction.claimed) return { invoiceId, outcome: "skipped", status: extraction.status };

    await runPipelineStep(context, "match", () => matchInvoice({ invoiceId }));
    const validation = await runPipelineStep(context, "validate", () => validateInvoice({ invoiceId }));
    if (validation.next === "closed") return { invoiceId, outcome: "closed" };

    if (validation.next === "review") {
      const review = await awaitReview(context);
      if (!review) return { invoiceId, outcome: "closed" };
      await runPipelineStep(context, "review", () => applyReviewDecision(review));
      if (review.decision === "rejected") {
        await runPipelineStep(context, "notify", () => notifyInvoice({ invoiceId, notice: "rejected" }));
        return { invoiceId, outcome: "rejected" };
      }
      // Its own step, so it runs once per approval; it never throws (a learning failure is logged, not fatal).
      await runPipelineStep(context, "learn-supplier-profile", () => learnFromApprovedReview({ invoiceId }));
    }

    await runPipelineStep(context, "price", () => priceApprovedInvoice({ invoiceId }));
    const certificate = await runPipelineStep(context, "certify", () => certifyInvoice({ invoiceId }));
    await runPipelineStep(context, "notify", () => notifyInvoice({ invoiceId, notice: "certified" }));
    return { invoiceId, outcome: "certified", certificate: certificate.number };
  },
);
