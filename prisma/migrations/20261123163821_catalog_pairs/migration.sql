-- CreateTable
CREATE TABLE "CatalogPair" (
    "pair" TEXT NOT NULL,
    "documentCount" INTEGER NOT NULL,

    CONSTRAINT "CatalogPair_pkey" PRIMARY KEY ("pair")
);
