import { expect, test } from "vitest";
import { formatBasisPoints } from "./format-basis-points";

test.each([
  [30, "0,30 %"],
  [150, "1,50 %"],
  [250, "2,50 %"],
  [0, "0,00 %"],
])("%i basis points → %s", (basisPoints, expected) => {
  expect(formatBasisPoints(basisPoints)).toBe(expected);
});
