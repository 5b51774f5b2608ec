-- CreateTable
CREATE TABLE "SavedView" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "query" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedView_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SavedView_userId_name_key" ON "SavedView"("userId", "name");

-- CreateIndex
CREATE INDEX "Invoice_issueDate_idx" ON "Invoice"("issueDate");

-- CreateIndex
CREATE INDEX "Invoice_total_idx" ON "Invoice"("total");

-- CreateIndex
CREATE INDEX "Invoice_confidence_idx" ON "Invoice"("confidence");

-- CreateIndex
CREATE INDEX "Invoice_sourceType_createdAt_idx" ON "Invoice"("sourceType", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Invoice_batchId_createdAt_idx" ON "Invoice"("batchId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Organization_name_idx" ON "Organization" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Organization_nit_prefix_idx" ON "Organization"("nit" text_pattern_ops);

-- AddForeignKey
ALTER TABLE "SavedView" ADD CONSTRAINT "SavedView_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
