import { db } from "@/lib/db";
import { approveInvoice } from "./approve-invoice";
import type { TReviewCompletedData } from "./events";
import { rejectInvoice } from "./reject-invoice";

export type TApplyReviewDecisionResult = { decision: TReviewCompletedData["decision"]; changed: boolean };

/** The pipeline's side of a review: approves or rejects the invoice in the reviewer's name. Safe to run twice. */
export const applyReviewDecision = async ({ invoiceId, decision, reason, reviewerId }: TReviewCompletedData): Promise<TApplyReviewDecisionResult> => {
  const actor = reviewerId ? await db.user.findUnique({ where: { id: reviewerId }, select: { id: true, email: true } }) : null;
  if (decision === "approved") return { decision, changed: (await approveInvoice({ invoiceId, actor })).approved };
  return { decision, changed: (await rejectInvoice({ invoiceId, reason: reason ?? "Rechazada en revisión.", actor })).rejected };
};
