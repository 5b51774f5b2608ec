import { generateProducts } from "@/lib/catalog/generate-products";
import { rebuildCatalogTerms } from "@/lib/catalog/rebuild-catalog-terms";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const BATCH_SIZE = 1000;

export type SeedCatalogOptions = { count: number; seed: number };

/** Loads a small generated catalog into an empty product table so search and matching work at once. */
export const seedCatalog = async ({ count, seed }: SeedCatalogOptions): Promise<number> => {
  if ((await db.product.count()) > 0) return 0;
  const classifications = await db.dianClassification.findMany({ select: { id: true, code: true } });
  const classificationIds = new Map(classifications.map(({ code, id }) => [code, id]));
  let batch: Prisma.ProductCreateManyInput[] = [];
  let inserted = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    inserted += (await db.product.createMany({ data: batch, skipDuplicates: true })).count;
    batch = [];
  };
  for (const { classificationCode, ...product } of generateProducts({ count, seed })) {
    const classificationId = classificationIds.get(classificationCode);
    if (classificationId === undefined) throw new Error(`Seed classification ${classificationCode} is missing`);
    batch.push({ ...product, classificationId });
    if (batch.length >= BATCH_SIZE) await flush();
  }
  await flush();
  if (inserted > 0) await rebuildCatalogTerms();
  return inserted;
};
