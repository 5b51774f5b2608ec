import { beforeAll, expect, test } from "vitest";
import { seedDatabase } from "@/lib/seed/seed-database";
import { findProducts } from "./find-products";

beforeAll(async () => {
  await seedDatabase({ demoPasswords: null, catalogSize: 800 });
});

test("every word must appear, accents and case ignored", async () => {
  const page = await findProducts({ q: "CAFE pergamino", page: 1, pageSize: 10 });
  expect(page.total).toBeGreaterThan(0);
  for (const product of page.items) expect(product.name.toLowerCase()).toMatch(/café pergamino/);
  expect(page.items[0]).toMatchObject({ classificationCode: "0901.11", eligibility: "AGRO_NATURAL" });
});

test("pages do not overlap and the total is stable", async () => {
  const first = await findProducts({ page: 1, pageSize: 25 });
  const second = await findProducts({ page: 2, pageSize: 25 });
  expect(first.total).toBe(800);
  expect(second.total).toBe(800);
  expect(new Set([...first.items, ...second.items].map((product) => product.code)).size).toBe(50);
});

test("a query matching nothing returns an empty page", async () => {
  expect(await findProducts({ q: "zzzz inexistente", page: 1, pageSize: 25 })).toMatchObject({ items: [], total: 0 });
});
