import type { DbTransaction } from "@/lib/db";
import { db } from "@/lib/db";
import { toBogotaIsoDate } from "@/lib/format/bogota-day";

export type FindRuleSetInForceIdOptions = { now?: Date; tx?: DbTransaction };

/**
 * The id of the published version in force today in Bogotá. Compared as a calendar date: between 19:00 and
 * midnight in Bogotá the UTC date is already tomorrow, and a version effective tomorrow is not yet in force.
 */
export const findRuleSetInForceId = async ({ now = new Date(), tx = db }: FindRuleSetInForceIdOptions = {}) => {
  const row = await tx.commissionRuleSet.findFirst({
    where: { status: "PUBLISHED", effectiveFrom: { lte: new Date(`${toBogotaIsoDate(now)}T00:00:00Z`) } },
    orderBy: [{ effectiveFrom: "desc" }, { version: "desc" }],
    select: { id: true },
  });
  return row?.id ?? null;
};
