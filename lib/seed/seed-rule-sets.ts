import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { isoToCalendarDate } from "@/lib/format/calendar-date";

/**
 * Version 1 of the commission rules, with the public reference figures: BMC fee 0.30 % of the eligible amount
 * and a broker commission of 0.15 %, each with a minimum and a maximum per invoice. Admins publish new versions.
 */
export const seedRuleSetV1 = async (): Promise<boolean> => {
  if (await db.commissionRuleSet.findUnique({ where: { version: 1 }, select: { id: true } })) return false;
  await db.$transaction(async (tx) => {
    const ruleSet = await tx.commissionRuleSet.create({
      data: {
        version: 1,
        status: "DRAFT",
        description: "Tarifas de referencia iniciales",
        feeRateBps: 30,
        feeMin: "10000.00",
        feeMax: null,
        commissionRateBps: 15,
        commissionMin: "15000.00",
        commissionMax: "5000000.00",
        maxInvoiceAgeDays: 180,
        rules: {
          create: [
            { kind: "AMOUNT_BRACKET", minAmount: "500000000.00", maxAmount: null, commissionRateBps: 10 },
            { kind: "CLASSIFICATION_RATE", classificationCode: "0102.29", commissionRateBps: 12 },
          ],
        },
      },
    });
    // Rules can only be written while the set is a draft (a database trigger keeps published sets immutable).
    await tx.commissionRuleSet.update({
      where: { id: ruleSet.id },
      data: { status: "PUBLISHED", effectiveFrom: isoToCalendarDate("2026-01-01"), publishedAt: new Date() },
    });
    await recordAuditEvent({
      tx,
      actor: null,
      action: "commission-rule-set.published",
      entityType: "CommissionRuleSet",
      entityId: ruleSet.id,
      after: { version: 1, source: "seed" },
    });
  });
  return true;
};
