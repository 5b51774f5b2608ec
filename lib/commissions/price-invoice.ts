import { createHash } from "node:crypto";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { isUniqueViolation } from "@/lib/database/is-unique-violation";
import { db, type DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isoToCalendarDate } from "@/lib/format/calendar-date";
import { toBogotaIsoDate } from "@/lib/format/bogota-day";
import { calculateCommission } from "./calculate-commission";
import { getRuleSetInForce } from "./get-rule-set-in-force";
import { loadCommissionInput } from "./load-commission-input";
import type { TCommissionInput, TCommissionResult } from "./schemas";
import { toPricingRuleSet } from "./to-pricing-rule-set";

export type PriceInvoiceOptions = {
  invoiceId: string;
  /** Null when the pipeline prices the invoice on its own. */
  actor: { id: string; email: string } | null;
  /** Registration date in Bogotá (YYYY-MM-DD); today by default. */
  registeredOn?: string;
};

const hashInputs = (input: TCommissionInput) => createHash("sha256").update(JSON.stringify(input)).digest("hex");

const lineRows = (result: TCommissionResult) =>
  result.lines.map((line) => ({
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
  }));

const amountsOf = (result: TCommissionResult) => ({
  ruleSetVersion: result.ruleSetVersion,
  eligibleAmount: result.eligibleAmount,
  feeAmount: result.fee.amount,
  commissionAmount: result.commission.amount,
  withholdingAvoided: result.withholdingAvoided,
});

const markCommissioned = async (tx: DbTransaction, invoiceId: string, actor: PriceInvoiceOptions["actor"]) => {
  const { count } = await tx.invoice.updateMany({
    where: { id: invoiceId, status: "APPROVED" },
    data: { status: "COMMISSIONED" },
  });
  if (count === 0) return;
  await recordAuditEvent({
    tx,
    actor,
    action: "invoice.status-changed",
    entityType: "Invoice",
    entityId: invoiceId,
    before: { status: "APPROVED" },
    after: { status: "COMMISSIONED" },
  });
};

/**
 * Prices an approved invoice once: the rule-set version in force on its registration date, the exact calculation,
 * and the commission with its per-line projection, audit entries and the invoice's new status, all in one
 * transaction. Idempotent per invoice: a second call (or a concurrent one) returns the commission already stored.
 */
export const priceInvoice = async ({ invoiceId, actor, registeredOn = toBogotaIsoDate() }: PriceInvoiceOptions) => {
  const existing = await db.commission.findUnique({ where: { invoiceId } });
  if (existing) return existing;

  const { input, invoice } = await loadCommissionInput({ invoiceId, registeredOn });
  const ruleSetRow = await getRuleSetInForce(isoToCalendarDate(registeredOn));
  if (!ruleSetRow) {
    throw new AppError("NO_RULE_SET_IN_FORCE", {
      message: "No hay una versión de reglas de comisión publicada y vigente en la fecha de registro.",
    });
  }
  const result = calculateCommission({ input, ruleSet: toPricingRuleSet(ruleSetRow) });

  try {
    return await db.$transaction(async (tx) => {
      const commission = await tx.commission.create({
        data: {
          invoiceId,
          ruleSetId: ruleSetRow.id,
          registeredOn: isoToCalendarDate(registeredOn),
          invoiceTotal: result.invoiceTotal,
          eligibleAmount: result.eligibleAmount,
          excludedAmount: result.excludedAmount,
          feeAmount: result.fee.amount,
          commissionAmount: result.commission.amount,
          withholdingAvoided: result.withholdingAvoided,
          inputs: input,
          inputsHash: hashInputs(input),
          breakdown: result,
          supplierId: invoice.supplierId,
          customerId: invoice.customerId,
          operatorId: invoice.uploadedById,
          lines: { createMany: { data: lineRows(result) } },
        },
      });
      await recordAuditEvent({
        tx,
        actor,
        action: "commission.calculated",
        entityType: "Commission",
        entityId: commission.id,
        after: { invoiceId, registeredOn, inputsHash: commission.inputsHash, ...amountsOf(result) },
      });
      await markCommissioned(tx, invoiceId, actor);
      return commission;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return db.commission.findUniqueOrThrow({ where: { invoiceId } });
  }
};
