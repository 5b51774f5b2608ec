import { db, type DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { changeInvoiceStatus, type InvoiceStatusActor } from "@/lib/invoices/change-invoice-status";
import { isPast } from "./invoice-progress";

export type ApproveInvoiceOptions = {
  invoiceId: string;
  /** The reviewer; null when validation approved it on its own. */
  actor: InvoiceStatusActor;
  tx?: DbTransaction;
};

/**
 * Approves an invoice that validation passed or an operator accepted (VALIDATING or NEEDS_REVIEW → APPROVED).
 * Idempotent: an invoice already approved (or further on) is left as it is; a rejected or failed one is a conflict.
 */
export const approveInvoice = async ({ invoiceId, actor, tx = db }: ApproveInvoiceOptions): Promise<{ approved: boolean }> => {
  const invoice = await tx.invoice.findUnique({ where: { id: invoiceId }, select: { status: true } });
  if (!invoice) throw new AppError("NOT_FOUND", { message: `La factura ${invoiceId} no existe.` });
  if (invoice.status === "APPROVED" || isPast(invoice.status, "APPROVED")) return { approved: false };
  if (invoice.status !== "VALIDATING" && invoice.status !== "NEEDS_REVIEW") {
    throw new AppError("CONFLICT", { message: "La factura no se puede aprobar en su estado actual.", details: { status: invoice.status } });
  }
  const approved = await changeInvoiceStatus({ tx, invoiceId, from: invoice.status, to: "APPROVED", actor });
  return { approved };
};
