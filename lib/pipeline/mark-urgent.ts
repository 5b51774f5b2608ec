import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { announceInvoices } from "./announce-invoices";
import type { TInvoiceActionResult } from "./schemas";
import type { SendPipelineEvents } from "./send-pipeline-events";

export type MarkUrgentOptions = { invoiceId: string; actor: { id: string; email: string }; send?: SendPipelineEvents };

/**
 * An operator marks an invoice urgent. Priority is fixed when a run is scheduled, so an invoice that no run has
 * taken yet gets an urgent run of its own (its own event id), which runs before the queued ones and takes the
 * invoice; the queued run then finds it taken and stops. An invoice already being processed keeps its run; the
 * flag still orders the review queue. Marking twice changes nothing more.
 */
export const markUrgent = async ({ invoiceId, actor, send }: MarkUrgentOptions): Promise<TInvoiceActionResult> => {
  const notFound = new AppError("NOT_FOUND", { message: "Factura no encontrada." });
  if (!z.uuid().safeParse(invoiceId).success) throw notFound;
  const invoice = await db.invoice.findUnique({
    where: { id: invoiceId },
    select: { status: true, urgent: true, sha256: true, sourceType: true, retryCount: true, pipelineRunId: true },
  });
  if (!invoice) throw notFound;
  if (invoice.urgent) return { id: invoiceId, status: invoice.status, urgent: true, queued: true };
  const marked = await db.$transaction(async (tx) => {
    const { count } = await tx.invoice.updateMany({ where: { id: invoiceId, urgent: false }, data: { urgent: true } });
    if (count === 1) await recordAuditEvent({ tx, actor, action: "invoice.marked-urgent", entityType: "Invoice", entityId: invoiceId, after: { urgent: true } });
    return count === 1;
  });
  if (!marked) return { id: invoiceId, status: invoice.status, urgent: true, queued: true };
  const waitingForRun = invoice.status === "RECEIVED" && invoice.pipelineRunId === null;
  const queued = waitingForRun
    ? await announceInvoices({ invoices: [{ id: invoiceId, sha256: invoice.sha256, sourceType: invoice.sourceType, retryCount: invoice.retryCount, urgent: true }], send })
    : true;
  return { id: invoiceId, status: invoice.status, urgent: true, queued };
};
