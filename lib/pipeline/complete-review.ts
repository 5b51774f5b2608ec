import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getReviewInvoice } from "@/lib/review/get-review-invoice";
import { holdReviewLock } from "@/lib/review/hold-review-lock";
import { listApprovalConcerns } from "@/lib/review/list-approval-concerns";
import { releaseReviewLock } from "@/lib/review/release-review-lock";
import { INVOICE_REVIEW_COMPLETED, type TReviewCompletedData } from "./events";
import type { TCompleteReviewBody } from "./schemas";
import { sendPipelineEvents, type SendPipelineEvents } from "./send-pipeline-events";

export type CompleteReviewOptions = TCompleteReviewBody & {
  invoiceId: string;
  reviewer: { id: string; email: string };
  send?: SendPipelineEvents;
  now?: Date;
};

/**
 * An operator's decision on an invoice in review, made by the holder of its review lock. An approval whose totals
 * do not add up, or whose corrected values no longer match the document, is refused until the operator confirms
 * it (`confirmed: true`), and the concerns confirmed are audited with the decision. The decision is recorded and
 * sent to the waiting pipeline run as `invoice/review.completed`, which approves or rejects the invoice and carries
 * on; the recorded decision also reaches a run that was not yet waiting (see sendReviewReminder). An unreachable
 * Event API is a 503 and keeps the lock: submit again. Once sent, the lock is released.
 */
export const completeReview = async ({ invoiceId, decision, reason, confirmed, reviewer, send = sendPipelineEvents, now = new Date() }: CompleteReviewOptions) => {
  const notFound = new AppError("NOT_FOUND", { message: "Factura no encontrada." });
  if (!z.uuid().safeParse(invoiceId).success) throw notFound;
  const { data, recordedId } = await db.$transaction(async (tx) => {
    const invoice = await tx.invoice.findUnique({ where: { id: invoiceId }, select: { status: true } });
    if (!invoice) throw notFound;
    if (invoice.status !== "NEEDS_REVIEW") {
      throw new AppError("CONFLICT", { message: "La factura no está en revisión.", details: { status: invoice.status } });
    }
    await holdReviewLock({ tx, invoiceId, userId: reviewer.id, now });
    const concerns = decision === "approved" ? listApprovalConcerns(await getReviewInvoice({ tx, invoiceId, now })) : [];
    if (concerns.length > 0 && !confirmed) {
      throw new AppError("REVIEW_CONFIRMATION_REQUIRED", {
        message: "Los totales no cuadran o hay valores distintos de los del documento: confirme la aprobación.",
        details: { concerns },
      });
    }
    const data: TReviewCompletedData = { invoiceId, decision, reviewerId: reviewer.id, ...(reason ? { reason } : {}) };
    const recorded = await recordAuditEvent({
      tx,
      actor: reviewer,
      action: "invoice.review-completed",
      entityType: "Invoice",
      entityId: invoiceId,
      after: { ...data, ...(concerns.length > 0 ? { confirmedConcerns: concerns.map((concern) => concern.code) } : {}) },
    });
    return { data, recordedId: recorded.id };
  });
  await send([{ name: INVOICE_REVIEW_COMPLETED, id: `review:${invoiceId}:${recordedId}`, data }]);
  await releaseReviewLock({ invoiceId, userId: reviewer.id });
  return { invoiceId, decision };
};
