import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { calendarDateToIso } from "@/lib/format/calendar-date";
import { ZCommissionDetail, type TCommissionDetail } from "./schemas";

export type GetCommissionOptions = { invoiceId: string };

/** An invoice's commission with its whole breakdown; NOT_FOUND when the invoice has not been priced. */
export const getCommission = async ({ invoiceId }: GetCommissionOptions): Promise<TCommissionDetail> => {
  const commission = await db.commission.findUnique({
    where: { invoiceId },
    include: {
      ruleSet: { select: { version: true } },
      invoice: { select: { number: true } },
      supplier: { select: { name: true, nit: true, dv: true } },
      customer: { select: { name: true, nit: true, dv: true } },
    },
  });
  if (!commission) throw new AppError("NOT_FOUND", { message: "La factura no tiene una liquidación registrada." });
  return ZCommissionDetail.parse({
    id: commission.id,
    invoiceId: commission.invoiceId,
    invoiceNumber: commission.invoice.number,
    supplier: commission.supplier,
    customer: commission.customer,
    ruleSetVersion: commission.ruleSet.version,
    registeredOn: calendarDateToIso(commission.registeredOn),
    invoiceTotal: commission.invoiceTotal.toFixed(2),
    eligibleAmount: commission.eligibleAmount.toFixed(2),
    excludedAmount: commission.excludedAmount.toFixed(2),
    feeAmount: commission.feeAmount.toFixed(2),
    commissionAmount: commission.commissionAmount.toFixed(2),
    withholdingAvoided: commission.withholdingAvoided.toFixed(2),
    inputsHash: commission.inputsHash,
    breakdown: commission.breakdown,
    createdAt: commission.createdAt.toISOString(),
  });
};
