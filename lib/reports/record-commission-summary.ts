import type { DbTransaction } from "@/lib/db";

export type RecordCommissionSummaryOptions = {
  /** The pricing transaction: the summaries commit or roll back with the commission they count. */
  tx: DbTransaction;
  /** A commission already written, with its lines, in this transaction. */
  commissionId: string;
  /**
   * 1 (default) adds the commission as it now stands; -1 takes it out, for a commission about to be changed in place
   * (repricing: call with -1 before its lines are replaced, then with 1 after).
   */
  sign?: 1 | -1;
};

/**
 * Adds one commission to the summaries the reports read (CommissionDailyTotal, CommissionDailyClassification,
 * CommissionPartySummary: its supplier, customer and operator in its month, quarter and year).
 * Call it once per new commission, as the last statement of the pricing transaction: the upserts lock the day's
 * summary rows until commit, so placing it last keeps that lock short. Rows are upserted in key order so concurrent
 * pricings of the same day queue instead of deadlocking.
 */
export const recordCommissionSummary = async ({ tx, commissionId, sign = 1 }: RecordCommissionSummaryOptions): Promise<void> => {
  await tx.$executeRaw`
    INSERT INTO "CommissionDailyTotal" AS t ("registeredOn", invoices, "invoiceTotal", "eligibleAmount", "feeAmount",
      "commissionAmount", "withholdingAvoided")
    SELECT "registeredOn", ${sign}::int, ${sign} * "invoiceTotal", ${sign} * "eligibleAmount", ${sign} * "feeAmount",
      ${sign} * "commissionAmount", ${sign} * "withholdingAvoided"
    FROM "Commission" WHERE id = ${commissionId}::uuid
    ON CONFLICT ("registeredOn") DO UPDATE SET
      invoices = t.invoices + EXCLUDED.invoices,
      "invoiceTotal" = t."invoiceTotal" + EXCLUDED."invoiceTotal",
      "eligibleAmount" = t."eligibleAmount" + EXCLUDED."eligibleAmount",
      "feeAmount" = t."feeAmount" + EXCLUDED."feeAmount",
      "commissionAmount" = t."commissionAmount" + EXCLUDED."commissionAmount",
      "withholdingAvoided" = t."withholdingAvoided" + EXCLUDED."withholdingAvoided"`;
  await tx.$executeRaw`
    INSERT INTO "CommissionDailyClassification" AS t ("registeredOn", "classificationCode", invoices, "lineAmount",
      "eligibleAmount", "feeAmount", "commissionAmount", "withholdingAvoided")
    SELECT c."registeredOn", coalesce(l."classificationCode", ''), ${sign}::int, ${sign} * sum(l."lineAmount"),
      ${sign} * coalesce(sum(l."lineAmount") FILTER (WHERE l."excludedReason" IS NULL), 0),
      ${sign} * sum(l."feeAmount"), ${sign} * sum(l."commissionAmount"), ${sign} * sum(l."withholdingAvoided")
    FROM "CommissionLine" l JOIN "Commission" c ON c.id = l."commissionId"
    WHERE c.id = ${commissionId}::uuid
    GROUP BY 1, 2
    ORDER BY 2
    ON CONFLICT ("registeredOn", "classificationCode") DO UPDATE SET
      invoices = t.invoices + EXCLUDED.invoices,
      "lineAmount" = t."lineAmount" + EXCLUDED."lineAmount",
      "eligibleAmount" = t."eligibleAmount" + EXCLUDED."eligibleAmount",
      "feeAmount" = t."feeAmount" + EXCLUDED."feeAmount",
      "commissionAmount" = t."commissionAmount" + EXCLUDED."commissionAmount",
      "withholdingAvoided" = t."withholdingAvoided" + EXCLUDED."withholdingAvoided"`;
  await tx.$executeRaw`
    INSERT INTO "CommissionPartySummary" AS t (dimension, span, "periodStart", "partyId", invoices, "invoiceTotalCents",
      "eligibleAmountCents", "feeAmountCents", "commissionAmountCents", "withholdingAvoidedCents")
    SELECT d.dimension, s.span, date_trunc(s.span, c."registeredOn"::timestamp)::date,
      coalesce(d.party, '00000000-0000-0000-0000-000000000000'::uuid), ${sign}::int, (${sign} * c."invoiceTotal" * 100)::bigint,
      (${sign} * c."eligibleAmount" * 100)::bigint, (${sign} * c."feeAmount" * 100)::bigint,
      (${sign} * c."commissionAmount" * 100)::bigint, (${sign} * c."withholdingAvoided" * 100)::bigint
    FROM "Commission" c
    CROSS JOIN LATERAL (VALUES ('customer', c."customerId"), ('operator', c."operatorId"), ('supplier', c."supplierId")) d (dimension, party)
    CROSS JOIN (VALUES ('month'), ('quarter'), ('year')) s (span)
    WHERE c.id = ${commissionId}::uuid
    ORDER BY 1, 2, 3, 4
    ON CONFLICT (dimension, span, "periodStart", "partyId") DO UPDATE SET
      invoices = t.invoices + EXCLUDED.invoices,
      "invoiceTotalCents" = t."invoiceTotalCents" + EXCLUDED."invoiceTotalCents",
      "eligibleAmountCents" = t."eligibleAmountCents" + EXCLUDED."eligibleAmountCents",
      "feeAmountCents" = t."feeAmountCents" + EXCLUDED."feeAmountCents",
      "commissionAmountCents" = t."commissionAmountCents" + EXCLUDED."commissionAmountCents",
      "withholdingAvoidedCents" = t."withholdingAvoidedCents" + EXCLUDED."withholdingAvoidedCents"`;
  if (sign === -1) {
    // A group the commission was the last of disappears, rather than staying as a row of zeros in the reports.
    await tx.$executeRaw`
      DELETE FROM "CommissionDailyTotal" WHERE invoices = 0
        AND "registeredOn" = (SELECT "registeredOn" FROM "Commission" WHERE id = ${commissionId}::uuid)`;
    await tx.$executeRaw`
      DELETE FROM "CommissionDailyClassification" WHERE invoices = 0
        AND "registeredOn" = (SELECT "registeredOn" FROM "Commission" WHERE id = ${commissionId}::uuid)`;
    await tx.$executeRaw`
      DELETE FROM "CommissionPartySummary" p USING "Commission" c
      WHERE c.id = ${commissionId}::uuid AND p.invoices = 0
        AND p."periodStart" IN (date_trunc('month', c."registeredOn"::timestamp)::date,
          date_trunc('quarter', c."registeredOn"::timestamp)::date, date_trunc('year', c."registeredOn"::timestamp)::date)`;
  }
};
