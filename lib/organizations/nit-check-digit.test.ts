import { expect, test } from "vitest";
import { computeNitCheckDigit, isValidNitCheckDigit } from "./nit-check-digit";

test.each([
  ["99998888", "6"],
  ["800197268", "4"],
  ["2022516219", "3"],
  ["860034313", "7"],
  ["890900608", "9"],
])("NIT %s has check digit %s", (nit, dv) => {
  expect(computeNitCheckDigit(nit)).toBe(dv);
  expect(isValidNitCheckDigit(nit, dv)).toBe(true);
});

test("a wrong check digit is reported as invalid", () => {
  expect(isValidNitCheckDigit("800197268", "5")).toBe(false);
});

test.each(["", "80019726A", "1234567890123456", "800.197.268"])("%j is not a NIT", (input) => {
  expect(computeNitCheckDigit(input)).toBeNull();
});
