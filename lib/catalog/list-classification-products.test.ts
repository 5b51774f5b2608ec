import { beforeAll, expect, test } from "vitest";
import { db } from "@/lib/db";
import { seedDatabase } from "@/lib/seed/seed-database";
import { listClassificationProducts } from "./list-classification-products";

beforeAll(async () => {
  await seedDatabase({ demoPasswords: null, catalogSize: 400 });
});

test("the classification and its products, page after page", async () => {
  const total = await db.product.count({ where: { active: true, classification: { code: "1701.13" } } });
  expect(total).toBeGreaterThan(2);
  const first = await listClassificationProducts({ dianCode: "1701.13", limit: 2 });
  expect(first.classification).toEqual({
    code: "1701.13",
    name: (await db.dianClassification.findUniqueOrThrow({ where: { code: "1701.13" } })).name,
    eligibility: "FIRST_TRANSFORMATION",
    withholdingRateBps: 250,
  });
  expect(first.items).toHaveLength(2);
  expect(first.nextCursor).not.toBeNull();
  const second = await listClassificationProducts({ dianCode: "1701.13", limit: 2, cursor: first.nextCursor ?? undefined });
  const codes = [...first.items, ...second.items].map((item) => item.code);
  expect(codes).toEqual([...codes].sort());
  expect(new Set(codes).size).toBe(Math.min(total, 4));
  expect(new Set([...first.items, ...second.items].map((item) => item.classificationCode))).toEqual(new Set(["1701.13"]));
});

test("a classification without products gives an empty page", async () => {
  const empty = await db.dianClassification.create({
    data: { code: "0714.90.99", name: "Raíces sin productos en el catálogo", eligibility: "AGRO_NATURAL", withholdingRateBps: 150 },
  });
  expect(await listClassificationProducts({ dianCode: empty.code, limit: 25 })).toMatchObject({ items: [], nextCursor: null });
});

test("an unknown classification is NOT_FOUND", async () => {
  await expect(listClassificationProducts({ dianCode: "9999.99", limit: 25 })).rejects.toMatchObject({
    code: "NOT_FOUND",
    message: "No existe la clasificación DIAN 9999.99.",
  });
});
