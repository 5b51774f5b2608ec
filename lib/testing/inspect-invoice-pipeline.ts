import { z } from "zod";
import { db } from "@/lib/db";
import { ZInvoiceStatus } from "@/lib/invoices/schemas";

const ZStatusChange = z.object({
  before: z.object({ status: ZInvoiceStatus }),
  after: z.object({ status: ZInvoiceStatus, reasons: z.array(z.string()).optional(), engines: z.array(z.string()).optional() }),
});
const ZNotice = z.object({ notice: z.string(), round: z.number() });

export type InspectInvoicePipelineOptions = { invoiceId: string };

/**
 * What the pipeline left on one invoice, for the pipeline's integration tests: the invoice's state, whether it was
 * priced and certified, its audited status changes (with review reasons and extraction engines) and the notices sent.
 */
export const inspectInvoicePipeline = async ({ invoiceId }: InspectInvoicePipelineOptions) => {
  const invoice = await db.invoice.findUniqueOrThrow({
    where: { id: invoiceId },
    select: {
      status: true,
      sourceType: true,
      number: true,
      total: true,
      sha256: true,
      storageKey: true,
      failureCode: true,
      failureReason: true,
      statusBeforeFailure: true,
      retryCount: true,
      lines: { select: { productId: true } },
      commission: { select: { id: true } },
      _count: { select: { certificates: true } },
    },
  });
  const audit = await db.auditEvent.findMany({
    where: { entityType: "Invoice", entityId: invoiceId, action: { in: ["invoice.status-changed", "invoice.notified"] } },
    orderBy: { id: "asc" },
    select: { action: true, actorId: true, before: true, after: true },
  });
  const { lines, commission, _count, total, ...state } = invoice;
  return {
    ...state,
    total: total?.toFixed(2) ?? null,
    lineCount: lines.length,
    unmatchedLineCount: lines.filter((line) => line.productId === null).length,
    priced: commission !== null,
    certificateCount: _count.certificates,
    statusChanges: audit
      .filter((event) => event.action === "invoice.status-changed")
      .map((event) => {
        const { before, after } = ZStatusChange.parse(event);
        return { from: before.status, to: after.status, actorId: event.actorId, reasons: after.reasons, engines: after.engines };
      }),
    notices: audit.filter((event) => event.action === "invoice.notified").map((event) => ZNotice.parse(event.after)),
  };
};
