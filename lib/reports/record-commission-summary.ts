import type { DbTransaction } from "@/lib/db";

export type RecordCommissionSummaryOptions = {
  /** The pricing transaction: the summaries commit or roll back with the commission they count. */
  tx: DbTransaction;
  /** A commission already written, with its lines, in this transaction. */
  commissionId: string;
};

/**
 * Adds one commission to the summaries the reports read (CommissionDailyTotal, CommissionDailyClassification,
 * CommissionPartySummary: its supplier, customer and operator in its month, quarter and year).
 * Call it once per new commission, as the last statement of the pricing transaction: the upserts lock the day's
 * summary rows until commit, so placing it last keeps that lock short. Rows are upserted in key order so concurrent
 * pricings of the same day queue instead of deadlocking.
 */
export const recordCommissionSummary = async ({ tx, commissionId }: RecordCommissionSummaryOptions): Promise<void> => {
  await tx.$executeRaw`
    INSERT INTO "CommissionDailyTotal" AS t ("registeredOn", invoices, "invoiceTotal", "eligibleAmount", "feeAmount",
      "commissionAmount", "withholdingAvoided")
    SELECT "registeredOn", 1, "invoiceTotal", "eligibleAmount", "feeAmount", "commissionAmount", "withholdingAvoided"
    FROM "Commission" WHERE id = ${commissionId}::uuid
    ON CONFLICT ("registeredOn") DO UPDATE SET
      invoices = t.invoices + 1,
      "invoiceTotal" = t."invoiceTotal" + EXCLUDED."invoiceTotal",
      "eligibleAmount" = t."eligibleAmount" + EXCLUDED."eligibleAmount",
      "feeAmount" = t."feeAmount" + EXCLUDED."feeAmount",
      "commissionAmount" = t."commissionAmount" + EXCLUDED."commissionAmount",
      "withholdingAvoided" = t."withholdingAvoided" + EXCLUDED."withholdingAvoided"`;
  await tx.$executeRaw`
    INSERT INTO "CommissionDailyClassification" AS t ("registeredOn", "classificationCode", invoices, "lineAmount",
      "eligibleAmount", "feeAmount", "commissionAmount", "withholdingAvoided")
    SELECT c."registeredOn", coalesce(l."classificationCode", ''), 1, sum(l."lineAmount"),
      coalesce(sum(l."lineAmount") FILTER (WHERE l."excludedReason" IS NULL), 0),
      sum(l."feeAmount"), sum(l."commissionAmount"), sum(l."withholdingAvoided")
    FROM "CommissionLine" l JOIN "Commission" c ON c.id = l."commissionId"
    WHERE c.id = ${commissionId}::uuid
    GROUP BY 1, 2
    ORDER BY 2
    ON CONFLICT ("registeredOn", "classificationCode") DO UPDATE SET
      invoices = t.invoices + 1,
      "lineAmount" = t."lineAmount" + EXCLUDED."lineAmount",
      "eligibleAmount" = t."eligibleAmount" + EXCLUDED."eligibleAmount",
      "feeAmount" = t."feeAmount" + EXCLUDED."feeAmount",
      "commissionAmount" = t."commissionAmount" + EXCLUDED."commissionAmount",
      "withholdingAvoided" = t."withholdingAvoided" + EXCLUDED."withholdingAvoided"`;
  await tx.$executeRaw`
    INSERT INTO "CommissionPartySummary" AS t (dimension, span, "periodStart", "partyId", invoices, "invoiceTotalCents",
      "eligibleAmountCents", "feeAmountCents", "commissionAmountCents", "withholdingAvoidedCents")
    SELECT d.dimension, s.span, date_trunc(s.span, c."registeredOn"::timestamp)::date,
      coalesce(d.party, '00000000-0000-0000-0000-000000000000'::uuid), 1, (c."invoiceTotal" * 100)::bigint,
      (c."eligibleAmount" * 100)::bigint, (c."feeAmount" * 100)::bigint, (c."commissionAmount" * 100)::bigint,
      (c."withholdingAvoided" * 100)::bigint
    FROM "Commission" c
    CROSS JOIN LATERAL (VALUES ('customer', c."customerId"), ('operator', c."operatorId"), ('supplier', c."supplierId")) d (dimension, party)
    CROSS JOIN (VALUES ('month'), ('quarter'), ('year')) s (span)
    WHERE c.id = ${commissionId}::uuid
    ORDER BY 1, 2, 3, 4
    ON CONFLICT (dimension, span, "periodStart", "partyId") DO UPDATE SET
      invoices = t.invoices + 1,
      "invoiceTotalCents" = t."invoiceTotalCents" + EXCLUDED."invoiceTotalCents",
      "eligibleAmountCents" = t."eligibleAmountCents" + EXCLUDED."eligibleAmountCents",
      "feeAmountCents" = t."feeAmountCents" + EXCLUDED."feeAmountCents",
      "commissionAmountCents" = t."commissionAmountCents" + EXCLUDED."commissionAmountCents",
      "withholdingAvoidedCents" = t."withholdingAvoidedCents" + EXCLUDED."withholdingAvoidedCents"`;
};
