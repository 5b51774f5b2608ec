-- CreateEnum
CREATE TYPE "PipelineStepStatus" AS ENUM ('COMPLETED', 'FAILED');

-- AlterTable
ALTER TABLE "Invoice" ADD COLUMN     "batchId" UUID,
ADD COLUMN     "failureCode" TEXT,
ADD COLUMN     "pipelineRunId" TEXT,
ADD COLUMN     "retentionExpiredAt" TIMESTAMP(3),
ADD COLUMN     "retryCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "statusBeforeFailure" "InvoiceStatus",
ADD COLUMN     "urgent" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "PipelineStep" (
    "id" BIGSERIAL NOT NULL,
    "invoiceId" UUID NOT NULL,
    "step" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL,
    "status" "PipelineStepStatus" NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "output" JSONB,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PipelineStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PipelineBatch" (
    "id" UUID NOT NULL,
    "createdById" UUID NOT NULL,
    "invoiceCount" INTEGER NOT NULL,
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PipelineBatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PipelineStep_invoiceId_startedAt_idx" ON "PipelineStep"("invoiceId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PipelineStep_invoiceId_step_runId_attempt_key" ON "PipelineStep"("invoiceId", "step", "runId", "attempt");

-- CreateIndex
CREATE INDEX "Invoice_batchId_status_idx" ON "Invoice"("batchId", "status");

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "PipelineBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PipelineStep" ADD CONSTRAINT "PipelineStep_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PipelineBatch" ADD CONSTRAINT "PipelineBatch_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
