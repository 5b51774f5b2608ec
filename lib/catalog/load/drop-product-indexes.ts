import type pg from "pg";
import type { DroppedProductObject } from "./product-indexes";

/**
 * Drops what a load recorded (IF EXISTS: a resumed load finds them already gone). Rows then go in with only the
 * primary key to maintain and no per-row foreign-key trigger; the loader checks classifications itself.
 */
export const dropProductIndexes = async (client: pg.Client, objects: readonly DroppedProductObject[]): Promise<void> => {
  for (const { name } of objects.filter((object) => object.kind === "constraint")) {
    await client.query(`ALTER TABLE "Product" DROP CONSTRAINT IF EXISTS ${client.escapeIdentifier(name)}`);
  }
  for (const { name } of objects.filter((object) => object.kind === "index")) {
    await client.query(`DROP INDEX IF EXISTS ${client.escapeIdentifier(name)}`);
  }
};
