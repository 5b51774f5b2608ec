import { db } from "@/lib/db";
import { changeInvoiceStatus } from "@/lib/invoices/change-invoice-status";
import { isTerminal } from "./invoice-progress";

export type FailInvoiceOptions = {
  invoiceId: string;
  /** Stable code (an AppError code, or INTERNAL for an unexpected error). */
  code: string;
  message: string;
};

/**
 * A run that cannot finish (bad input, retries exhausted): FAILED with the code and reason, remembering the status
 * it failed in so that an Admin retry resumes there. The stored file and everything done so far are kept. A
 * finished invoice (certified, rejected, already failed) is left as it is.
 */
export const failInvoice = async ({ invoiceId, code, message }: FailInvoiceOptions): Promise<{ failed: boolean }> => {
  const invoice = await db.invoice.findUnique({ where: { id: invoiceId }, select: { status: true } });
  if (!invoice || isTerminal(invoice.status)) return { failed: false };
  const failed = await changeInvoiceStatus({
    invoiceId,
    from: invoice.status,
    to: "FAILED",
    actor: null,
    data: { failureCode: code, failureReason: message.slice(0, 2000), statusBeforeFailure: invoice.status, pipelineRunId: null },
    details: { code, reason: message.slice(0, 2000) },
  });
  return { failed };
};
