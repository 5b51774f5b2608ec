import type { TPricingProduct, TPricingRuleSet } from "@/lib/commissions/schemas";

/**
 * A rule set with one rule of each kind (a bracket from 500 M, a classification rate, a category rate) and the
 * seeded v1 base rates, plus products of each eligibility: the shared ground of the calculation's tests and benchmark.
 */
export const SAMPLE_RULE_SET: TPricingRuleSet = {
  id: "00000000-0000-4000-8000-000000000001",
  version: 3,
  feeRateBps: 30,
  feeMin: "10000.00",
  feeMax: null,
  commissionRateBps: 15,
  commissionMin: "15000.00",
  commissionMax: "5000000.00",
  maxInvoiceAgeDays: 180,
  rules: [
    {
      kind: "AMOUNT_BRACKET",
      classificationCode: null,
      category: null,
      minAmount: "500000000.00",
      maxAmount: null,
      feeRateBps: null,
      commissionRateBps: 10,
    },
    {
      kind: "CLASSIFICATION_RATE",
      classificationCode: "0102.29",
      category: null,
      minAmount: null,
      maxAmount: null,
      feeRateBps: null,
      commissionRateBps: 12,
    },
    {
      kind: "CATEGORY_RATE",
      classificationCode: null,
      category: "Café",
      minAmount: null,
      maxAmount: null,
      feeRateBps: 20,
      commissionRateBps: null,
    },
  ],
};

export const SAMPLE_PRODUCTS = {
  potato: {
    code: "P-PAPA",
    category: "Tubérculos",
    active: true,
    classificationCode: "0701.90",
    eligibility: "AGRO_NATURAL",
    withholdingRateBps: 150,
  },
  cattle: {
    code: "P-NOVILLO",
    category: "Ganado",
    active: true,
    classificationCode: "0102.29",
    eligibility: "AGRO_NATURAL",
    withholdingRateBps: 150,
  },
  coffee: {
    code: "P-CAFE",
    category: "Café",
    active: true,
    classificationCode: "0901.21",
    eligibility: "FIRST_TRANSFORMATION",
    withholdingRateBps: 250,
  },
  tractor: {
    code: "P-TRACTOR",
    category: "Maquinaria",
    active: true,
    classificationCode: "8701.91",
    eligibility: "NOT_ELIGIBLE",
    withholdingRateBps: 0,
  },
} satisfies Record<string, TPricingProduct>;
