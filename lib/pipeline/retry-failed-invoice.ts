import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { announceInvoices } from "./announce-invoices";
import { changeInvoiceStatus } from "@/lib/invoices/change-invoice-status";
import type { TInvoiceActionResult } from "./schemas";
import type { SendPipelineEvents } from "./send-pipeline-events";

export type RetryFailedInvoiceOptions = { invoiceId: string; actor: { id: string; email: string }; send?: SendPipelineEvents };

/**
 * An Admin's retry of a FAILED invoice: it goes back to the status it failed in (its finished steps are not redone)
 * and a new pipeline run starts (a new event id per retry). Only a FAILED invoice can be retried.
 */
export const retryFailedInvoice = async ({ invoiceId, actor, send }: RetryFailedInvoiceOptions): Promise<TInvoiceActionResult> => {
  const notFound = new AppError("NOT_FOUND", { message: "Factura no encontrada." });
  if (!z.uuid().safeParse(invoiceId).success) throw notFound;
  const invoice = await db.invoice.findUnique({
    where: { id: invoiceId },
    select: { status: true, statusBeforeFailure: true, retryCount: true, sha256: true, sourceType: true, urgent: true },
  });
  if (!invoice) throw notFound;
  if (invoice.status !== "FAILED") {
    throw new AppError("CONFLICT", { message: "Solo se reintenta una factura fallida.", details: { status: invoice.status } });
  }
  const resumeAt = invoice.statusBeforeFailure ?? "RECEIVED";
  const retryCount = invoice.retryCount + 1;
  const moved = await changeInvoiceStatus({
    invoiceId,
    from: "FAILED",
    to: resumeAt,
    actor,
    data: { retryCount, failureCode: null, failureReason: null, statusBeforeFailure: null, pipelineRunId: null },
    details: { retry: retryCount },
  });
  if (!moved) throw new AppError("CONFLICT", { message: "La factura ya se está reintentando." });
  const queued = await announceInvoices({ invoices: [{ id: invoiceId, sha256: invoice.sha256, sourceType: invoice.sourceType, retryCount, urgent: invoice.urgent }], send });
  return { id: invoiceId, status: resumeAt, urgent: invoice.urgent, queued };
};
