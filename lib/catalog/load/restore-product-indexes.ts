import type pg from "pg";
import type { DroppedProductObject } from "./product-indexes";

export type RestoreProductIndexesOptions = {
  client: pg.Client;
  objects: readonly DroppedProductObject[];
  /** Called when a unique index fails on duplicate values; returns once they are removed, then the build is retried. */
  onUniqueViolation: () => Promise<void>;
};

const UNIQUE_VIOLATION = "23505";

const exists = async (client: pg.Client, { kind, name }: DroppedProductObject): Promise<boolean> => {
  const sql =
    kind === "index"
      ? `SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() AND indexname = $1`
      : `SELECT 1 FROM pg_constraint WHERE conrelid = '"Product"'::regclass AND conname = $1`;
  return ((await client.query(sql, [name])).rowCount ?? 0) > 0;
};

/**
 * Recreates the recorded indexes from their own definitions: unique ones first (their build is the duplicate
 * check), then the rest, then the constraints (a foreign key validates the whole table in one scan). Objects that
 * already exist are skipped, so a load killed halfway through this step finishes it when re-run.
 */
export const restoreProductIndexes = async ({ client, objects, onUniqueViolation }: RestoreProductIndexesOptions): Promise<void> => {
  const order = (object: DroppedProductObject) =>
    object.kind === "index" ? (object.definition.startsWith("CREATE UNIQUE") ? 0 : 1) : object.definition.startsWith("UNIQUE") ? 0 : 2;
  const sorted = [...objects].sort((a, b) => order(a) - order(b));
  for (const object of sorted) {
    if (await exists(client, object)) continue;
    const sql =
      object.kind === "index"
        ? object.definition
        : `ALTER TABLE "Product" ADD CONSTRAINT ${client.escapeIdentifier(object.name)} ${object.definition}`;
    for (let attempt = 1; ; attempt += 1) {
      try {
        await client.query(sql);
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== UNIQUE_VIOLATION || attempt > 2) throw error;
        await onUniqueViolation();
      }
    }
  }
};
