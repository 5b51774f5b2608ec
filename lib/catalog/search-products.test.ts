import { beforeAll, expect, test } from "vitest";
import { seedDatabase } from "@/lib/seed/seed-database";
import { browseProducts } from "./browse-products";
import { ZProductSearchQuery } from "./schemas";
import { searchProducts } from "./search-products";

beforeAll(async () => {
  await seedDatabase({ demoPasswords: null, catalogSize: 600 });
});

test("without text it browses in code order, without scores", async () => {
  const page = await searchProducts({ limit: 10 });
  expect(page).toEqual(await browseProducts({ limit: 10 }));
  expect(page.items.every((item) => item.score === null)).toBe(true);
});

test("with text it ranks by relevance despite a typo and a missing accent, within the filters", async () => {
  const page = await searchProducts({ q: "cafe pergamno seco", limit: 5 });
  expect(page.items[0]?.name).toMatch(/^Café pergamino seco/);
  expect(page.items.every((item) => item.score !== null && item.score > 0)).toBe(true);
  const scores = page.items.map((item) => item.score ?? 0);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));

  const notEligible = await searchProducts({ q: "cafe", eligibility: "NOT_ELIGIBLE", limit: 10 });
  expect(notEligible.items.length).toBeGreaterThan(0);
  expect(new Set(notEligible.items.map((item) => item.eligibility))).toEqual(new Set(["NOT_ELIGIBLE"]));
});

test("control characters pasted into the query are spaces, never a database error", async () => {
  const query = ZProductSearchQuery.parse({ q: "cafe\u0000pergamino\tseco", limit: "3" });
  expect(query.q).toBe("cafe pergamino seco");
  expect((await searchProducts(query)).items[0]?.name).toMatch(/^Café pergamino seco/);
});
