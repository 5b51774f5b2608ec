import type pg from "pg";
import { formatRejectLine } from "./format-reject-line";

export type RemoveDuplicateCodesOptions = {
  client: pg.Client;
  /** Ids of this load are productIdBase + source position; older products have smaller ids. */
  productIdBase: bigint;
  /** Appends reject lines and records the removal with the load's progress, inside the caller's transaction. */
  commitBatch: (batch: { rejectLines: string; removed: number }) => Promise<void>;
  batchRows?: number;
};

/**
 * Codes repeated in "Product" (twice in the load, or already in the catalog) keep their first row, the lowest id,
 * and lose the others, in batches that each commit with their reject lines. Runs only when the unique code index
 * failed to build, so a clean load pays nothing; the duplicate ids are found with one sort of the table.
 */
export const removeDuplicateCodes = async ({ client, productIdBase, commitBatch, batchRows = 50_000 }: RemoveDuplicateCodesOptions): Promise<number> => {
  await client.query("DROP TABLE IF EXISTS pg_temp.catalog_duplicate_ids");
  await client.query(`
    CREATE TEMP TABLE catalog_duplicate_ids AS
    SELECT id FROM (
      SELECT id, row_number() OVER (PARTITION BY code ORDER BY id) AS rank
      FROM "Product"
      WHERE code IN (SELECT code FROM "Product" GROUP BY code HAVING count(*) > 1)
    ) ranked
    WHERE rank > 1`);
  // Each batch takes the lowest remaining ids; without an index that would sort the whole table every time.
  await client.query("CREATE INDEX ON pg_temp.catalog_duplicate_ids (id)");
  let removedTotal = 0;
  for (;;) {
    await client.query("BEGIN");
    try {
      const removed = await client.query<{
        id: string; code: string; name: string; gtin: string | null; unspsc: string | null;
        classificationCode: string; category: string; unitCode: string; active: boolean;
      }>(
        `WITH batch AS (
           DELETE FROM pg_temp.catalog_duplicate_ids
           WHERE id IN (SELECT id FROM pg_temp.catalog_duplicate_ids ORDER BY id LIMIT $1)
           RETURNING id
         ), removed AS (
           DELETE FROM "Product" p USING batch WHERE p.id = batch.id
           RETURNING p.id, p.code, p.name, p.gtin, p.unspsc, p."classificationId", p.category, p."unitCode", p.active
         )
         SELECT removed.id::text AS id, removed.code, removed.name, removed.gtin, removed.unspsc,
                d.code AS "classificationCode", removed.category, removed."unitCode", removed.active
         FROM removed JOIN "DianClassification" d ON d.id = removed."classificationId"
         ORDER BY removed.id`,
        [batchRows],
      );
      if (removed.rows.length === 0) {
        await client.query("COMMIT");
        break;
      }
      const rejectLines = removed.rows
        .map((row) =>
          formatRejectLine({
            position: Number(BigInt(row.id) - productIdBase),
            reason: "DUPLICATE_CODE",
            fields: [row.code, row.name, row.gtin ?? "", row.unspsc ?? "", row.classificationCode, row.category, row.unitCode, row.active ? "true" : "false"],
          }),
        )
        .join("");
      await commitBatch({ rejectLines, removed: removed.rows.length });
      await client.query("COMMIT");
      removedTotal += removed.rows.length;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    }
  }
  await client.query("DROP TABLE IF EXISTS pg_temp.catalog_duplicate_ids");
  return removedTotal;
};
