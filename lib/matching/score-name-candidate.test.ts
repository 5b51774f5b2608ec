import { expect, test } from "vitest";
import type { TTermGroup } from "./build-term-groups";
import { classifyMatch, SUGGEST_MIN_SCORE } from "./classify-match";
import { scoreNameCandidate } from "./score-name-candidate";
import { toTrigrams } from "./trigram-similarity";

const groups: TTermGroup[] = [
  { token: "panela", terms: new Map([["panela", 1]]), documentCount: 1_000, idf: Math.log(1 + 1_000_000 / 1_000) },
  { token: "redonda", terms: new Map([["redonda", 1]]), documentCount: 5_000, idf: Math.log(1 + 1_000_000 / 5_000) },
  { token: "kg", terms: new Map([["kg", 1]]), documentCount: 600_000, idf: Math.log(1 + 1_000_000 / 600_000) },
];
const score = (name: string, query = "panela redonda kg") =>
  scoreNameCandidate({ groups, queryTrigrams: toTrigrams(query), candidateWords: name.split(" ") });

test("the name holding every word of the query, and nothing else, scores 1", () => {
  expect(score("panela redonda kg")).toBe(1);
});

test("missing a rare word costs more than missing a common one", () => {
  expect(score("panela kg")).toBeLessThan(score("panela redonda"));
});

test("extra words the line never mentions lower the score", () => {
  expect(score("panela redonda kg caja 24 x 500 g")).toBeLessThan(score("panela redonda kg"));
});

test("scores stay within [0,1] and are 0 without words", () => {
  expect(scoreNameCandidate({ groups: [], queryTrigrams: toTrigrams("x"), candidateWords: ["x"] })).toBe(0);
  expect(score("")).toBeGreaterThanOrEqual(0);
  expect(score("leche cruda")).toBeLessThan(SUGGEST_MIN_SCORE);
});

test("thresholds turn ranked scores into a status", () => {
  expect(classifyMatch({ scores: [], exact: false })).toBe("no_match");
  expect(classifyMatch({ scores: [0.3], exact: false })).toBe("no_match");
  expect(classifyMatch({ scores: [0.95, 0.6], exact: false })).toBe("auto_matched");
  expect(classifyMatch({ scores: [0.95, 0.94], exact: false })).toBe("suggested");
  expect(classifyMatch({ scores: [0.7], exact: false })).toBe("suggested");
  expect(classifyMatch({ scores: [1, 1], exact: true })).toBe("auto_matched");
});
