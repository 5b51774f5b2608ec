import Decimal from "decimal.js";
import { describe, expect, test } from "vitest";
import { formatCop, formatCount } from "./format-cop";

describe("formatCop", () => {
  test.each([
    ["1234567.89", "$ 1.234.567,89"],
    ["0", "$ 0,00"],
    ["999.995", "$ 1.000,00"],
    ["1000", "$ 1.000,00"],
    ["-2500.5", "-$ 2.500,50"],
    ["123456789012345.67", "$ 123.456.789.012.345,67"],
    ["0.005", "$ 0,01"],
  ])("%s → %s", (input, expected) => {
    expect(formatCop(input)).toBe(expected);
  });

  test("accepts Decimal values without going through floats", () => {
    expect(formatCop(new Decimal("0.1").plus("0.2"))).toBe("$ 0,30");
  });

  test("whole pesos", () => {
    expect(formatCop("15000.49", { decimals: 0 })).toBe("$ 15.000");
  });
});

test("formatCount groups thousands with dots", () => {
  expect(formatCount(3000)).toBe("3.000");
  expect(formatCount(12)).toBe("12");
  expect(formatCount(60_000_000n)).toBe("60.000.000");
});
