import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { recordCommissionSummary } from "@/lib/reports/record-commission-summary";
import { isUniqueViolation } from "@/lib/database/is-unique-violation";
import { db, type DbTransaction } from "@/lib/db";
import { changeInvoiceStatus } from "@/lib/invoices/change-invoice-status";
import { toBogotaIsoDate } from "@/lib/format/bogota-day";
import { computeInvoiceCommission } from "./compute-invoice-commission";

export type CommissionActor = { id: string; email: string } | null;

export type PriceInvoiceOptions = {
  invoiceId: string;
  /** Null when the pipeline prices the invoice on its own. */
  actor: CommissionActor;
  /** Registration date in Bogotá (YYYY-MM-DD); today by default. */
  registeredOn?: string;
};

const markCommissioned = (tx: DbTransaction, invoiceId: string, actor: CommissionActor) =>
  changeInvoiceStatus({ tx, invoiceId, from: "APPROVED", to: "COMMISSIONED", actor });

/**
 * Prices an approved invoice once: the rule-set version in force on its registration date, the exact calculation,
 * and the commission with its per-line projection, audit entries and the invoice's new status, all in one
 * transaction. Idempotent per invoice: a second call (or a concurrent one) returns the commission already stored.
 */
export const priceInvoice = async ({ invoiceId, actor, registeredOn = toBogotaIsoDate() }: PriceInvoiceOptions) => {
  const existing = await db.commission.findUnique({ where: { invoiceId } });
  if (existing) return existing;

  const record = await computeInvoiceCommission({ invoiceId, registeredOn });
  try {
    return await db.$transaction(async (tx) => {
      const commission = await tx.commission.create({
        data: { invoiceId, ...record.commission, lines: { createMany: { data: record.lines } } },
      });
      await recordAuditEvent({
        tx,
        actor,
        action: "commission.calculated",
        entityType: "Commission",
        entityId: commission.id,
        after: { invoiceId, ...record.summary },
      });
      await markCommissioned(tx, invoiceId, actor);
      // Last: it locks the day's report summary rows until commit.
      await recordCommissionSummary({ tx, commissionId: commission.id });
      return commission;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return db.commission.findUniqueOrThrow({ where: { invoiceId } });
  }
};
