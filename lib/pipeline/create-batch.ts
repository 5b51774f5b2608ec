import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { announceInvoices } from "./announce-invoices";
import { getBatchProgress } from "./get-batch-progress";
import type { TBatchProgress, TCreateBatchBody } from "./schemas";
import type { SendPipelineEvents } from "./send-pipeline-events";

export type CreateBatchOptions = TCreateBatchBody & { actor: { id: string; email: string }; send?: SendPipelineEvents };

/**
 * Sends a set of uploaded invoices through the pipeline as one batch whose progress can be followed: the batch is
 * recorded, its invoices linked (and marked urgent when asked), then one `invoice/uploaded` event per invoice.
 * Invoices already processed or in flight are not processed again (same event ids, and a run stops at an invoice
 * another run owns). When the Event API cannot be reached, the requeue job sends the events later.
 */
export const createBatch = async ({ invoiceIds, urgent = false, actor, send }: CreateBatchOptions): Promise<TBatchProgress & { queued: boolean }> => {
  const invoices = await db.invoice.findMany({ where: { id: { in: invoiceIds } }, select: { id: true, sha256: true, sourceType: true, retryCount: true, urgent: true } });
  if (invoices.length !== invoiceIds.length) {
    const found = new Set(invoices.map((invoice) => invoice.id));
    throw new AppError("NOT_FOUND", {
      message: "Algunas facturas del lote no existen.",
      details: { missing: invoiceIds.filter((id) => !found.has(id)) },
    });
  }
  const batch = await db.$transaction(async (tx) => {
    const created = await tx.pipelineBatch.create({ data: { createdById: actor.id, invoiceCount: invoices.length, urgent } });
    await tx.invoice.updateMany({ where: { id: { in: invoiceIds } }, data: { batchId: created.id, ...(urgent ? { urgent: true } : {}) } });
    await recordAuditEvent({ tx, actor, action: "batch.created", entityType: "PipelineBatch", entityId: created.id, after: { invoiceIds, urgent } });
    return created;
  });
  const queued = await announceInvoices({
    invoices: invoices.map((invoice) => ({ ...invoice, urgent: urgent || invoice.urgent })),
    send,
  });
  return { ...(await getBatchProgress({ batchId: batch.id })), queued };
};
