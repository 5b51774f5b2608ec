import { db } from "@/lib/db";
import { flushCatalogIndexPendingLists } from "./flush-catalog-index-pending-lists";

export type TRebuildCatalogTermsResult = { terms: number; pairs: number };

/**
 * Recounts the catalog's search keys (catalog_name_keys: words and adjacent word pairs) into CatalogTerm and
 * CatalogPair, in one pass over the products and one transaction, so searches keep seeing the previous
 * dictionaries until the new ones are complete. Run after every bulk change to Product. A key repeated within one
 * name counts twice: the count only weighs rarity, and counting distinct products would cost a sort of every key
 * of a 60-million-row catalog. Then the catalog's GIN indexes are flushed, so the first searches after a change
 * run at full speed.
 */
export const rebuildCatalogTerms = async (): Promise<TRebuildCatalogTermsResult> => {
  const counts = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`DELETE FROM "CatalogTerm"`;
      await tx.$executeRaw`DELETE FROM "CatalogPair"`;
      const [counts] = await tx.$queryRaw<{ terms: number; pairs: number }[]>`
        WITH counts AS (
          SELECT key, count(*)::int AS n
          FROM "Product", unnest(catalog_name_keys("normalizedName")) AS key
          WHERE "active" AND key <> ''
          GROUP BY key
        ),
        terms AS (
          INSERT INTO "CatalogTerm" ("term", "documentCount")
          SELECT key, n FROM counts WHERE position(' ' IN key) = 0
          RETURNING 1
        ),
        pairs AS (
          INSERT INTO "CatalogPair" ("pair", "documentCount")
          SELECT key, n FROM counts WHERE position(' ' IN key) > 0
          RETURNING 1
        )
        SELECT (SELECT count(*) FROM terms)::int AS terms, (SELECT count(*) FROM pairs)::int AS pairs`;
      await tx.$executeRaw`ANALYZE "CatalogTerm"`;
      await tx.$executeRaw`ANALYZE "CatalogPair"`;
      return counts ?? { terms: 0, pairs: 0 };
    },
    { timeout: 6 * 60 * 60 * 1000, maxWait: 60_000 },
  );
  await flushCatalogIndexPendingLists();
  return counts;
};
