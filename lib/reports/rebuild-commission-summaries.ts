import { db } from "@/lib/db";

/**
 * Recomputes the daily summaries from every commission (a backfill, or a check that the incremental upkeep in
 * recordCommissionSummary agrees with the rows). Commission writes wait meanwhile (SHARE lock), so the rebuilt
 * totals match the table exactly when the transaction commits.
 */
export const rebuildCommissionSummaries = async (): Promise<void> => {
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`LOCK TABLE "Commission", "CommissionLine" IN SHARE MODE`;
      await tx.$executeRaw`TRUNCATE "CommissionDailyTotal", "CommissionDailyClassification", "CommissionPartySummary"`;
      await tx.$executeRaw`
        INSERT INTO "CommissionDailyTotal" ("registeredOn", invoices, "invoiceTotal", "eligibleAmount", "feeAmount",
          "commissionAmount", "withholdingAvoided")
        SELECT "registeredOn", count(*), sum("invoiceTotal"), sum("eligibleAmount"), sum("feeAmount"),
          sum("commissionAmount"), sum("withholdingAvoided")
        FROM "Commission" GROUP BY 1`;
      await tx.$executeRaw`
        INSERT INTO "CommissionDailyClassification" ("registeredOn", "classificationCode", invoices, "lineAmount",
          "eligibleAmount", "feeAmount", "commissionAmount", "withholdingAvoided")
        SELECT c."registeredOn", coalesce(l."classificationCode", ''), count(DISTINCT c.id), sum(l."lineAmount"),
          coalesce(sum(l."lineAmount") FILTER (WHERE l."excludedReason" IS NULL), 0),
          sum(l."feeAmount"), sum(l."commissionAmount"), sum(l."withholdingAvoided")
        FROM "CommissionLine" l JOIN "Commission" c ON c.id = l."commissionId"
        GROUP BY 1, 2`;
      await tx.$executeRaw`
        INSERT INTO "CommissionPartySummary" (dimension, span, "periodStart", "partyId", invoices, "invoiceTotalCents",
          "eligibleAmountCents", "feeAmountCents", "commissionAmountCents", "withholdingAvoidedCents")
        SELECT d.dimension, s.span, date_trunc(s.span, c."registeredOn"::timestamp)::date,
          coalesce(d.party, '00000000-0000-0000-0000-000000000000'::uuid), count(*), sum(c."invoiceTotal" * 100)::bigint,
          sum(c."eligibleAmount" * 100)::bigint, sum(c."feeAmount" * 100)::bigint, sum(c."commissionAmount" * 100)::bigint,
          sum(c."withholdingAvoided" * 100)::bigint
        FROM "Commission" c
        CROSS JOIN LATERAL (VALUES ('customer', c."customerId"), ('operator', c."operatorId"), ('supplier', c."supplierId")) d (dimension, party)
        CROSS JOIN (VALUES ('month'), ('quarter'), ('year')) s (span)
        GROUP BY 1, 2, 3, 4`;
    },
    { timeout: 600_000, maxWait: 30_000 },
  );
};
