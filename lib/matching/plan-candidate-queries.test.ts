import { expect, test } from "vitest";
import type { TTermGroup } from "./build-term-groups";
import { MAX_INDEXED_MATCHES, planCandidateQueries } from "./plan-candidate-queries";

const group = (token: string, documentCount: number, weight = 1): TTermGroup => ({
  token,
  terms: new Map([[token, weight]]),
  documentCount,
  idf: Math.log(1 + 10_000_000 / documentCount),
});

test("a line filters by its reliable words, rarest first, and each fallback leaves one out", () => {
  const plan = planCandidateQueries({
    groups: [group("kg", 5_000_000), group("panela", 250_000), group("sucre", 300_000), group("panla", 1_000, 0.6)],
    catalogSize: 10_000_000,
  });
  // "panla" is a guessed spelling: it ranks candidates but never filters them.
  expect(plan?.filter).toEqual([["panela"], ["sucre"], ["kg"]]);
  expect(plan?.sample).toBeNull();
  // Only panela + sucre (10M × 0.025 × 0.03 = 7,500 expected) is selective enough to read from the index.
  expect(plan?.fallbacks).toEqual([[["panela"], ["sucre"]]]);
});

test("a vague line reads a bounded sample instead of the word index", () => {
  const plan = planCandidateQueries({ groups: [group("arroz", 500_000), group("kg", 5_000_000)], catalogSize: 10_000_000 });
  const expected = 10_000_000 * 0.05 * 0.5;
  expect(expected).toBeGreaterThan(MAX_INDEXED_MATCHES);
  expect(plan?.sample?.percent).toBeCloseTo((100 * 300) / expected);
  expect(plan?.fallbacks).toEqual([]);
});

test("a line of guessed spellings still filters by its rarest word; a line with no known word has no plan", () => {
  expect(planCandidateQueries({ groups: [group("panla", 1_000, 0.6), group("lech", 9_000, 0.5)], catalogSize: 10_000_000 })?.filter).toEqual([["panla"]]);
  expect(planCandidateQueries({ groups: [], catalogSize: 10 })).toBeNull();
});
