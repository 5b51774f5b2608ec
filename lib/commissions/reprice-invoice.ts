import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { recordCommissionSummary } from "@/lib/reports/record-commission-summary";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { calendarDateToIso } from "@/lib/format/calendar-date";
import { computeInvoiceCommission } from "./compute-invoice-commission";
import type { CommissionActor } from "./price-invoice";

export type RepriceInvoiceOptions = {
  invoiceId: string;
  actor: CommissionActor;
  /** Why the invoice changed after it was priced (kept in the audit trail). */
  reason: string;
};

/**
 * Prices an already priced invoice again after a correction to its data: same registration date, hence the same
 * rule-set version; the commission row is updated in place (still one per invoice) with the before and after
 * amounts audited. Returns `changed: false`, writing nothing, when the inputs are what was priced.
 */
export const repriceInvoice = async ({ invoiceId, actor, reason }: RepriceInvoiceOptions) => {
  const current = await db.commission.findUnique({ where: { invoiceId } });
  if (!current) throw new AppError("NOT_FOUND", { message: "La factura no tiene una liquidación registrada." });
  const record = await computeInvoiceCommission({ invoiceId, registeredOn: calendarDateToIso(current.registeredOn) });
  if (record.commission.inputsHash === current.inputsHash) return { commission: current, changed: false };

  const commission = await db.$transaction(async (tx) => {
    // The row lock makes a concurrent reprice wait, then find the hash it started from gone.
    const [locked] = await tx.$queryRaw<{ inputsHash: string }[]>`
      SELECT "inputsHash" FROM "Commission" WHERE id = ${current.id}::uuid FOR UPDATE`;
    if (locked?.inputsHash !== current.inputsHash) {
      throw new AppError("CONFLICT", { message: "La liquidación cambió mientras se recalculaba; intente de nuevo." });
    }
    // The report summaries lose the old figures here and gain the new ones below, in this transaction.
    await recordCommissionSummary({ tx, commissionId: current.id, sign: -1 });
    await tx.commissionLine.deleteMany({ where: { commissionId: current.id } });
    const updated = await tx.commission.update({
      where: { id: current.id },
      data: { ...record.commission, lines: { createMany: { data: record.lines } } },
    });
    await recordAuditEvent({
      tx,
      actor,
      action: "commission.recalculated",
      entityType: "Commission",
      entityId: updated.id,
      before: {
        inputsHash: current.inputsHash,
        eligibleAmount: current.eligibleAmount.toFixed(2),
        feeAmount: current.feeAmount.toFixed(2),
        commissionAmount: current.commissionAmount.toFixed(2),
        withholdingAvoided: current.withholdingAvoided.toFixed(2),
      },
      after: { invoiceId, reason, ...record.summary },
    });
    await recordCommissionSummary({ tx, commissionId: updated.id });
    return updated;
  });
  return { commission, changed: true };
};
