import { db } from "@/lib/db";

/** The GIN indexes every catalog search reads (migrations catalog_search_and_loads and catalog_name_keys). */
const CATALOG_GIN_INDEXES = ["Product_nameKeys_idx", "Product_nameTokens_idx", "CatalogTerm_term_idx"];

/**
 * Moves rows written since the last vacuum from each catalog GIN index's pending list into the index proper. A
 * search scans the whole pending list on every query: after the demo seed's 3,000 products it made the candidate
 * query 3.2 ms instead of 0.2 ms (p50) until autovacuum came by. Indexes a catalog load has dropped are skipped.
 */
export const flushCatalogIndexPendingLists = async (): Promise<void> => {
  await db.$queryRaw`
    SELECT gin_clean_pending_list(to_regclass(quote_ident(name)))
    FROM unnest(${CATALOG_GIN_INDEXES}::text[]) AS name
    WHERE to_regclass(quote_ident(name)) IS NOT NULL`;
};
