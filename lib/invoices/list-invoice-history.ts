import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { describeInvoiceEvent, readFieldCorrection } from "./describe-invoice-event";
import { ZInvoiceHistory, type TInvoiceHistory } from "./invoice-history-schemas";

export type ListInvoiceHistoryOptions = { invoiceId: string };

/**
 * Every audited change to an invoice, newest first: its own entries (upload, extraction, statuses, corrections,
 * review, notices) and those of its commission and certificates, which are audited under their own ids.
 */
export const listInvoiceHistory = async ({ invoiceId }: ListInvoiceHistoryOptions): Promise<TInvoiceHistory> => {
  const notFound = new AppError("NOT_FOUND", { message: "Factura no encontrada." });
  if (!z.uuid().safeParse(invoiceId).success) throw notFound;
  const invoice = await db.invoice.findUnique({
    where: { id: invoiceId },
    select: { commission: { select: { id: true } }, certificates: { select: { id: true } } },
  });
  if (!invoice) throw notFound;
  const events = await db.auditEvent.findMany({
    where: {
      OR: [
        { entityType: "Invoice", entityId: invoiceId },
        ...(invoice.commission ? [{ entityType: "Commission", entityId: invoice.commission.id }] : []),
        ...(invoice.certificates.length > 0
          ? [{ entityType: "Certificate", entityId: { in: invoice.certificates.map((certificate) => certificate.id) } }]
          : []),
      ],
    },
    // Write order, not createdAt: status changes are stamped by PostgreSQL's now() (the transaction's start) and
    // other entries by the Prisma client, so within one transaction the timestamps can disagree with the order.
    orderBy: { id: "desc" },
    select: { id: true, createdAt: true, actorEmail: true, action: true, before: true, after: true, actor: { select: { name: true } } },
  });
  return ZInvoiceHistory.parse({
    invoiceId,
    entries: events.map((event) => ({
      id: event.id.toString(),
      createdAt: event.createdAt.toISOString(),
      actorName: event.actor?.name ?? null,
      actorEmail: event.actorEmail,
      action: event.action,
      summary: describeInvoiceEvent(event),
      correction: readFieldCorrection(event),
    })),
  });
};
