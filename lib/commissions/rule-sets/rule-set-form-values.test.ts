import { describe, expect, test } from "vitest";
import {
  amountToPesoText,
  basisPointsToPercent,
  percentToBasisPoints,
  pesoTextToAmount,
  toRuleSetDraftInput,
  type TRuleSetFormValues,
} from "./rule-set-form-values";
import { parseDayMonthYear } from "./parse-day-month-year";
import { ZRuleSetDraftInput } from "./schemas";

describe("form values", () => {
  test.each([
    ["0,30", 30],
    ["0.3", 30],
    ["1", 100],
    ["0,30 %", 30],
    ["100", 10_000],
    ["12,5", 1250],
    ["0,305", null],
    ["abc", null],
    ["-1", null],
    ["", null],
  ])("percentage %j → %j basis points", (text, expected) => {
    expect(percentToBasisPoints(text)).toBe(expected);
  });

  test.each([
    [30, "0,30"],
    [1250, "12,50"],
    [0, "0,00"],
    [10_000, "100,00"],
  ])("%i basis points → %s", (basisPoints, expected) => {
    expect(basisPointsToPercent(basisPoints)).toBe(expected);
    expect(percentToBasisPoints(expected)).toBe(basisPoints);
  });

  test.each([
    ["$ 10.000", "10000"],
    ["10.000,00", "10000.00"],
    ["15000", "15000"],
    ["1.500,50", "1500.50"],
    ["diez mil", "diezmil"],
  ])("pesos %j → %j", (text, expected) => {
    expect(pesoTextToAmount(text)).toBe(expected);
  });

  test("amounts are shown as grouped whole pesos", () => {
    expect(amountToPesoText("5000000.00")).toBe("5.000.000");
    expect(amountToPesoText(null)).toBe("");
  });

  test("a form converts to the schema's input, and unreadable percentages come back as field errors", () => {
    const values: TRuleSetFormValues = {
      description: "Tarifas 2027",
      feePercent: "0,35",
      feeMin: "10.000",
      feeMax: "",
      commissionPercent: "0,15",
      commissionMin: "15.000",
      commissionMax: "5.000.000",
      maxInvoiceAgeDays: "180",
      rules: [
        { key: "a", kind: "AMOUNT_BRACKET", minAmount: "500.000.000", maxAmount: "", classificationCode: "", category: "", feePercent: "", commissionPercent: "0,10" },
        { key: "b", kind: "CATEGORY_RATE", minAmount: "", maxAmount: "", classificationCode: "", category: "Cereales", feePercent: "x", commissionPercent: "" },
      ],
    };
    const { input, errors } = toRuleSetDraftInput(values);
    expect(errors).toEqual({ "rules.1.feeRateBps": "Escriba un porcentaje con hasta dos decimales, p. ej. 0,30" });
    const ok = toRuleSetDraftInput({ ...values, rules: values.rules.slice(0, 1) });
    expect(ok.errors).toEqual({});
    expect(ZRuleSetDraftInput.parse(ok.input)).toEqual({
      description: "Tarifas 2027",
      feeRateBps: 35,
      feeMin: "10000.00",
      feeMax: null,
      commissionRateBps: 15,
      commissionMin: "15000.00",
      commissionMax: "5000000.00",
      maxInvoiceAgeDays: 180,
      rules: [{ kind: "AMOUNT_BRACKET", minAmount: "500000000.00", maxAmount: null, feeRateBps: null, commissionRateBps: 10 }],
    });
    expect(input.rules[1]).toMatchObject({ kind: "CATEGORY_RATE", category: "Cereales", commissionRateBps: null });
  });
});

describe("effective dates typed as DD/MM/YYYY", () => {
  test.each([
    ["05/12/2026", "2026-12-05"],
    ["5/1/2027", "2027-01-05"],
    ["29/02/2028", "2028-02-29"],
    ["29/02/2027", null],
    ["31/04/2027", null],
    ["2027-01-05", null],
    ["", null],
  ])("%j → %j", (text, expected) => {
    expect(parseDayMonthYear(text)).toBe(expected);
  });
});
