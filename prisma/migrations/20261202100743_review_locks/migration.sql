-- AlterTable
ALTER TABLE "Invoice" ADD COLUMN     "reviewLockHeartbeatAt" TIMESTAMP(3),
ADD COLUMN     "reviewLockedAt" TIMESTAMP(3),
ADD COLUMN     "reviewLockedById" UUID;

-- CreateIndex
CREATE INDEX "review_queue_idx" ON "Invoice"("status", "urgent" DESC, "createdAt", "id");

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_reviewLockedById_fkey" FOREIGN KEY ("reviewLockedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
