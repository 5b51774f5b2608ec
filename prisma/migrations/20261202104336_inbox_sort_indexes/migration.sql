-- DropIndex
DROP INDEX "Invoice_confidence_idx";

-- DropIndex
DROP INDEX "Invoice_issueDate_idx";

-- DropIndex
DROP INDEX "Invoice_total_idx";

-- DropIndex
DROP INDEX "Organization_nit_prefix_idx";

-- CreateIndex
CREATE INDEX "Invoice_issueDate_id_idx" ON "Invoice"("issueDate", "id");

-- CreateIndex
CREATE INDEX "Invoice_total_id_idx" ON "Invoice"("total", "id");

-- CreateIndex
CREATE INDEX "Invoice_confidence_id_idx" ON "Invoice"("confidence", "id");

-- CreateIndex
CREATE INDEX "Organization_nit_trgm_idx" ON "Organization" USING GIN ("nit" gin_trgm_ops);
