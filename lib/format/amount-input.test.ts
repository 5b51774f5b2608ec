import { describe, expect, it } from "vitest";
import { parseAmountInput } from "./amount-input";

describe("parseAmountInput", () => {
  it.each([
    ["$ 1.050.000,50", "1050000.50"],
    ["1050000.50", "1050000.50"],
    ["1.050", "1050"],
    ["1.050.000", "1050000"],
    ["12,5", "12.5"],
    ["2.5", "2.5"],
    ["abc", "abc"],
  ])("%s → %s", (text, expected) => {
    expect(parseAmountInput(text)).toBe(expected);
  });
});
