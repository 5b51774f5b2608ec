import { expect, test } from "vitest";
import { buildPairGroups } from "./build-pair-groups";

test("one group per adjacent query pair the catalog knows, with its readings and rarity", () => {
  const groups = buildPairGroups({
    adjacentPairs: [
      ["espalda", "trap"],
      ["trap", "la"],
      ["x", "und"],
    ],
    pairs: [
      { left: "espalda", right: "trap", term: "espalda trapiche", documentCount: 600 },
      { left: "espalda", right: "trap", term: "espalda trapecio", documentCount: 400 },
      { left: "trap", right: "la", term: "trapiche la", documentCount: 200_000 },
    ],
    catalogSize: 10_000_000,
  });
  expect(groups).toEqual([
    {
      token: "espalda trap",
      terms: new Map([
        ["espalda trapiche", 1],
        ["espalda trapecio", 1],
      ]),
      documentCount: 1_000,
      idf: Math.log(1 + 10_000),
    },
    { token: "trap la", terms: new Map([["trapiche la", 1]]), documentCount: 200_000, idf: Math.log(1 + 50) },
  ]);
});
