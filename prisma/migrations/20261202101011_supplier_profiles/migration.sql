-- CreateTable
CREATE TABLE "SupplierProfile" (
    "id" UUID NOT NULL,
    "nit" TEXT NOT NULL,
    "supplierName" TEXT,
    "fields" JSONB NOT NULL DEFAULT '{}',
    "lineProducts" JSONB NOT NULL DEFAULT '[]',
    "invoicesLearned" INTEGER NOT NULL DEFAULT 0,
    "correctionsLearned" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupplierProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupplierProfileLearning" (
    "invoiceId" UUID NOT NULL,
    "supplierProfileId" UUID NOT NULL,
    "corrections" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupplierProfileLearning_pkey" PRIMARY KEY ("invoiceId")
);

-- CreateIndex
CREATE UNIQUE INDEX "SupplierProfile_nit_key" ON "SupplierProfile"("nit");

-- CreateIndex
CREATE INDEX "SupplierProfileLearning_supplierProfileId_createdAt_idx" ON "SupplierProfileLearning"("supplierProfileId", "createdAt");

-- AddForeignKey
ALTER TABLE "SupplierProfileLearning" ADD CONSTRAINT "SupplierProfileLearning_supplierProfileId_fkey" FOREIGN KEY ("supplierProfileId") REFERENCES "SupplierProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
