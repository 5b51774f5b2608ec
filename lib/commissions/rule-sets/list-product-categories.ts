import { db } from "@/lib/db";

/**
 * The distinct product categories of the catalog. A plain SELECT DISTINCT would read all 60 million products;
 * this walks the (classificationId, category) index instead: for each classification it jumps from one category
 * to the next greater one (a "loose index scan"), so it costs one index probe per classification × category,
 * a few hundred probes whatever the catalog's size.
 */
export const listProductCategories = async (): Promise<string[]> => {
  const rows = await db.$queryRaw<{ category: string }[]>`
    WITH RECURSIVE walk AS (
      SELECT d.id AS classification_id,
             (SELECT p."category" FROM "Product" p
               WHERE p."classificationId" = d.id
               ORDER BY p."category" LIMIT 1) AS category
        FROM "DianClassification" d
      UNION ALL
      SELECT walk.classification_id,
             (SELECT p."category" FROM "Product" p
               WHERE p."classificationId" = walk.classification_id AND p."category" > walk.category
               ORDER BY p."category" LIMIT 1)
        FROM walk
       WHERE walk.category IS NOT NULL
    )
    SELECT DISTINCT category FROM walk WHERE category IS NOT NULL ORDER BY category`;
  return rows.map((row) => row.category);
};
