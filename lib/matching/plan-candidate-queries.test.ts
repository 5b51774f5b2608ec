import { expect, test } from "vitest";
import type { TTermGroup } from "./build-term-groups";
import { MAX_INDEXED_MATCHES, planCandidateQueries } from "./plan-candidate-queries";

const CATALOG = 10_000_000;
const group = (token: string, documentCount: number, weight = 1): TTermGroup => ({
  token,
  terms: new Map([[token, weight]]),
  documentCount,
  idf: Math.log(1 + CATALOG / documentCount),
});

test("a line filters by the word pairs it spells, then by its rarest reliable words, up to three keys", () => {
  const plan = planCandidateQueries({
    wordGroups: [group("fumigadora", 17_000), group("espalda", 17_000), group("trapiche", 700_000), group("panla", 900, 0.6)],
    pairGroups: [group("espalda trapiche", 600)],
    catalogSize: CATALOG,
  });
  // The pair first; then "fumigadora", the rarest reliable word not inside the pair ("espalda" and "trapiche" are).
  // "panla" is a guessed spelling: it ranks candidates but never filters.
  expect(plan?.filter).toEqual([["espalda trapiche"], ["fumigadora"]]);
  expect(plan?.sample).toBeNull();
  // Each fallback leaves one key out.
  expect(plan?.fallbacks).toEqual([[["fumigadora"]], [["espalda trapiche"]]]);
});

test("at most six pairs filter, the rarest", () => {
  const pairGroups = Array.from({ length: 8 }, (_, index) => group(`w${index} v${index}`, 1_000 * (8 - index)));
  const plan = planCandidateQueries({ wordGroups: [], pairGroups, catalogSize: CATALOG });
  expect(plan?.filter.map(([term]) => term)).toEqual(["w7 v7", "w6 v6", "w5 v5", "w4 v4", "w3 v3", "w2 v2"]);
});

test("a vague line (no key in under 2 % of the catalog) checks its rarest words on a fixed-size sample", () => {
  const plan = planCandidateQueries({
    wordGroups: [group("arroz", 500_000), group("kg", 5_000_000), group("aroz", 400, 0.6)],
    pairGroups: [group("arroz kg", 300_000)],
    catalogSize: CATALOG,
  });
  expect(plan).toEqual({ filter: [["arroz"], ["kg"]], fallbacks: [], sample: { percent: (100 * 20_000) / CATALOG } });
});

test("in a small catalog a common word still filters through the index: its posting list is short", () => {
  const plan = planCandidateQueries({
    wordGroups: [group("leche", 900), group("polvo", 400)],
    pairGroups: [],
    catalogSize: 3_000,
  });
  expect(plan).toEqual({ filter: [["polvo"], ["leche"]], fallbacks: [[["leche"]], [["polvo"]]], sample: null });
});

test("a selective key expected to match too many products is vague too", () => {
  const plan = planCandidateQueries({ wordGroups: [group("ajo", 80_000)], pairGroups: [], catalogSize: CATALOG });
  expect(plan?.sample).not.toBeNull();
  expect(MAX_INDEXED_MATCHES).toBeLessThan(80_000);
});

test("a line of guessed spellings samples by its rarest words; a line with no known word has no plan", () => {
  const plan = planCandidateQueries({
    wordGroups: [group("lech", 9_000, 0.5), group("panla", 1_000, 0.6)],
    pairGroups: [],
    catalogSize: CATALOG,
  });
  expect(plan?.filter).toEqual([["panla"], ["lech"]]);
  expect(plan?.sample).not.toBeNull();
  expect(planCandidateQueries({ wordGroups: [], pairGroups: [], catalogSize: 10 })).toBeNull();
});
