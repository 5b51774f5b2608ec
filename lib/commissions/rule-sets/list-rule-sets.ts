import { db } from "@/lib/db";
import { findRuleSetInForceId } from "./find-rule-set-in-force-id";
import type { TRuleSetSummary } from "./schemas";
import { toRuleSetSummary } from "./to-rule-set-detail";

/** Every version, newest first: a handful of rows a year, so no paging. */
export const listRuleSets = async (): Promise<TRuleSetSummary[]> => {
  const [rows, inForceId] = await Promise.all([
    db.commissionRuleSet.findMany({
      orderBy: { version: "desc" },
      include: {
        createdBy: { select: { name: true, email: true } },
        publishedBy: { select: { name: true, email: true } },
        _count: { select: { rules: true } },
      },
    }),
    findRuleSetInForceId(),
  ]);
  return rows.map(({ _count, ...row }) => toRuleSetSummary({ row, ruleCount: _count.rules, inForceId }));
};
