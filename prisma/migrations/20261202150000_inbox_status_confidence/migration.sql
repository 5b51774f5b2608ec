-- CreateIndex
CREATE INDEX "Invoice_status_confidence_idx" ON "Invoice"("status", "confidence");
