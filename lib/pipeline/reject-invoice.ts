import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { changeInvoiceStatus, type InvoiceStatusActor } from "@/lib/invoices/change-invoice-status";

export type RejectInvoiceOptions = { invoiceId: string; reason: string; actor: InvoiceStatusActor };

/**
 * An operator's rejection after review: NEEDS_REVIEW → REJECTED with the reason (kept in failureReason and the
 * audit entry). The file and the record stay. Idempotent: a rejected invoice is left as it is.
 */
export const rejectInvoice = async ({ invoiceId, reason, actor }: RejectInvoiceOptions): Promise<{ rejected: boolean }> => {
  const invoice = await db.invoice.findUnique({ where: { id: invoiceId }, select: { status: true } });
  if (!invoice) throw new AppError("NOT_FOUND", { message: `La factura ${invoiceId} no existe.` });
  if (invoice.status === "REJECTED") return { rejected: false };
  if (invoice.status !== "NEEDS_REVIEW") {
    throw new AppError("CONFLICT", { message: "Solo se rechaza una factura en revisión.", details: { status: invoice.status } });
  }
  const rejected = await changeInvoiceStatus({
    invoiceId,
    from: "NEEDS_REVIEW",
    to: "REJECTED",
    actor,
    data: { failureReason: reason, failureCode: "REJECTED_BY_REVIEWER" },
    details: { reason },
  });
  return { rejected };
};
