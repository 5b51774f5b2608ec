-- AlterTable
ALTER TABLE "CatalogLoad" ADD COLUMN     "productIdBase" BIGINT,
ADD COLUMN     "rejectsPath" TEXT;
