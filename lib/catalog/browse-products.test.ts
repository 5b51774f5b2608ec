import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { seedDatabase } from "@/lib/seed/seed-database";
import { browseProducts } from "./browse-products";
import type { TProductSearchItem } from "./schemas";

const CATALOG_SIZE = 600;
let inactiveCode: string;

beforeAll(async () => {
  await seedDatabase({ demoPasswords: null, catalogSize: CATALOG_SIZE });
  const product = await db.product.findFirstOrThrow({ orderBy: { code: "asc" }, skip: 10, select: { code: true } });
  inactiveCode = product.code;
  await db.product.update({ where: { code: inactiveCode }, data: { active: false } });
});

const browseAll = async (options: Omit<Parameters<typeof browseProducts>[0], "cursor">) => {
  const items: TProductSearchItem[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await browseProducts({ ...options, cursor });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
    pages += 1;
    if (page.nextCursor) expect(page.items).toHaveLength(options.limit);
  } while (cursor);
  return { items, pages };
};

describe("keyset pages in code order", () => {
  test("walking every page lists each active product exactly once, in code order, without a score", async () => {
    const { items, pages } = await browseAll({ limit: 100 });
    const expected = await db.product.findMany({ where: { active: true }, orderBy: { code: "asc" }, select: { code: true } });
    expect(items.map((item) => item.code)).toEqual(expected.map((product) => product.code));
    expect(items.length).toBeGreaterThan(CATALOG_SIZE / 2);
    expect(pages).toBe(Math.ceil(expected.length / 100));
    expect(items.every((item) => item.score === null)).toBe(true);
  });

  test("an inactive product is never listed", async () => {
    const { items } = await browseAll({ limit: 100 });
    expect(items.map((item) => item.code)).not.toContain(inactiveCode);
  });

  test("a page exactly as long as what is left has no next page", async () => {
    const active = await db.product.count({ where: { active: true } });
    const first = await browseProducts({ limit: active });
    expect(first.items).toHaveLength(active);
    expect(first.nextCursor).toBeNull();
  });

  test("items carry their classification and eligibility", async () => {
    const [item] = (await browseProducts({ limit: 1 })).items;
    const product = await db.product.findUniqueOrThrow({ where: { code: item?.code }, include: { classification: true } });
    expect(item).toEqual({
      code: product.code,
      name: product.name,
      gtin: product.gtin,
      category: product.category,
      unitCode: product.unitCode,
      classificationCode: product.classification.code,
      classificationName: product.classification.name,
      eligibility: product.classification.eligibility,
      score: null,
    });
  });
});

describe("filters", () => {
  test("by classification: exactly that classification's active products", async () => {
    const { items } = await browseAll({ classification: "0901.11", limit: 5 });
    const expected = await db.product.count({ where: { active: true, classification: { code: "0901.11" } } });
    expect(expected).toBeGreaterThan(5);
    expect(items).toHaveLength(expected);
    expect(new Set(items.map((item) => item.classificationCode))).toEqual(new Set(["0901.11"]));
  });

  test("by eligibility, alone and with a classification", async () => {
    const { items } = await browseAll({ eligibility: "FIRST_TRANSFORMATION", limit: 100 });
    const expected = await db.product.count({ where: { active: true, classification: { eligibility: "FIRST_TRANSFORMATION" } } });
    expect(items).toHaveLength(expected);
    expect(new Set(items.map((item) => item.eligibility))).toEqual(new Set(["FIRST_TRANSFORMATION"]));

    expect((await browseProducts({ classification: "0901.11", eligibility: "AGRO_NATURAL", limit: 5 })).items).toHaveLength(5);
    expect(await browseProducts({ classification: "0901.11", eligibility: "NOT_ELIGIBLE", limit: 5 })).toEqual({
      items: [],
      nextCursor: null,
    });
  });

  test("an unknown classification gives an empty page, not an error", async () => {
    expect(await browseProducts({ classification: "9999.99", limit: 25 })).toEqual({ items: [], nextCursor: null });
  });
});

test.each([
  ["not base64url JSON", "AAAA"],
  ["a text search's offset cursor", Buffer.from(JSON.stringify({ offset: 25 })).toString("base64url")],
  ["a code with a NUL byte, which PostgreSQL text cannot hold", Buffer.from(JSON.stringify({ code: "P\u0000" })).toString("base64url")],
  ["a code longer than any catalog code", Buffer.from(JSON.stringify({ code: "P".repeat(65) })).toString("base64url")],
])("a cursor that is %s is INVALID_INPUT, not a database error", async (_, cursor) => {
  await expect(browseProducts({ limit: 25, cursor })).rejects.toMatchObject({ code: "INVALID_INPUT", status: 422 });
});
