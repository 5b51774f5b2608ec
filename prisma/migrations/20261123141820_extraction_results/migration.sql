-- AlterTable
ALTER TABLE "Invoice" ADD COLUMN     "extractedAt" TIMESTAMP(3),
ADD COLUMN     "extraction" JSONB,
ADD COLUMN     "validation" JSONB;

-- AlterTable
ALTER TABLE "InvoiceLine" ALTER COLUMN "quantity" DROP NOT NULL,
ALTER COLUMN "unitPrice" DROP NOT NULL,
ALTER COLUMN "lineAmount" DROP NOT NULL;
