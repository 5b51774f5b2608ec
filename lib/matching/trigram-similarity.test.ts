import { expect, test } from "vitest";
import { toTrigrams, trigramSimilarity } from "./trigram-similarity";

const similarity = (left: string, right: string) => trigramSimilarity(toTrigrams(left), toTrigrams(right));

test("forms pg_trgm's padded trigrams", () => {
  expect([...toTrigrams("cat")].sort()).toEqual(["  c", " ca", "at ", "cat"]);
  expect(toTrigrams("  ").size).toBe(0);
});

test("agrees with pg_trgm's similarity() on known pairs", () => {
  // Values printed by PostgreSQL 18: SELECT similarity('panla', 'panela'), similarity('cafe', 'cafe') …
  expect(similarity("panla", "panela")).toBeCloseTo(0.4444, 4);
  expect(similarity("cafe", "cafe")).toBe(1);
  expect(similarity("cafe pergamino", "pergamino cafe")).toBe(1);
  expect(similarity("arroz", "leche")).toBe(0);
  expect(similarity("", "leche")).toBe(0);
});
