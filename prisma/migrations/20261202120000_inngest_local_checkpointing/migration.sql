-- AlterTable
ALTER TABLE "InngestRun" ADD COLUMN     "dispatchId" TEXT;
