import { createHash } from "node:crypto";
import { isoToCalendarDate } from "@/lib/format/calendar-date";
import type { CommissionSubject } from "./load-commission-input";
import type { TCommissionInput, TCommissionResult } from "./schemas";

export type BuildCommissionRecordOptions = CommissionSubject & { result: TCommissionResult };

export const hashCommissionInputs = (input: TCommissionInput): string =>
  createHash("sha256").update(JSON.stringify(input)).digest("hex");

/** The Commission columns and CommissionLine rows of one calculation, as priceInvoice and repriceInvoice write them. */
export const buildCommissionRecord = ({ input, invoice, result }: BuildCommissionRecordOptions) => ({
  commission: {
    ruleSetId: result.ruleSetId,
    registeredOn: isoToCalendarDate(result.registeredOn),
    invoiceTotal: result.invoiceTotal,
    eligibleAmount: result.eligibleAmount,
    excludedAmount: result.excludedAmount,
    feeAmount: result.fee.amount,
    commissionAmount: result.commission.amount,
    withholdingAvoided: result.withholdingAvoided,
    inputs: input,
    inputsHash: hashCommissionInputs(input),
    breakdown: result,
    supplierId: invoice.supplierId,
    customerId: invoice.customerId,
    operatorId: invoice.uploadedById,
  },
  lines: result.lines.map((line) => ({
    lineNumber: line.lineNumber,
    productCode: line.productCode,
    classificationCode: line.classificationCode,
    category: line.category,
    eligibility: line.eligibility,
    excludedReason: line.excludedReason,
    lineAmount: line.lineAmount,
    feeAmount: line.fee?.allocated ?? "0.00",
    commissionAmount: line.commission?.allocated ?? "0.00",
    withholdingAvoided: line.withholdingAvoided,
  })),
  /** What the audit trail keeps of a calculation. */
  summary: {
    ruleSetVersion: result.ruleSetVersion,
    registeredOn: result.registeredOn,
    inputsHash: hashCommissionInputs(input),
    eligibleAmount: result.eligibleAmount,
    feeAmount: result.fee.amount,
    commissionAmount: result.commission.amount,
    withholdingAvoided: result.withholdingAvoided,
  },
});
