import { describe, expect, test } from "vitest";
import { formatAmount } from "./format-amount";

describe("formatAmount", () => {
  test.each([
    ["1234567.891", "COP", "$ 1.234.567,89"],
    ["1234.5", null, "$ 1.234,50"],
    ["1234.5", "USD", "USD 1.234,50"],
    ["-20", "EUR", "-EUR 20,00"],
  ])("%s %s → %s", (value, currency, text) => expect(formatAmount(value, currency)).toBe(text));
});
