import { expect, test } from "vitest";
import { buildTermGroups, weighTerm, type TTermRow } from "./build-term-groups";

const row = (token: string, term: string, kind: TTermRow["kind"], documentCount: number, similarity = 1): TTermRow => ({
  token,
  term,
  kind,
  documentCount,
  similarity,
});

test("trusts an exact word fully, an abbreviation by how much it spells, a misspelling by its similarity", () => {
  expect(weighTerm(row("cafe", "cafe", "exact", 1))).toBe(1);
  expect(weighTerm(row("perg", "pergamino", "prefix", 1))).toBeCloseTo(0.6 + 0.35 * (4 / 9));
  expect(weighTerm(row("panla", "panela", "fuzzy", 1, 0.4444))).toBeCloseTo(0.45 + 0.5 * (0.1444 / 0.7));
  expect(weighTerm(row("panla", "panela", "fuzzy", 1, 1))).toBe(0.95);
});

test("groups the dictionary's answers per query word, best first, and weighs rare words more", () => {
  const rows = [
    row("panla", "panela", "fuzzy", 1_000, 0.44),
    row("panla", "panel", "fuzzy", 10, 0.2),
    row("kg", "kg", "exact", 900_000),
    row("perg", "pergamino", "prefix", 5_000),
    row("perg", "pergaminos", "prefix", 5),
  ];
  const groups = buildTermGroups({ tokens: ["panla", "kg", "perg", "zzz"], rows, catalogSize: 1_000_000 });
  expect(groups.map((group) => group.token)).toEqual(["panla", "kg", "perg"]);
  const [panela, kg, perg] = groups;
  expect([...(panela?.terms.keys() ?? [])]).toEqual(["panela"]);
  expect([...(perg?.terms.keys() ?? [])]).toEqual(["pergamino", "pergaminos"]);
  expect(perg?.documentCount).toBe(5_005);
  expect(panela?.idf).toBeGreaterThan(kg?.idf ?? Infinity);
  expect(kg?.idf).toBeCloseTo(Math.log(1 + 1_000_000 / 900_000));
});

test("keeps at most six words for a query word", () => {
  const rows = Array.from({ length: 10 }, (_, index) => row("caf", `caf${index}`, "prefix", 100 - index));
  expect(buildTermGroups({ tokens: ["caf"], rows, catalogSize: 1_000 })[0]?.terms.size).toBe(6);
});
