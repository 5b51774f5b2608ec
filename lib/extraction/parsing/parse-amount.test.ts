import { describe, expect, it } from "vitest";
import { parseAmount } from "./parse-amount";

describe("parseAmount", () => {
  it.each([
    ["$ 1.234.567,89", "1234567.89", false],
    ["1.234.567,89", "1234567.89", false],
    ["1,234,567.89", "1234567.89", false],
    ["$1.234.567", "1234567", false],
    ["1.234", "1234", false],
    ["1,234", "1234", false],
    ["1234,5", "1234.5", false],
    ["1234.50", "1234.50", false],
    ["0,00", "0.00", false],
    ["COP 45.000,00", "45000.00", false],
    ["45.000,00 COP", "45000.00", false],
    ["-$ 12.500,00", "-12500.00", false],
    ["(12.500,00)", "-12500.00", false],
    ["007", "7", false],
    ["1.2O4.567,89", "1204567.89", true],
    ["l.234.S67,00", "1234567.00", true],
    ["210:255.027,32", "210255027.32", true],
  ])("reads %s as %s", (text, value, repaired) => {
    expect(parseAmount({ text })).toEqual({ value, repaired });
  });

  it.each(["", "$", "abc", "1.23.456", "1,234.567,89", "12.34.56", "1.234,567", "IVA", "19%", "1 234 567,8a9x", "36.087.930,066", "12:30:45"])("refuses %s", (text) => {
    expect(parseAmount({ text })).toBeNull();
  });
});

describe("parseAmount, as Textract values need it", () => {
  it.each([
    ["$ 1.234.567,89", "1234567.89"],
    ["1,234,567.89", "1234567.89"],
    ["COP 450.000", "450000"],
    ["450,000", "450000"],
    ["$450.000,00", "450000.00"],
    ["1234567,5", "1234567.5"],
    ["1234.56", "1234.56"],
    ["0,19", "0.19"],
    ["(12.500)", "-12500"],
    ["-12.500,50", "-12500.50"],
    ["25", "25"],
    ["007", "7"],
    ["$ 1 234 567,89", "1234567.89"],
  ])("%s → %s", (text, expected) => {
    expect(parseAmount({ text })).toEqual({ value: expected, repaired: false });
  });

  it.each(["", "$", "abc", "12.34.5", "1.234,567,89", "1,23.456", "19%", "12,", "1.2345.678"])("rejects %j", (text) => {
    expect(parseAmount({ text })).toBeNull();
  });
});
