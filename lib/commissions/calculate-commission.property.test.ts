import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { AppError } from "@/lib/errors";
import { calculateCommission } from "./calculate-commission";
import { ZCommissionInput, ZCommissionResult, type TPricingRuleSet } from "./schemas";

const CLASSIFICATIONS = ["0701.90", "0102.29", "0901.21", "8701.91", "1006.30"];
const CATEGORIES = ["Tubérculos", "Ganado", "Café", "Maquinaria", "Arroz"];

const pesos = (max: number) => fc.integer({ min: 0, max }).map((value) => `${value}.00`);
const cents = fc
  .tuple(fc.bigInt({ min: -1_000_000n, max: 900_000_000_000n }), fc.integer({ min: 0, max: 99 }))
  .map(([units, fraction]) => `${units}.${String(fraction).padStart(2, "0")}`);

const productArbitrary = fc.record({
  code: fc.stringMatching(/^P-[A-Z0-9]{4}$/),
  category: fc.constantFrom(...CATEGORIES),
  active: fc.integer({ min: 0, max: 9 }).map((draw) => draw > 0),
  classificationCode: fc.constantFrom(...CLASSIFICATIONS),
  eligibility: fc.constantFrom("AGRO_NATURAL", "FIRST_TRANSFORMATION", "NOT_ELIGIBLE"),
  withholdingRateBps: fc.constantFrom(0, 150, 250),
});

const inputArbitrary = fc
  .record({
    invoiceId: fc.uuid({ version: 4 }),
    issueDate: fc.integer({ min: 0, max: 200 }).map((age) => new Date(Date.UTC(2026, 10, 23) - age * 86_400_000)),
    invoiceTotal: cents,
    lines: fc.array(
      fc.record({
        lineAmount: fc.option(cents, { freq: 20 }),
        product: fc.option(productArbitrary, { freq: 8 }),
      }),
      { minLength: 1, maxLength: 25 },
    ),
  })
  .map(({ issueDate, lines, ...rest }) =>
    ZCommissionInput.parse({
      ...rest,
      issueDate: issueDate.toISOString().slice(0, 10),
      registeredOn: "2026-11-23",
      lines: lines.map((line, index) => ({ lineNumber: index + 1, ...line })),
    }),
  );

const bracketArbitrary = fc
  .tuple(fc.integer({ min: 0, max: 2_000_000_000 }), fc.option(fc.integer({ min: 1, max: 2_000_000_000 })))
  .map(([min, width]) => ({ minAmount: `${min}.00`, maxAmount: width === null ? null : `${min + width}.00` }));

const rate = fc.option(fc.integer({ min: 0, max: 200 }));

const ruleSetArbitrary: fc.Arbitrary<TPricingRuleSet> = fc
  .record({
    feeRateBps: fc.integer({ min: 0, max: 200 }),
    feeMin: pesos(100_000),
    feeSpan: fc.option(fc.integer({ min: 0, max: 50_000_000 })),
    commissionRateBps: fc.integer({ min: 0, max: 200 }),
    commissionMin: pesos(100_000),
    commissionSpan: fc.option(fc.integer({ min: 0, max: 50_000_000 })),
    bracket: fc.option(fc.tuple(bracketArbitrary, rate, rate)),
    classificationRule: fc.option(fc.tuple(fc.constantFrom(...CLASSIFICATIONS), rate, rate)),
    categoryRule: fc.option(fc.tuple(fc.constantFrom(...CATEGORIES), rate, rate)),
  })
  .map(({ feeSpan, commissionSpan, bracket, classificationRule, categoryRule, ...rates }) => ({
    id: "00000000-0000-4000-8000-000000000009",
    version: 9,
    ...rates,
    feeMax: feeSpan === null ? null : new Decimal(rates.feeMin).plus(feeSpan).toFixed(2),
    commissionMax: commissionSpan === null ? null : new Decimal(rates.commissionMin).plus(commissionSpan).toFixed(2),
    maxInvoiceAgeDays: 180,
    rules: [
      bracket && { kind: "AMOUNT_BRACKET" as const, ...bracket[0], feeRateBps: bracket[1], commissionRateBps: bracket[2] },
      classificationRule && {
        kind: "CLASSIFICATION_RATE" as const,
        classificationCode: classificationRule[0],
        feeRateBps: classificationRule[1],
        commissionRateBps: classificationRule[2],
      },
      categoryRule && {
        kind: "CATEGORY_RATE" as const,
        category: categoryRule[0],
        feeRateBps: categoryRule[1],
        commissionRateBps: categoryRule[2],
      },
    ]
      .filter((rule) => rule !== null)
      .map((rule) => ({ classificationCode: null, category: null, minAmount: null, maxAmount: null, ...rule })),
  }));

const total = (values: (string | undefined)[]) =>
  values.reduce((sum, value) => sum.plus(value ?? 0), new Decimal(0)).toFixed(2);

/** Prices an invoice, or returns the stable code of the reason it cannot be registered. */
const priceOrCode = (input: Parameters<typeof calculateCommission>[0]) => {
  try {
    return calculateCommission(input);
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
};

describe("calculateCommission over random invoices and rule sets", () => {
  test("recomputing with the same version gives the identical result, and the result is internally consistent", () => {
    fc.assert(
      fc.property(inputArbitrary, ruleSetArbitrary, (input, ruleSet) => {
        const first = priceOrCode({ input, ruleSet });
        const again = priceOrCode({ input: ZCommissionInput.parse(JSON.parse(JSON.stringify(input))), ruleSet });
        expect(JSON.stringify(again)).toBe(JSON.stringify(first));
        if (typeof first === "string") {
          expect(["INVOICE_TOO_OLD", "NO_ELIGIBLE_LINES"]).toContain(first);
          return;
        }
        expect(ZCommissionResult.parse(first)).toEqual(first);
        const eligible = first.lines.filter((line) => line.excludedReason === null);
        expect(total(eligible.map((line) => line.lineAmount))).toBe(first.eligibleAmount);
        expect(total(first.lines.map((line) => line.lineAmount))).toBe(
          new Decimal(first.eligibleAmount).plus(first.excludedAmount).toFixed(2),
        );
        expect(total(eligible.map((line) => line.fee?.allocated))).toBe(first.fee.amount);
        expect(total(eligible.map((line) => line.commission?.allocated))).toBe(first.commission.amount);
        expect(total(first.lines.map((line) => line.withholdingAvoided))).toBe(first.withholdingAvoided);
        for (const [charge, min, max] of [
          [first.fee, ruleSet.feeMin, ruleSet.feeMax],
          [first.commission, ruleSet.commissionMin, ruleSet.commissionMax],
        ] as const) {
          const amount = new Decimal(charge.amount);
          expect(amount.isInteger()).toBe(true);
          expect(amount.gte(min)).toBe(true);
          if (max !== null) expect(amount.lte(max)).toBe(true);
          expect(amount.equals(charge.rounded)).toBe(charge.limitApplied === null);
        }
      }),
      { numRuns: 500, seed: 20261123 },
    );
  });
});
