-- DropIndex
DROP INDEX "Commission_createdAt_idx";

-- AlterTable
ALTER TABLE "Certificate" ADD COLUMN     "content" JSONB NOT NULL,
ADD COLUMN     "replacesId" UUID,
ADD COLUMN     "voidedById" UUID;

-- AlterTable
ALTER TABLE "Commission" ADD COLUMN     "customerId" UUID,
ADD COLUMN     "excludedAmount" DECIMAL(18,2) NOT NULL,
ADD COLUMN     "inputs" JSONB NOT NULL,
ADD COLUMN     "invoiceTotal" DECIMAL(18,2) NOT NULL,
ADD COLUMN     "operatorId" UUID NOT NULL,
ADD COLUMN     "registeredOn" DATE NOT NULL,
ADD COLUMN     "supplierId" UUID,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL;

-- AlterTable
ALTER TABLE "CommissionRuleSet" ADD COLUMN     "basedOnVersion" INTEGER,
ADD COLUMN     "createdById" UUID;

-- CreateTable
CREATE TABLE "CommissionLine" (
    "id" UUID NOT NULL,
    "commissionId" UUID NOT NULL,
    "lineNumber" INTEGER NOT NULL,
    "productCode" TEXT,
    "classificationCode" TEXT,
    "category" TEXT,
    "eligibility" "Eligibility",
    "excludedReason" TEXT,
    "lineAmount" DECIMAL(18,2) NOT NULL,
    "feeAmount" DECIMAL(18,2) NOT NULL,
    "commissionAmount" DECIMAL(18,2) NOT NULL,
    "withholdingAvoided" DECIMAL(18,2) NOT NULL,

    CONSTRAINT "CommissionLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CertificateSequence" (
    "year" INTEGER NOT NULL,
    "lastSequence" INTEGER NOT NULL,

    CONSTRAINT "CertificateSequence_pkey" PRIMARY KEY ("year")
);

-- CreateIndex
CREATE UNIQUE INDEX "CommissionLine_commissionId_lineNumber_key" ON "CommissionLine"("commissionId", "lineNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_replacesId_key" ON "Certificate"("replacesId");

-- CreateIndex
CREATE INDEX "Certificate_issuedAt_idx" ON "Certificate"("issuedAt" DESC);

-- CreateIndex
CREATE INDEX "Commission_registeredOn_idx" ON "Commission"("registeredOn");

-- AddForeignKey
ALTER TABLE "CommissionRuleSet" ADD CONSTRAINT "CommissionRuleSet_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commission" ADD CONSTRAINT "Commission_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commission" ADD CONSTRAINT "Commission_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commission" ADD CONSTRAINT "Commission_operatorId_fkey" FOREIGN KEY ("operatorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommissionLine" ADD CONSTRAINT "CommissionLine_commissionId_fkey" FOREIGN KEY ("commissionId") REFERENCES "Commission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_voidedById_fkey" FOREIGN KEY ("voidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_replacesId_fkey" FOREIGN KEY ("replacesId") REFERENCES "Certificate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- At most one certificate in force per invoice; a reissue voids the old one in the same transaction.
-- Partial indexes are outside Prisma's schema language, so this one lives here only (the diff leaves it alone).
CREATE UNIQUE INDEX "Certificate_invoiceId_in_force_key" ON "Certificate"("invoiceId") WHERE "voidedAt" IS NULL;

-- A published rule set is immutable: invoices priced years ago must be reproducible from the rows they cite.
-- The only change allowed is the publication itself (DRAFT → PUBLISHED); published rules cannot be touched.
CREATE FUNCTION commission_rule_set_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'PUBLISHED' THEN
    RAISE EXCEPTION 'published commission rule set % is immutable', OLD.version USING ERRCODE = 'P0001';
  END IF;
  RETURN COALESCE(NEW, OLD);
END $$;

CREATE TRIGGER commission_rule_set_immutable
  BEFORE UPDATE OR DELETE ON "CommissionRuleSet"
  FOR EACH ROW EXECUTE FUNCTION commission_rule_set_immutable();

CREATE FUNCTION commission_rule_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parent_status "RuleSetStatus";
BEGIN
  SELECT status INTO parent_status FROM "CommissionRuleSet"
    WHERE id = COALESCE(NEW."ruleSetId", OLD."ruleSetId");
  IF parent_status = 'PUBLISHED' OR (TG_OP = 'UPDATE' AND OLD."ruleSetId" <> NEW."ruleSetId") THEN
    RAISE EXCEPTION 'rules of a published commission rule set are immutable' USING ERRCODE = 'P0001';
  END IF;
  RETURN COALESCE(NEW, OLD);
END $$;

CREATE TRIGGER commission_rule_immutable
  BEFORE INSERT OR UPDATE OR DELETE ON "CommissionRule"
  FOR EACH ROW EXECUTE FUNCTION commission_rule_immutable();
