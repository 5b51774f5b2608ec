import { z } from "zod";

/** Exact decimal amounts travel as strings ("1234567.89"), never as floats; exact products keep up to 8 decimals. */
export const ZDecimalString = z.string().regex(/^-?\d{1,16}(\.\d{1,8})?$/, "Importe decimal inválido");
/** Invoice amounts as the database keeps them: at most two decimals. */
export const ZMoneyString = z.string().regex(/^-?\d{1,16}(\.\d{1,2})?$/, "Importe con más de dos decimales");
/** Whole pesos with the two decimals the database keeps ("15000.00"). */
export const ZPesoString = z.string().regex(/^\d{1,16}(\.00)?$/, "Use pesos enteros");
export const ZIsoDate = z.iso.date();
export const ZBasisPoints = z.number().int().min(0).max(10_000);

export const ZEligibility = z.enum(["AGRO_NATURAL", "FIRST_TRANSFORMATION", "NOT_ELIGIBLE"]);
export type TEligibility = z.infer<typeof ZEligibility>;

export const ZCommissionRuleKind = z.enum(["AMOUNT_BRACKET", "CLASSIFICATION_RATE", "CATEGORY_RATE"]);
export type TCommissionRuleKind = z.infer<typeof ZCommissionRuleKind>;

/** One extra rule of a rule set, as the calculation reads it. A null rate leaves that charge to the next rule. */
export const ZPricingRule = z.object({
  kind: ZCommissionRuleKind,
  classificationCode: z.string().nullable(),
  category: z.string().nullable(),
  /** Bracket bounds on the invoice's eligible amount: [minAmount, maxAmount), null = unbounded. */
  minAmount: ZDecimalString.nullable(),
  maxAmount: ZDecimalString.nullable(),
  feeRateBps: ZBasisPoints.nullable(),
  commissionRateBps: ZBasisPoints.nullable(),
});
export type TPricingRule = z.infer<typeof ZPricingRule>;

/** A rule-set version as the calculation reads it (loaded from CommissionRuleSet + CommissionRule). */
export const ZPricingRuleSet = z.object({
  id: z.uuid(),
  version: z.number().int().positive(),
  feeRateBps: ZBasisPoints,
  feeMin: ZDecimalString,
  feeMax: ZDecimalString.nullable(),
  commissionRateBps: ZBasisPoints,
  commissionMin: ZDecimalString,
  commissionMax: ZDecimalString.nullable(),
  maxInvoiceAgeDays: z.number().int().positive(),
  rules: z.array(ZPricingRule),
});
export type TPricingRuleSet = z.infer<typeof ZPricingRuleSet>;

/** The matched product of a line, with its DIAN classification. Null when the line has no product. */
export const ZPricingProduct = z.object({
  code: z.string(),
  category: z.string(),
  active: z.boolean(),
  classificationCode: z.string(),
  eligibility: ZEligibility,
  /** Withholding that registration exempts, basis points (150 = 1.5 %). */
  withholdingRateBps: ZBasisPoints,
});
export type TPricingProduct = z.infer<typeof ZPricingProduct>;

export const ZPricingLine = z.object({
  lineNumber: z.number().int().positive(),
  /** Line amount before tax; null when the document did not show it. */
  lineAmount: ZMoneyString.nullable(),
  product: ZPricingProduct.nullable(),
});
export type TPricingLine = z.infer<typeof ZPricingLine>;

/**
 * Everything the price of one invoice depends on. Parsing through this schema fixes the key order, so
 * JSON.stringify of the parsed value is canonical and its SHA-256 is the commission's inputsHash.
 */
export const ZCommissionInput = z.object({
  invoiceId: z.uuid(),
  issueDate: ZIsoDate,
  /** Registration date in America/Bogota. */
  registeredOn: ZIsoDate,
  invoiceTotal: ZMoneyString,
  lines: z.array(ZPricingLine).min(1),
});
export type TCommissionInput = z.infer<typeof ZCommissionInput>;

/** Why a line does not count towards the registered value. Stable codes; labels in EXCLUSION_REASON_LABELS. */
export const ZExclusionReason = z.enum([
  "PRODUCT_NOT_MATCHED",
  "PRODUCT_INACTIVE",
  "CLASSIFICATION_NOT_ELIGIBLE",
  "AMOUNT_MISSING",
  "AMOUNT_NOT_POSITIVE",
]);
export type TExclusionReason = z.infer<typeof ZExclusionReason>;

export const EXCLUSION_REASON_LABELS: Record<TExclusionReason, string> = {
  PRODUCT_NOT_MATCHED: "Sin producto del catálogo",
  PRODUCT_INACTIVE: "Producto inactivo en el catálogo",
  CLASSIFICATION_NOT_ELIGIBLE: "Clasificación DIAN no elegible",
  AMOUNT_MISSING: "Línea sin valor",
  AMOUNT_NOT_POSITIVE: "Valor cero o negativo (descuento)",
};

/** Which rule set the rate of a charge on a line. */
export const ZRateSource = z.enum(["CLASSIFICATION_RATE", "CATEGORY_RATE", "AMOUNT_BRACKET", "BASE"]);
export type TRateSource = z.infer<typeof ZRateSource>;

export const RATE_SOURCE_LABELS: Record<TRateSource, string> = {
  CLASSIFICATION_RATE: "Por clasificación",
  CATEGORY_RATE: "Por categoría",
  AMOUNT_BRACKET: "Por tramo",
  BASE: "Tarifa base",
};

export const ZLineCharge = z.object({
  rateBps: ZBasisPoints,
  source: ZRateSource,
  /** lineAmount × rate, exact (not rounded). */
  raw: ZDecimalString,
  /** The line's share of the invoice charge after rounding and limits (whole pesos; shares sum to the charge). */
  allocated: ZDecimalString,
});
export type TLineCharge = z.infer<typeof ZLineCharge>;

export const ZCommissionLineResult = z.object({
  lineNumber: z.number().int().positive(),
  productCode: z.string().nullable(),
  classificationCode: z.string().nullable(),
  category: z.string().nullable(),
  eligibility: ZEligibility.nullable(),
  excludedReason: ZExclusionReason.nullable(),
  lineAmount: ZDecimalString,
  /** Null on excluded lines. */
  fee: ZLineCharge.nullable(),
  commission: ZLineCharge.nullable(),
  withholdingRateBps: ZBasisPoints,
  withholdingAvoided: ZDecimalString,
});
export type TCommissionLineResult = z.infer<typeof ZCommissionLineResult>;

export const ZInvoiceCharge = z.object({
  /** Sum of the lines' exact charges. */
  raw: ZDecimalString,
  /** raw rounded to the peso, half up. */
  rounded: ZDecimalString,
  /** rounded, raised to the minimum or lowered to the maximum. */
  amount: ZDecimalString,
  limitApplied: z.enum(["MIN", "MAX"]).nullable(),
});
export type TInvoiceCharge = z.infer<typeof ZInvoiceCharge>;

/** The calculation's whole output, stored as Commission.breakdown; recomputing gives this exact value. */
export const ZCommissionResult = z.object({
  ruleSetId: z.uuid(),
  ruleSetVersion: z.number().int().positive(),
  registeredOn: ZIsoDate,
  invoiceAgeDays: z.number().int(),
  invoiceTotal: ZDecimalString,
  eligibleAmount: ZDecimalString,
  excludedAmount: ZDecimalString,
  /** The bracket the eligible amount fell in, when the rule set has brackets. */
  bracket: z.object({ minAmount: ZDecimalString.nullable(), maxAmount: ZDecimalString.nullable() }).nullable(),
  fee: ZInvoiceCharge,
  commission: ZInvoiceCharge,
  withholdingAvoided: ZDecimalString,
  lines: z.array(ZCommissionLineResult),
});
export type TCommissionResult = z.infer<typeof ZCommissionResult>;

export const ZCalculateCommissionRequest = z.object({ invoiceId: z.uuid() });
export type TCalculateCommissionRequest = z.infer<typeof ZCalculateCommissionRequest>;

const ZCommissionParty = z.object({ name: z.string(), nit: z.string(), dv: z.string() }).nullable();

/** A stored commission as the API returns it. */
export const ZCommissionDetail = z.object({
  id: z.uuid(),
  invoiceId: z.uuid(),
  invoiceNumber: z.string().nullable(),
  supplier: ZCommissionParty,
  customer: ZCommissionParty,
  ruleSetVersion: z.number().int().positive(),
  registeredOn: ZIsoDate,
  invoiceTotal: ZMoneyString,
  eligibleAmount: ZMoneyString,
  excludedAmount: ZMoneyString,
  feeAmount: ZMoneyString,
  commissionAmount: ZMoneyString,
  withholdingAvoided: ZMoneyString,
  inputsHash: z.string().length(64),
  breakdown: ZCommissionResult,
  createdAt: z.iso.datetime(),
});
export type TCommissionDetail = z.infer<typeof ZCommissionDetail>;

/** The published version in force today, with the pricing parameters the calculation reads. */
export const ZRuleSetInForce = ZPricingRuleSet.extend({
  description: z.string(),
  effectiveFrom: ZIsoDate,
  publishedAt: z.iso.datetime().nullable(),
});
export type TRuleSetInForce = z.infer<typeof ZRuleSetInForce>;
