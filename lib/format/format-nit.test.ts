import { expect, test } from "vitest";
import { formatNit } from "./format-nit";

test.each([
  ["900373115", "3", "900.373.115-3"],
  ["860002964", "4", "860.002.964-4"],
  ["8001972", "1", "8.001.972-1"],
])("formatNit(%s, %s) = %s", (nit, dv, expected) => {
  expect(formatNit(nit, dv)).toBe(expected);
});
