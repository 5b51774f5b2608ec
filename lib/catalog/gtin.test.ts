import { expect, test } from "vitest";
import { computeGtin13CheckDigit, isValidGtin13 } from "./gtin";

test("known GTIN-13 codes validate", () => {
  expect(isValidGtin13("4006381333931")).toBe(true);
  expect(isValidGtin13("7702004003508")).toBe(true);
  expect(computeGtin13CheckDigit("400638133393")).toBe("1");
});

test.each(["4006381333932", "400638133393", "40063813339311", "abcdefghijklm"])("%s is not a valid GTIN-13", (gtin) => {
  expect(isValidGtin13(gtin)).toBe(false);
});
