import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { INVOICE_REVIEW_COMPLETED, type TReviewCompletedData } from "./events";
import type { TCompleteReviewBody } from "./schemas";
import { sendPipelineEvents, type SendPipelineEvents } from "./send-pipeline-events";

export type CompleteReviewOptions = TCompleteReviewBody & {
  invoiceId: string;
  reviewer: { id: string; email: string };
  send?: SendPipelineEvents;
};

/**
 * An operator's decision on an invoice in review. It is recorded (audited) and sent to the waiting pipeline run as
 * `invoice/review.completed`, which approves or rejects the invoice and carries on; the recorded decision also
 * reaches a run that was not yet waiting (see sendReviewReminder). An unreachable Event API is a 503: submit again.
 */
export const completeReview = async ({ invoiceId, decision, reason, reviewer, send = sendPipelineEvents }: CompleteReviewOptions) => {
  const notFound = new AppError("NOT_FOUND", { message: "Factura no encontrada." });
  if (!z.uuid().safeParse(invoiceId).success) throw notFound;
  const invoice = await db.invoice.findUnique({ where: { id: invoiceId }, select: { status: true } });
  if (!invoice) throw notFound;
  if (invoice.status !== "NEEDS_REVIEW") {
    throw new AppError("CONFLICT", { message: "La factura no está en revisión.", details: { status: invoice.status } });
  }
  const data: TReviewCompletedData = { invoiceId, decision, reviewerId: reviewer.id, ...(reason ? { reason } : {}) };
  const recorded = await recordAuditEvent({ actor: reviewer, action: "invoice.review-completed", entityType: "Invoice", entityId: invoiceId, after: data });
  await send([{ name: INVOICE_REVIEW_COMPLETED, id: `review:${invoiceId}:${recorded.id}`, data }]);
  return { invoiceId, decision };
};
