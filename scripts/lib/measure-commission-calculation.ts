import { createHash } from "node:crypto";
import { calculateCommission } from "@/lib/commissions/calculate-commission";
import { ZCommissionInput, type TPricingProduct, type TPricingRuleSet } from "@/lib/commissions/schemas";
import { summarizeLatencies } from "./latency";

export type MeasureCommissionCalculationOptions = { invoices: number; linesPerInvoice: number };

const RULE_SET: TPricingRuleSet = {
  id: "00000000-0000-4000-8000-000000000001",
  version: 1,
  feeRateBps: 30,
  feeMin: "10000.00",
  feeMax: null,
  commissionRateBps: 15,
  commissionMin: "15000.00",
  commissionMax: "5000000.00",
  maxInvoiceAgeDays: 180,
  rules: [
    { kind: "AMOUNT_BRACKET", minAmount: "0.00", maxAmount: "100000000.00", feeRateBps: null, commissionRateBps: 18 },
    { kind: "AMOUNT_BRACKET", minAmount: "500000000.00", maxAmount: null, feeRateBps: null, commissionRateBps: 10 },
    { kind: "CLASSIFICATION_RATE", classificationCode: "0102.29", commissionRateBps: 12 },
    { kind: "CATEGORY_RATE", category: "Café", feeRateBps: 20 },
  ].map((rule) => ({
    classificationCode: null,
    category: null,
    minAmount: null,
    maxAmount: null,
    feeRateBps: null,
    commissionRateBps: null,
    ...rule,
  })) as TPricingRuleSet["rules"],
};

const PRODUCTS: TPricingProduct[] = [
  { code: "P1", category: "Café", active: true, classificationCode: "0901.11", eligibility: "FIRST_TRANSFORMATION", withholdingRateBps: 250 },
  { code: "P2", category: "Ganado", active: true, classificationCode: "0102.29", eligibility: "AGRO_NATURAL", withholdingRateBps: 150 },
  { code: "P3", category: "Hortalizas", active: true, classificationCode: "0701.90", eligibility: "AGRO_NATURAL", withholdingRateBps: 150 },
  { code: "P4", category: "Insumos", active: true, classificationCode: "3105.20", eligibility: "NOT_ELIGIBLE", withholdingRateBps: 0 },
];

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
    return calculateCommission({ input, ruleSet: RULE_SET });
  };
  for (const raw of inputs.slice(0, 200)) priceOne(raw);
  const durations = inputs.map((raw) => {
    const start = performance.now();
    priceOne(raw);
    return performance.now() - start;
  });
  return { invoices, lines_per_invoice: linesPerInvoice, ...summarizeLatencies(durations) };
};
