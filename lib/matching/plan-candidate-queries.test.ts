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

test("a line filters by its rarest reliable keys until a few dozen products are expected", () => {
  const plan = planCandidateQueries({
    wordGroups: [group("fumigadora", 17_000), group("espalda", 17_000), group("trapiche", 700_000), group("panla", 900, 0.6)],
    pairGroups: [group("espalda trapiche", 600), group("fumigadora de", 20_000)],
    catalogSize: CATALOG,
  });
  // "panla" is a guessed spelling: it ranks candidates but never filters. "espalda" and "trapiche" are inside the
  // chosen pair. 10M × 600/10M × 17,000/10M ≈ 1 product expected after two keys.
  expect(plan?.filter).toEqual([["espalda trapiche"], ["fumigadora"]]);
  expect(plan?.sample).toBeNull();
  // Each fallback swaps one key for the next rarest that is not inside a kept pair.
  expect(plan?.fallbacks).toEqual([
    [["fumigadora"], ["espalda"]],
    [["espalda trapiche"], ["fumigadora de"]],
  ]);
});

test("a vague line reads a bounded sample instead of the index", () => {
  const plan = planCandidateQueries({
    wordGroups: [group("arroz", 500_000), group("kg", 5_000_000)],
    pairGroups: [],
    catalogSize: CATALOG,
  });
  const expected = CATALOG * 0.05 * 0.5;
  expect(expected).toBeGreaterThan(MAX_INDEXED_MATCHES);
  expect(plan?.sample?.percent).toBeCloseTo((100 * 300) / expected);
  expect(plan?.fallbacks).toEqual([]);
});

test("a line of guessed spellings still filters by its rarest word; a line with no known word has no plan", () => {
  const plan = planCandidateQueries({
    wordGroups: [group("lech", 9_000, 0.5), group("panla", 1_000, 0.6)],
    pairGroups: [],
    catalogSize: CATALOG,
  });
  expect(plan?.filter).toEqual([["panla"]]);
  expect(planCandidateQueries({ wordGroups: [], pairGroups: [], catalogSize: 10 })).toBeNull();
});
