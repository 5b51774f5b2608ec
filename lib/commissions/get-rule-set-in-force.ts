import { db } from "@/lib/db";

/** The published rule set in force on a date: the latest version whose effectiveFrom is not after it. */
export const getRuleSetInForce = (onDate: Date = new Date()) =>
  db.commissionRuleSet.findFirst({
    where: { status: "PUBLISHED", effectiveFrom: { lte: onDate } },
    orderBy: [{ effectiveFrom: "desc" }, { version: "desc" }],
    include: { rules: true },
  });
