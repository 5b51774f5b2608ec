import Decimal from "decimal.js";
import { calculateCommission } from "@/lib/commissions/calculate-commission";
import { ZCommissionInput, type TPricingRuleSet } from "@/lib/commissions/schemas";
import { AppError } from "@/lib/errors";
import type { TRuleSetPreview, TRuleSetPreviewChange } from "./schemas";

/** One priced invoice as the preview reads it: what was charged, and the inputs it was charged on. */
export type PreviewSourceRow = {
  invoiceId: string;
  invoiceNumber: string | null;
  registeredOn: string;
  feeAmount: string;
  commissionAmount: string;
  inputs: unknown;
};

export type SummarizeRuleSetPreviewOptions = { rows: readonly PreviewSourceRow[]; ruleSet: TPricingRuleSet };

const LARGEST_CHANGES = 10;
const ZERO = new Decimal(0);
const money = (value: Decimal) => value.toFixed(2);

const totalChange = (before: Decimal, after: Decimal) => {
  const difference = after.minus(before);
  return {
    before: money(before),
    after: money(after),
    difference: money(difference),
    percent: before.isZero() ? null : difference.div(before).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
  };
};

/**
 * Reprices each invoice with the rule set under review, from its stored inputs (registration date included, so an
 * invoice is exactly as old as when it was registered), and compares with what it was charged. An invoice the
 * version would refuse (too old for a shorter limit…) counts as $ 0 after and is counted by the error's code.
 * Pure and in memory; the caller loads the rows.
 */
export const summarizeRuleSetPreview = ({ rows, ruleSet }: SummarizeRuleSetPreviewOptions): Omit<TRuleSetPreview, "elapsedMs"> => {
  let feeBefore = ZERO;
  let feeAfter = ZERO;
  let commissionBefore = ZERO;
  let commissionAfter = ZERO;
  let increased = 0;
  let decreased = 0;
  let unchanged = 0;
  const failuresByCode: Record<string, number> = {};
  const changes: (TRuleSetPreviewChange & { magnitude: Decimal })[] = [];

  for (const row of rows) {
    const fee = new Decimal(row.feeAmount);
    const commission = new Decimal(row.commissionAmount);
    feeBefore = feeBefore.plus(fee);
    commissionBefore = commissionBefore.plus(commission);
    const before = { fee: money(fee), commission: money(commission) };
    const chargedBefore = fee.plus(commission);

    let after: { fee: Decimal; commission: Decimal } | null = null;
    let failureCode: string | null = null;
    const input = ZCommissionInput.safeParse(row.inputs);
    if (!input.success) failureCode = "INPUTS_UNREADABLE";
    else {
      try {
        const result = calculateCommission({ input: input.data, ruleSet });
        after = { fee: new Decimal(result.fee.amount), commission: new Decimal(result.commission.amount) };
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        failureCode = error.code;
      }
    }

    const chargedAfter = after ? after.fee.plus(after.commission) : ZERO;
    if (after) {
      feeAfter = feeAfter.plus(after.fee);
      commissionAfter = commissionAfter.plus(after.commission);
      const comparison = chargedAfter.comparedTo(chargedBefore);
      if (comparison > 0) increased += 1;
      else if (comparison < 0) decreased += 1;
      else unchanged += 1;
    } else if (failureCode) {
      failuresByCode[failureCode] = (failuresByCode[failureCode] ?? 0) + 1;
    }
    const difference = chargedAfter.minus(chargedBefore);
    if (!difference.isZero() || failureCode) {
      changes.push({
        invoiceId: row.invoiceId,
        invoiceNumber: row.invoiceNumber,
        registeredOn: row.registeredOn,
        before,
        after: after ? { fee: money(after.fee), commission: money(after.commission) } : null,
        difference: money(difference),
        failureCode,
        magnitude: difference.abs(),
      });
    }
  }

  const largestChanges = changes
    .sort((a, b) => b.magnitude.comparedTo(a.magnitude) || a.invoiceId.localeCompare(b.invoiceId))
    .slice(0, LARGEST_CHANGES)
    .map(({ magnitude: _magnitude, ...change }) => change);
  const dates = rows.map((row) => row.registeredOn).sort();
  return {
    ruleSetId: ruleSet.id,
    ruleSetVersion: ruleSet.version,
    invoiceCount: rows.length,
    registeredFrom: dates[0] ?? null,
    registeredTo: dates.at(-1) ?? null,
    fee: totalChange(feeBefore, feeAfter),
    commission: totalChange(commissionBefore, commissionAfter),
    total: totalChange(feeBefore.plus(commissionBefore), feeAfter.plus(commissionAfter)),
    increased,
    decreased,
    unchanged,
    failed: Object.values(failuresByCode).reduce((sum, count) => sum + count, 0),
    failuresByCode,
    largestChanges,
  };
};
