import { createHash } from "node:crypto";
import { calculateCommission } from "@/lib/commissions/calculate-commission";
import { ZCommissionInput } from "@/lib/commissions/schemas";
import { SAMPLE_PRODUCTS, SAMPLE_RULE_SET } from "@/lib/testing/pricing-fixtures";
import { summarizeLatencies } from "./latency";

export type MeasureCommissionCalculationOptions = { invoices: number; linesPerInvoice: number };

const PRODUCTS = Object.values(SAMPLE_PRODUCTS);

/**
 * Times the pricing of synthetic invoices as priceInvoice does it, minus the database: the canonical parse of the
 * inputs, their SHA-256, and the exact calculation. Deterministic amounts, so runs compare.
 */
export const measureCommissionCalculation = ({ invoices, linesPerInvoice }: MeasureCommissionCalculationOptions) => {
  const inputs = Array.from({ length: invoices }, (_, invoiceIndex) => ({
    invoiceId: `00000000-0000-4000-8000-${String(invoiceIndex).padStart(12, "0")}`,
    issueDate: "2026-11-01",
    registeredOn: "2026-11-23",
    invoiceTotal: "0.00",
    lines: Array.from({ length: linesPerInvoice }, (_, lineIndex) => ({
      lineNumber: lineIndex + 1,
      lineAmount: `${((invoiceIndex * 7919 + lineIndex * 104729) % 90_000_000) + 10_000}.${String(lineIndex * 7 % 100).padStart(2, "0")}`,
      product: lineIndex % 9 === 8 ? null : PRODUCTS[(invoiceIndex + lineIndex) % PRODUCTS.length]!,
    })),
  }));
  const priceOne = (raw: (typeof inputs)[number]) => {
    const input = ZCommissionInput.parse(raw);
    createHash("sha256").update(JSON.stringify(input)).digest("hex");
    return calculateCommission({ input, ruleSet: SAMPLE_RULE_SET });
  };
  for (const raw of inputs.slice(0, 200)) priceOne(raw);
  const durations = inputs.map((raw) => {
    const start = performance.now();
    priceOne(raw);
    return performance.now() - start;
  });
  return { invoices, lines_per_invoice: linesPerInvoice, ...summarizeLatencies(durations) };
};
