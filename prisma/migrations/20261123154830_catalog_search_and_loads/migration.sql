-- CreateEnum
CREATE TYPE "CatalogLoadStatus" AS ENUM ('LOADING', 'INDEXING', 'COMPLETED', 'FAILED');

-- CreateTable
CREATE TABLE "CatalogTerm" (
    "term" TEXT NOT NULL,
    "documentCount" INTEGER NOT NULL,

    CONSTRAINT "CatalogTerm_pkey" PRIMARY KEY ("term")
);

-- CreateTable
CREATE TABLE "CatalogLoad" (
    "id" UUID NOT NULL,
    "sourceKind" TEXT NOT NULL,
    "sourceFingerprint" TEXT NOT NULL,
    "sourceDescription" TEXT NOT NULL,
    "status" "CatalogLoadStatus" NOT NULL DEFAULT 'LOADING',
    "resumeOffset" BIGINT NOT NULL DEFAULT 0,
    "rowsRead" BIGINT NOT NULL DEFAULT 0,
    "rowsLoaded" BIGINT NOT NULL DEFAULT 0,
    "rowsRejected" BIGINT NOT NULL DEFAULT 0,
    "rejectCounts" JSONB NOT NULL DEFAULT '{}',
    "rejectsFileBytes" BIGINT NOT NULL DEFAULT 0,
    "droppedIndexes" JSONB NOT NULL DEFAULT '[]',
    "loadSeconds" DOUBLE PRECISION,
    "indexSeconds" DOUBLE PRECISION,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "CatalogLoad_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CatalogTerm_term_idx" ON "CatalogTerm" USING GIN ("term" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "CatalogLoad_sourceFingerprint_key" ON "CatalogLoad"("sourceFingerprint");

-- Raw SQL: Prisma cannot declare an expression index, and its diff ignores this one.
-- Fuzzy search generates candidates from the words of the normalized name.
CREATE INDEX "Product_nameTokens_idx" ON "Product" USING GIN (string_to_array("normalizedName", ' '));
