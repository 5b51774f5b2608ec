-- CreateTable
CREATE TABLE "CommissionDailyTotal" (
    "registeredOn" DATE NOT NULL,
    "invoices" INTEGER NOT NULL,
    "invoiceTotal" DECIMAL(20,2) NOT NULL,
    "eligibleAmount" DECIMAL(20,2) NOT NULL,
    "feeAmount" DECIMAL(20,2) NOT NULL,
    "commissionAmount" DECIMAL(20,2) NOT NULL,
    "withholdingAvoided" DECIMAL(20,2) NOT NULL,

    CONSTRAINT "CommissionDailyTotal_pkey" PRIMARY KEY ("registeredOn")
);

-- CreateTable
CREATE TABLE "CommissionDailyClassification" (
    "registeredOn" DATE NOT NULL,
    "classificationCode" TEXT NOT NULL,
    "invoices" INTEGER NOT NULL,
    "lineAmount" DECIMAL(20,2) NOT NULL,
    "eligibleAmount" DECIMAL(20,2) NOT NULL,
    "feeAmount" DECIMAL(20,2) NOT NULL,
    "commissionAmount" DECIMAL(20,2) NOT NULL,
    "withholdingAvoided" DECIMAL(20,2) NOT NULL,

    CONSTRAINT "CommissionDailyClassification_pkey" PRIMARY KEY ("registeredOn","classificationCode")
);

-- CreateIndex
CREATE INDEX "Commission_supplierId_registeredOn_idx" ON "Commission"("supplierId", "registeredOn");

-- CreateIndex
CREATE INDEX "Commission_customerId_registeredOn_idx" ON "Commission"("customerId", "registeredOn");

-- CreateIndex
CREATE INDEX "Commission_operatorId_registeredOn_idx" ON "Commission"("operatorId", "registeredOn");

-- CreateIndex
CREATE INDEX "CommissionLine_classificationCode_commissionId_idx" ON "CommissionLine"("classificationCode", "commissionId");
