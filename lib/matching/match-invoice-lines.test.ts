import { beforeAll, expect, test } from "vitest";
import { db } from "@/lib/db";
import { seedDatabase } from "@/lib/seed/seed-database";
import { buildGoldenLines } from "./build-golden-lines";
import { matchInvoiceLines } from "./match-invoice-lines";

beforeAll(async () => {
  await seedDatabase({ demoPasswords: null, catalogSize: 3_000 });
});

const someProducts = (count: number) =>
  db.product.findMany({ select: { code: true, name: true, gtin: true }, orderBy: { code: "asc" }, take: count, skip: 500 });

test("a seller code or a GTIN identifies the product outright", async () => {
  const [first, second] = await db.product.findMany({ where: { gtin: { not: null } }, orderBy: { code: "asc" }, take: 2 });
  if (!first?.gtin || !second) throw new Error("The seeded catalog has GTINs");
  const result = await matchInvoiceLines({
    lines: [
      { lineNumber: 1, description: "texto que no importa", sellerItemCode: second.code },
      { lineNumber: 2, description: "otro texto", standardItemCode: `0${first.gtin}` },
    ],
  });
  expect(result.lines).toEqual([
    { lineNumber: 1, status: "auto_matched", candidates: [expect.objectContaining({ code: second.code, score: 1, matchType: "code" })] },
    { lineNumber: 2, status: "auto_matched", candidates: [expect.objectContaining({ code: first.code, score: 1, matchType: "gtin" })] },
  ]);
});

test("noisy descriptions find their product among the top five, with labelled candidates", async () => {
  const products = await someProducts(40);
  const golden = buildGoldenLines({ products, seed: 11 });
  const result = await matchInvoiceLines({
    lines: golden.map((line, index) => ({ lineNumber: index + 1, description: line.description })),
  });
  const inTopFive = result.lines.filter((line, index) =>
    line.candidates.some((candidate) => candidate.code === golden[index]?.expectedCode),
  ).length;
  expect(inTopFive / golden.length).toBeGreaterThanOrEqual(0.9);
  for (const line of result.lines) {
    expect(line.candidates.length).toBeLessThanOrEqual(5);
    const scores = line.candidates.map((candidate) => candidate.score);
    expect(scores).toEqual([...scores].sort((left, right) => right - left));
    for (const candidate of line.candidates) {
      expect(candidate.matchType).toBe("name");
      expect(candidate.classificationCode).toMatch(/^\d{4}/);
    }
  }
});

test("the exact catalog name is matched automatically", async () => {
  const [product] = await someProducts(1);
  if (!product) throw new Error("The seeded catalog has products");
  const result = await matchInvoiceLines({ lines: [{ lineNumber: 1, description: product.name }] });
  expect(result.lines[0]?.candidates[0]?.code).toBe(product.code);
  expect(result.lines[0]?.status).not.toBe("no_match");
});

test("text the catalog has never seen is no match", async () => {
  const result = await matchInvoiceLines({ lines: [{ lineNumber: 7, description: "zzzq wxyv qqqj" }] });
  expect(result.lines).toEqual([{ lineNumber: 7, status: "no_match", candidates: [] }]);
});
