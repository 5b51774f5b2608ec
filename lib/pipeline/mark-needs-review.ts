import type { DbTransaction } from "@/lib/db";
import { changeInvoiceStatus } from "@/lib/invoices/change-invoice-status";

export type MarkNeedsReviewOptions = {
  tx?: DbTransaction;
  invoiceId: string;
  /** Stable codes of what an operator must look at (validation findings, UNMATCHED_LINES, LOW_CONFIDENCE). */
  reasons: string[];
};

/** VALIDATING → NEEDS_REVIEW, audited with the reasons; a no-op for an invoice no longer validating. */
export const markNeedsReview = ({ tx, invoiceId, reasons }: MarkNeedsReviewOptions) =>
  changeInvoiceStatus({ tx, invoiceId, from: "VALIDATING", to: "NEEDS_REVIEW", actor: null, details: { reasons } });
