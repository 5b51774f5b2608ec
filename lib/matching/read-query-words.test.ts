import { expect, test } from "vitest";
import { readQueryWords } from "./read-query-words";

test("reads the normalized text, its distinct words and each adjacent pair once", () => {
  expect(readQueryWords("Caja 24x500g caja 24")).toEqual({
    normalizedQuery: "caja 24 x 500 g caja 24",
    tokens: ["caja", "24", "x", "500", "g"],
    adjacentPairs: [
      ["caja", "24"],
      ["24", "x"],
      ["x", "500"],
      ["500", "g"],
      ["g", "caja"],
    ],
  });
  expect(readQueryWords("  ")).toEqual({ normalizedQuery: "", tokens: [], adjacentPairs: [] });
});
