import type { CommissionRule, CommissionRuleSet } from "@/lib/generated/prisma/client";
import { ZPricingRuleSet, type TPricingRuleSet } from "./schemas";

const decimalOrNull = (value: { toFixed: (digits: number) => string } | null) => value?.toFixed(2) ?? null;

/** A stored rule-set version in the shape the pure calculation reads. */
export const toPricingRuleSet = (row: CommissionRuleSet & { rules: CommissionRule[] }): TPricingRuleSet =>
  ZPricingRuleSet.parse({
    id: row.id,
    version: row.version,
    feeRateBps: row.feeRateBps,
    feeMin: row.feeMin.toFixed(2),
    feeMax: decimalOrNull(row.feeMax),
    commissionRateBps: row.commissionRateBps,
    commissionMin: row.commissionMin.toFixed(2),
    commissionMax: decimalOrNull(row.commissionMax),
    maxInvoiceAgeDays: row.maxInvoiceAgeDays,
    rules: row.rules
      // Stored order is insertion order; sorting keeps the first-match choice independent of how rows come back.
      .toSorted((a, b) => a.id.localeCompare(b.id))
      .map((rule) => ({
        kind: rule.kind,
        classificationCode: rule.classificationCode,
        category: rule.category,
        minAmount: decimalOrNull(rule.minAmount),
        maxAmount: decimalOrNull(rule.maxAmount),
        feeRateBps: rule.feeRateBps,
        commissionRateBps: rule.commissionRateBps,
      })),
  });
