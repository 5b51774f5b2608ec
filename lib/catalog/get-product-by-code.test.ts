import { beforeAll, expect, test } from "vitest";
import { db } from "@/lib/db";
import { seedDatabase } from "@/lib/seed/seed-database";
import { getProductByCode } from "./get-product-by-code";

beforeAll(async () => {
  await seedDatabase({ demoPasswords: null, catalogSize: 200 });
});

test("returns every field with the classification, its eligibility and the withholding it exempts", async () => {
  const product = await db.product.findFirstOrThrow({
    where: { classification: { code: "0901.11" } },
    include: { classification: true },
  });
  expect(await getProductByCode({ code: product.code })).toEqual({
    code: product.code,
    name: product.name,
    gtin: product.gtin,
    category: product.category,
    unitCode: product.unitCode,
    unspsc: product.unspsc,
    active: true,
    classificationCode: "0901.11",
    classificationName: product.classification.name,
    eligibility: "AGRO_NATURAL",
    withholdingRateBps: 150,
    createdAt: product.createdAt.toISOString(),
    updatedAt: product.updatedAt.toISOString(),
  });
});

test("an inactive product is still found, flagged inactive", async () => {
  const { code } = await db.product.update({
    where: { code: (await db.product.findFirstOrThrow({ select: { code: true } })).code },
    data: { active: false },
  });
  expect(await getProductByCode({ code })).toMatchObject({ code, active: false });
});

test("an unknown code is NOT_FOUND with a Spanish message", async () => {
  await expect(getProductByCode({ code: "NO-EXISTE" })).rejects.toMatchObject({
    code: "NOT_FOUND",
    message: "No existe un producto con el código NO-EXISTE en el catálogo.",
  });
});
