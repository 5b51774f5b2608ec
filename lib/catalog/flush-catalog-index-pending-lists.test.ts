import { beforeAll, expect, test } from "vitest";
import { db } from "@/lib/db";
import { seedDatabase } from "@/lib/seed/seed-database";
import { flushCatalogIndexPendingLists } from "./flush-catalog-index-pending-lists";

beforeAll(async () => {
  await seedDatabase({ demoPasswords: null, catalogSize: 300 });
});

/** Pending-list pages a flush of the index would move now (and does move: the check empties it). */
const pendingPages = async (index: string) => {
  const [row] = await db.$queryRaw<{ pages: bigint }[]>`SELECT gin_clean_pending_list(to_regclass(quote_ident(${index}))) AS pages`;
  return Number(row?.pages ?? 0);
};

test("the seeded catalog leaves nothing in its GIN indexes' pending lists", async () => {
  for (const index of ["Product_nameKeys_idx", "Product_nameTokens_idx", "CatalogTerm_term_idx"]) {
    expect(await pendingPages(index)).toBe(0);
  }
});

test("rows written since are flushed", async () => {
  const classification = await db.dianClassification.findFirstOrThrow({ select: { id: true } });
  await db.product.createMany({
    data: Array.from({ length: 50 }, (_, index) => ({
      code: `PEND-${index}`,
      name: `Producto pendiente ${index} lote ${index * 7}`,
      normalizedName: `producto pendiente ${index} lote ${index * 7}`,
      category: "Prueba",
      classificationId: classification.id,
      unitCode: "KGM",
    })),
  });
  await flushCatalogIndexPendingLists();
  expect(await pendingPages("Product_nameKeys_idx")).toBe(0);

  await db.product.create({
    data: { code: "PEND-X", name: "Producto tardío", normalizedName: "producto tardio", category: "Prueba", classificationId: classification.id, unitCode: "KGM" },
  });
  expect(await pendingPages("Product_nameKeys_idx")).toBeGreaterThan(0);
});
