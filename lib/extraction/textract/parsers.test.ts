import { describe, expect, it } from "vitest";
import { parseColombianAmount } from "./parse-colombian-amount";
import { parseColombianDate } from "./parse-colombian-date";
import { parseNit } from "./parse-nit";

describe("parseColombianAmount", () => {
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
    expect(parseColombianAmount({ text })).toBe(expected);
  });

  it.each(["", "$", "abc", "12.34.5", "1.234,567,89", "1,23.456", "19%", "12,", "1.2345.678"])("rejects %j", (text) => {
    expect(parseColombianAmount({ text })).toBeNull();
  });
});

describe("parseColombianDate", () => {
  it.each([
    ["20/11/2026", "2026-11-20"],
    ["03/04/2026", "2026-04-03"],
    ["3-4-26", "2026-04-03"],
    ["2026-11-20", "2026-11-20"],
    ["2026/11/20 18:14:37", "2026-11-20"],
    ["20 de noviembre de 2026", "2026-11-20"],
    ["20-NOV-2026", "2026-11-20"],
    ["5 ago. 2026", "2026-08-05"],
    ["1 de septiembre de 2026", "2026-09-01"],
    ["Dec 1, 2026", "2026-12-01"],
    ["Fecha: 15.01.2026", "2026-01-15"],
  ])("%s → %s", (text, expected) => {
    expect(parseColombianDate({ text })).toBe(expected);
  });

  it.each(["31/02/2026", "2026-13-01", "hoy", "20 de brumario de 2026", "12345"])("rejects %j", (text) => {
    expect(parseColombianDate({ text })).toBeNull();
  });
});

describe("parseNit", () => {
  it.each([
    ["900.373.115-3", { nit: "900373115", dv: "3" }],
    ["NIT: 860512780 - 4", { nit: "860512780", dv: "4" }],
    ["9003731153", { nit: "9003731153", dv: null }],
    ["C.C. 1.020.304.050", { nit: "1020304050", dv: null }],
  ])("%s", (text, expected) => {
    expect(parseNit({ text })).toEqual(expected);
  });

  it.each(["NIT", "12-3", "Tel 604"])("rejects %j", (text) => {
    expect(parseNit({ text })).toBeNull();
  });
});
