import type { Prisma } from "@/lib/generated/prisma/client";
import { ZRuleSetDetail, type TRuleSetDetail, type TRuleSetSummary } from "./schemas";

export const RULE_SET_DETAIL_INCLUDE = {
  rules: { orderBy: [{ kind: "asc" }, { minAmount: "asc" }, { classificationCode: "asc" }, { category: "asc" }] },
  createdBy: { select: { name: true, email: true } },
  publishedBy: { select: { name: true, email: true } },
} satisfies Prisma.CommissionRuleSetInclude;

export type RuleSetDetailRow = Prisma.CommissionRuleSetGetPayload<{ include: typeof RULE_SET_DETAIL_INCLUDE }>;

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const amount = (value: { toFixed(digits: number): string } | null) => (value === null ? null : value.toFixed(2));

export type RuleSetSummaryRow = Omit<RuleSetDetailRow, "rules">;

export type ToRuleSetSummaryOptions = { row: RuleSetSummaryRow; ruleCount: number; inForceId: string | null };

export const toRuleSetSummary = ({ row, ruleCount, inForceId }: ToRuleSetSummaryOptions): TRuleSetSummary => ({
  id: row.id,
  version: row.version,
  status: row.status,
  description: row.description,
  effectiveFrom: isoDay(row.effectiveFrom),
  inForce: row.id === inForceId,
  basedOnVersion: row.basedOnVersion,
  ruleCount,
  createdAt: row.createdAt.toISOString(),
  createdBy: row.createdBy,
  updatedAt: row.updatedAt.toISOString(),
  publishedAt: row.publishedAt?.toISOString() ?? null,
  publishedBy: row.publishedBy,
});

export type ToRuleSetDetailOptions = { row: RuleSetDetailRow; inForceId: string | null };

/** A rule set row as the API and the screens read it: amounts as decimal strings, dates as ISO strings. */
export const toRuleSetDetail = ({ row, inForceId }: ToRuleSetDetailOptions): TRuleSetDetail =>
  ZRuleSetDetail.parse({
    ...toRuleSetSummary({ row, ruleCount: row.rules.length, inForceId }),
    feeRateBps: row.feeRateBps,
    feeMin: row.feeMin.toFixed(2),
    feeMax: amount(row.feeMax),
    commissionRateBps: row.commissionRateBps,
    commissionMin: row.commissionMin.toFixed(2),
    commissionMax: amount(row.commissionMax),
    maxInvoiceAgeDays: row.maxInvoiceAgeDays,
    rules: row.rules.map((rule) => ({
      kind: rule.kind,
      classificationCode: rule.classificationCode,
      category: rule.category,
      minAmount: amount(rule.minAmount),
      maxAmount: amount(rule.maxAmount),
      feeRateBps: rule.feeRateBps,
      commissionRateBps: rule.commissionRateBps,
    })),
  });
