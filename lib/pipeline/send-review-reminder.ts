import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZReviewCompletedData, type TReviewCompletedData } from "./events";
import { notifyInvoice } from "./notify-invoice";

export type SendReviewReminderOptions = { invoiceId: string; round: number };

export type TSendReviewReminderResult =
  /** A decision recorded while the run was not yet waiting (its event came before the wait): apply it. */
  | { kind: "decided"; review: TReviewCompletedData }
  /** The invoice left review some other way: stop waiting. */
  | { kind: "closed" }
  | { kind: "reminded"; sent: boolean };

/**
 * Runs when the review wait times out. An `invoice/review.completed` event sent in the moment between the invoice
 * entering review and the run starting its wait is never delivered to the wait, so the decision recorded by
 * completeReview is looked up first; otherwise the uploader is reminded (once per round) and the run waits again.
 */
export const sendReviewReminder = async ({ invoiceId, round }: SendReviewReminderOptions): Promise<TSendReviewReminderResult> => {
  const invoice = await db.invoice.findUnique({ where: { id: invoiceId }, select: { status: true } });
  if (!invoice) throw new AppError("NOT_FOUND", { message: `La factura ${invoiceId} no existe.` });
  if (invoice.status !== "NEEDS_REVIEW") return { kind: "closed" };
  const enteredReview = await db.auditEvent.findFirst({
    where: { entityType: "Invoice", entityId: invoiceId, action: "invoice.status-changed", after: { path: ["status"], equals: "NEEDS_REVIEW" } },
    orderBy: { id: "desc" },
    select: { id: true },
  });
  const decision = await db.auditEvent.findFirst({
    where: { entityType: "Invoice", entityId: invoiceId, action: "invoice.review-completed", id: { gt: enteredReview?.id ?? 0n } },
    orderBy: { id: "desc" },
    select: { after: true },
  });
  if (decision) return { kind: "decided", review: ZReviewCompletedData.parse(decision.after) };
  const { sent } = await notifyInvoice({ invoiceId, notice: "review-reminder", round });
  return { kind: "reminded", sent };
};
