import { db } from "@/lib/db";

/**
 * Recounts every search key (word and adjacent word pair, see catalog_name_keys) of the catalog's names into CatalogTerm, in one transaction so searches
 * keep seeing the previous dictionary until the new one is complete. Run after every bulk change to Product.
 * A key repeated within one name counts twice: the count only weighs rarity, and counting distinct products
 * would cost a sort of every word of a 60-million-row catalog.
 */
export const rebuildCatalogTerms = async (): Promise<number> =>
  db.$transaction(
    async (tx) => {
      await tx.$executeRaw`DELETE FROM "CatalogTerm"`;
      const inserted = await tx.$executeRaw`
        INSERT INTO "CatalogTerm" ("term", "documentCount")
        SELECT term, count(*)::int
        FROM "Product", unnest(catalog_name_keys("normalizedName")) AS term
        WHERE "active" AND term <> ''
        GROUP BY term`;
      await tx.$executeRaw`ANALYZE "CatalogTerm"`;
      return inserted;
    },
    { timeout: 6 * 60 * 60 * 1000, maxWait: 60_000 },
  );
