import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { DbTransaction } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TInvoiceStatus } from "@/lib/invoices/schemas";

export type InvoiceStatusActor = { id: string; email: string } | null;

export type ChangeInvoiceStatusOptions = {
  tx: DbTransaction;
  invoiceId: string;
  from: TInvoiceStatus;
  to: TInvoiceStatus;
  actor: InvoiceStatusActor;
  /** Other columns written with the status. */
  data?: Prisma.InvoiceUpdateManyMutationInput;
  /** Recorded in the audit entry beside the new status (reasons, decision…). */
  details?: Record<string, Prisma.InputJsonValue | null>;
};

/**
 * Moves an invoice from one status to the next and audits it, only if it is still in `from`: the compare-and-set
 * that makes every pipeline step safe to run twice (the second run changes nothing and records nothing).
 */
export const changeInvoiceStatus = async ({ tx, invoiceId, from, to, actor, data, details }: ChangeInvoiceStatusOptions) => {
  const { count } = await tx.invoice.updateMany({ where: { id: invoiceId, status: from }, data: { ...data, status: to } });
  if (count === 0) return false;
  await recordAuditEvent({
    tx,
    actor,
    action: "invoice.status-changed",
    entityType: "Invoice",
    entityId: invoiceId,
    before: { status: from },
    after: { status: to, ...details },
  });
  return true;
};
