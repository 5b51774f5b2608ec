-- CreateTable
CREATE TABLE "CommissionPartySummary" (
    "dimension" TEXT NOT NULL,
    "span" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "partyId" UUID NOT NULL,
    "invoices" INTEGER NOT NULL,
    "invoiceTotalCents" BIGINT NOT NULL,
    "eligibleAmountCents" BIGINT NOT NULL,
    "feeAmountCents" BIGINT NOT NULL,
    "commissionAmountCents" BIGINT NOT NULL,
    "withholdingAvoidedCents" BIGINT NOT NULL,

    CONSTRAINT "CommissionPartySummary_pkey" PRIMARY KEY ("dimension","span","periodStart","partyId")
);

-- Only the spans and dimensions lib/reports knows; a typo in an upkeep query fails instead of hiding rows.
ALTER TABLE "CommissionPartySummary"
  ADD CONSTRAINT "CommissionPartySummary_dimension_check" CHECK ("dimension" IN ('supplier', 'customer', 'operator')),
  ADD CONSTRAINT "CommissionPartySummary_span_check" CHECK ("span" IN ('month', 'quarter', 'year'));
