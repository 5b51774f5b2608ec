import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZValidationOutcome } from "@/lib/validation/schemas";
import { changeInvoiceStatus } from "@/lib/invoices/change-invoice-status";
import { isPast } from "./invoice-progress";
import { markNeedsReview } from "./mark-needs-review";

export type ValidateInvoiceOptions = { invoiceId: string };

export type TValidateInvoiceResult = {
  /** approved: on to pricing; review: an operator decides; closed: the invoice was rejected or failed meanwhile. */
  next: "approved" | "review" | "closed";
  reasons: string[];
};

/**
 * The validation step: an invoice is approved on its own only when its extraction passed every check with enough
 * confidence (the outcome stored with the extraction) and every line was matched with certainty; otherwise it waits
 * for an operator in NEEDS_REVIEW with the reasons. Re-running it returns where the invoice already is.
 */
export const validateInvoice = async ({ invoiceId }: ValidateInvoiceOptions): Promise<TValidateInvoiceResult> => {
  const invoice = await db.invoice.findUnique({
    where: { id: invoiceId },
    select: { status: true, validation: true, lines: { select: { productId: true } } },
  });
  if (!invoice) throw new AppError("NOT_FOUND", { message: `La factura ${invoiceId} no existe.` });
  if (invoice.status === "NEEDS_REVIEW") return { next: "review", reasons: [] };
  if (invoice.status === "REJECTED" || invoice.status === "FAILED") return { next: "closed", reasons: [] };
  if (isPast(invoice.status, "VALIDATING")) return { next: "approved", reasons: [] };
  if (invoice.status !== "VALIDATING") {
    throw new AppError("CONFLICT", { message: "La factura aún no está lista para validar.", details: { status: invoice.status } });
  }

  const outcome = ZValidationOutcome.parse(invoice.validation);
  const reasons = [
    ...new Set(outcome.findings.filter((finding) => finding.severity !== "info").map((finding) => finding.code)),
    ...(outcome.decision === "review" && outcome.findings.every((finding) => finding.severity === "info") ? ["LOW_CONFIDENCE"] : []),
    ...(invoice.lines.length === 0 ? ["NO_LINES"] : []),
    ...(invoice.lines.some((line) => line.productId === null) ? ["UNMATCHED_LINES"] : []),
  ];
  // The status just read is VALIDATING, and each move is a compare-and-set: a concurrent change makes it a no-op.
  if (reasons.length === 0) await changeInvoiceStatus({ invoiceId, from: "VALIDATING", to: "APPROVED", actor: null });
  else await markNeedsReview({ invoiceId, reasons });
  return { next: reasons.length === 0 ? "approved" : "review", reasons };
};
