import type pg from "pg";

/** A secondary index or constraint of "Product" removed for a bulk load, with the SQL that recreates it. */
export type DroppedProductObject = { kind: "index" | "constraint"; name: string; definition: string };

/**
 * Every secondary index of "Product" (the primary key stays) and its foreign keys: the unique code index, GTIN,
 * classification + category, the GIN index on the name's search keys (catalog_name_keys), whatever a later migration adds.
 */
export const listProductIndexes = async (client: pg.Client): Promise<DroppedProductObject[]> => {
  const indexes = await client.query<{ name: string; definition: string; constraintName: string | null; constraintDefinition: string | null }>(`
    SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition,
           c.conname AS "constraintName", pg_get_constraintdef(c.oid) AS "constraintDefinition"
    FROM pg_index x
    JOIN pg_class i ON i.oid = x.indexrelid
    LEFT JOIN pg_constraint c ON c.conindid = x.indexrelid AND c.conrelid = x.indrelid
    WHERE x.indrelid = '"Product"'::regclass AND NOT x.indisprimary
    ORDER BY i.relname`);
  const foreignKeys = await client.query<{ name: string; definition: string }>(`
    SELECT conname AS name, pg_get_constraintdef(oid) AS definition
    FROM pg_constraint WHERE conrelid = '"Product"'::regclass AND contype = 'f' ORDER BY conname`);
  return [
    ...indexes.rows.map(({ name, definition, constraintName, constraintDefinition }): DroppedProductObject =>
      constraintName && constraintDefinition
        ? { kind: "constraint", name: constraintName, definition: constraintDefinition }
        : { kind: "index", name, definition },
    ),
    ...foreignKeys.rows.map(({ name, definition }): DroppedProductObject => ({ kind: "constraint", name, definition })),
  ];
};
