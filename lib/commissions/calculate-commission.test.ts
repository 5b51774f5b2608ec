import { describe, expect, test } from "vitest";
import { AppError } from "@/lib/errors";
import { SAMPLE_PRODUCTS as PRODUCTS, SAMPLE_RULE_SET as RULE_SET } from "@/lib/testing/pricing-fixtures";
import { calculateCommission } from "./calculate-commission";
import type { TCommissionInput, TPricingLine, TPricingProduct, TPricingRuleSet } from "./schemas";

const line = (lineNumber: number, lineAmount: string | null, product: TPricingProduct | null): TPricingLine => ({
  lineNumber,
  lineAmount,
  product,
});

const invoice = (lines: TPricingLine[], dates: Partial<Pick<TCommissionInput, "issueDate" | "registeredOn">> = {}) => ({
  invoiceId: "00000000-0000-4000-8000-0000000000aa",
  issueDate: "2026-11-01",
  registeredOn: "2026-11-23",
  invoiceTotal: "0.00",
  lines,
  ...dates,
});

const price = (lines: TPricingLine[], ruleSet: TPricingRuleSet = RULE_SET) =>
  calculateCommission({ input: invoice(lines), ruleSet });

describe("calculateCommission: charges", () => {
  test.each([
    {
      name: "base rates above both minimums",
      lines: [line(1, "20000000.00", PRODUCTS.potato)],
      fee: { amount: "60000.00", limitApplied: null },
      commission: { amount: "30000.00", limitApplied: null },
      withholding: "300000.00",
    },
    {
      name: "a small invoice pays the minimums",
      lines: [line(1, "1000000.00", PRODUCTS.potato)],
      fee: { raw: "3000", rounded: "3000.00", amount: "10000.00", limitApplied: "MIN" },
      commission: { raw: "1500", amount: "15000.00", limitApplied: "MIN" },
      withholding: "15000.00",
    },
    {
      name: "the commission stops at its maximum; the fee has none",
      lines: [line(1, "6000000000.00", PRODUCTS.potato)],
      fee: { amount: "18000000.00", limitApplied: null },
      commission: { raw: "6000000", amount: "5000000.00", limitApplied: "MAX" },
      withholding: "90000000.00",
    },
    {
      name: "the bracket's lower bound is inclusive",
      lines: [line(1, "500000000.00", PRODUCTS.potato)],
      fee: { amount: "1500000.00", limitApplied: null },
      commission: { raw: "500000", amount: "500000.00", limitApplied: null },
      withholding: "7500000.00",
    },
    {
      name: "one peso under the bracket keeps the base rate, rounded half up",
      lines: [line(1, "499999999.00", PRODUCTS.potato)],
      fee: { raw: "1499999.997", amount: "1500000.00" },
      commission: { raw: "749999.9985", rounded: "750000.00", amount: "750000.00" },
      withholding: "7500000.00",
    },
    {
      name: "a classification rate beats the base rate",
      lines: [line(1, "100000000.00", PRODUCTS.cattle)],
      fee: { amount: "300000.00" },
      commission: { raw: "120000", amount: "120000.00" },
      withholding: "1500000.00",
    },
    {
      name: "a category rate sets the fee only; first transformation avoids 2.5 %",
      lines: [line(1, "100000000.00", PRODUCTS.coffee)],
      fee: { raw: "200000", amount: "200000.00" },
      commission: { raw: "150000", amount: "150000.00" },
      withholding: "2500000.00",
    },
  ])("$name", ({ lines, fee, commission, withholding }) => {
    const result = price(lines);
    expect(result.fee).toMatchObject(fee);
    expect(result.commission).toMatchObject(commission);
    expect(result.withholdingAvoided).toBe(withholding);
  });

  test("half a peso rounds up, before the limits apply", () => {
    const result = price([line(1, "20000200.00", PRODUCTS.potato)], { ...RULE_SET, feeRateBps: 25 });
    expect(result.fee).toEqual({ raw: "50000.5", rounded: "50001.00", amount: "50001.00", limitApplied: null });
  });

  test("a classification rule beats the bracket on its lines; other lines take the bracket", () => {
    const result = price([line(1, "400000000.00", PRODUCTS.potato), line(2, "200000000.00", PRODUCTS.cattle)]);
    expect(result.bracket).toEqual({ minAmount: "500000000.00", maxAmount: null });
    expect(result.lines.map((priced) => priced.commission?.source)).toEqual(["AMOUNT_BRACKET", "CLASSIFICATION_RATE"]);
    expect(result.commission.raw).toBe("640000");
  });

  test("the invoice's charge is split over its lines in whole pesos that add up exactly", () => {
    const result = price([
      line(1, "100000.00", PRODUCTS.potato),
      line(2, "100000.00", PRODUCTS.potato),
      line(3, "100000.00", PRODUCTS.potato),
    ]);
    expect(result.fee.amount).toBe("10000.00");
    expect(result.lines.map((priced) => priced.fee?.allocated)).toEqual(["3334.00", "3333.00", "3333.00"]);
    expect(result.lines.map((priced) => priced.commission?.allocated)).toEqual(["5000.00", "5000.00", "5000.00"]);
  });
});

describe("calculateCommission: eligibility", () => {
  test("lines that are not eligible are excluded with their reason and do not count", () => {
    const result = price([
      line(1, "10000000.00", PRODUCTS.potato),
      line(2, "5000000.00", PRODUCTS.tractor),
      line(3, "700000.00", null),
      line(4, "300000.00", { ...PRODUCTS.coffee, active: false }),
      line(5, null, PRODUCTS.potato),
      line(6, "-200000.00", PRODUCTS.potato),
    ]);
    expect(result.lines.map((priced) => priced.excludedReason)).toEqual([
      null,
      "CLASSIFICATION_NOT_ELIGIBLE",
      "PRODUCT_NOT_MATCHED",
      "PRODUCT_INACTIVE",
      "AMOUNT_MISSING",
      "AMOUNT_NOT_POSITIVE",
    ]);
    expect(result.eligibleAmount).toBe("10000000.00");
    expect(result.excludedAmount).toBe("5800000.00");
    expect(result.lines.slice(1).every((priced) => priced.fee === null && priced.withholdingAvoided === "0.00")).toBe(
      true,
    );
    expect(result.fee.amount).toBe("30000.00");
  });

  test("an invoice with no eligible line cannot be registered", () => {
    expect(() => price([line(1, "5000000.00", PRODUCTS.tractor), line(2, "1.00", null)])).toThrowError(
      expect.objectContaining({ code: "NO_ELIGIBLE_LINES" }),
    );
  });

  test.each([
    { issueDate: "2026-05-27", registeredOn: "2026-11-23", age: 180, error: null },
    { issueDate: "2026-05-26", registeredOn: "2026-11-23", age: 181, error: "INVOICE_TOO_OLD" },
    { issueDate: "2025-12-31", registeredOn: "2026-06-29", age: 180, error: null },
    { issueDate: "2026-11-24", registeredOn: "2026-11-23", age: -1, error: "INVOICE_DATE_IN_FUTURE" },
    { issueDate: "2026-11-23", registeredOn: "2026-11-23", age: 0, error: null },
  ])("issued $issueDate, registered $registeredOn: $age days → $error", ({ issueDate, registeredOn, age, error }) => {
    const run = () =>
      calculateCommission({
        input: invoice([line(1, "1000000.00", PRODUCTS.potato)], { issueDate, registeredOn }),
        ruleSet: RULE_SET,
      });
    if (error) {
      expect(run).toThrowError(AppError);
      expect(run).toThrowError(expect.objectContaining({ code: error }));
    } else {
      expect(run().invoiceAgeDays).toBe(age);
    }
  });

  test("the age limit is the rule set's", () => {
    const input = invoice([line(1, "1000000.00", PRODUCTS.potato)], { issueDate: "2026-10-01" });
    expect(() => calculateCommission({ input, ruleSet: { ...RULE_SET, maxInvoiceAgeDays: 30 } })).toThrowError(
      expect.objectContaining({ code: "INVOICE_TOO_OLD" }),
    );
  });
});
