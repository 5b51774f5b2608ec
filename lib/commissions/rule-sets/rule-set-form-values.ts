import type { TRuleDraftInput, TRuleSetDetail, TRuleSetDraftInputIn } from "./schemas";

/**
 * What the edit form holds: text exactly as typed, rates as Colombian percentages ("0,30") and amounts as grouped
 * pesos ("10.000"). toRuleSetDraftInput turns it into the shared schema's input (basis points, plain digits).
 */
export type TRuleFormRow = {
  key: string;
  kind: TRuleDraftInput["kind"];
  minAmount: string;
  maxAmount: string;
  classificationCode: string;
  category: string;
  feePercent: string;
  commissionPercent: string;
};

export type TRuleSetFormValues = {
  description: string;
  feePercent: string;
  feeMin: string;
  feeMax: string;
  commissionPercent: string;
  commissionMin: string;
  commissionMax: string;
  maxInvoiceAgeDays: string;
  rules: TRuleFormRow[];
};

const PERCENT_PATTERN = /^(\d{1,3})(?:[.,](\d{1,2}))?$/;

/** "0,30" / "0.3" / "1" / "0,30 %" → basis points; null when it is not a percentage with up to two decimals. */
export const percentToBasisPoints = (text: string): number | null => {
  const match = PERCENT_PATTERN.exec(text.replace(/%/g, "").trim());
  if (!match) return null;
  const [, whole = "0", fraction = ""] = match;
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
};

/** 30 → "0,30" (the percentage the form shows). */
export const basisPointsToPercent = (basisPoints: number): string =>
  `${Math.floor(basisPoints / 100)},${String(basisPoints % 100).padStart(2, "0")}`;

/**
 * "$ 10.000" / "10.000,00" / "10000" → "10000". Dots group thousands in Colombia; a comma starts centavos, which
 * are kept so the schema can say pesos must be whole. Anything else is passed on for the schema to refuse.
 */
export const pesoTextToAmount = (text: string): string => {
  const cleaned = text.replace(/\$/g, "").replace(/\s+/g, "");
  if (!/^[\d.]+(,\d+)?$/.test(cleaned)) return cleaned;
  const [integer = "", fraction] = cleaned.split(",");
  const digits = integer.replace(/\./g, "");
  return fraction === undefined ? digits : `${digits}.${fraction}`;
};

/** "10000.00" → "10.000" (whole pesos grouped, as the form shows them). */
export const amountToPesoText = (amount: string | null): string =>
  amount === null ? "" : (amount.split(".")[0] ?? "").replace(/\B(?=(\d{3})+(?!\d))/g, ".");

let rowCounter = 0;
export const newRuleRowKey = () => `rule-${Date.now().toString(36)}-${(rowCounter += 1)}`;

export const toRuleSetFormValues = (detail: TRuleSetDetail): TRuleSetFormValues => ({
  description: detail.description,
  feePercent: basisPointsToPercent(detail.feeRateBps),
  feeMin: amountToPesoText(detail.feeMin),
  feeMax: amountToPesoText(detail.feeMax),
  commissionPercent: basisPointsToPercent(detail.commissionRateBps),
  commissionMin: amountToPesoText(detail.commissionMin),
  commissionMax: amountToPesoText(detail.commissionMax),
  maxInvoiceAgeDays: String(detail.maxInvoiceAgeDays),
  rules: detail.rules.map((rule) => ({
    key: newRuleRowKey(),
    kind: rule.kind,
    minAmount: amountToPesoText(rule.minAmount),
    maxAmount: amountToPesoText(rule.maxAmount),
    classificationCode: rule.classificationCode ?? "",
    category: rule.category ?? "",
    feePercent: rule.feeRateBps === null ? "" : basisPointsToPercent(rule.feeRateBps),
    commissionPercent: rule.commissionRateBps === null ? "" : basisPointsToPercent(rule.commissionRateBps),
  })),
});

export type TFormConversion = {
  input: TRuleSetDraftInputIn;
  /** Percentages that are not numbers, by the schema path they would fill ("rules.1.feeRateBps"). */
  errors: Record<string, string>;
};

const PERCENT_ERROR = "Escriba un porcentaje con hasta dos decimales, p. ej. 0,30";

export const toRuleSetDraftInput = (values: TRuleSetFormValues): TFormConversion => {
  const errors: Record<string, string> = {};
  // An unreadable percentage is sent as NaN so the shape stays complete; its own message wins over the schema's.
  const rate = (text: string, path: string, optional: boolean): number | null => {
    if (optional && text.trim() === "") return null;
    const basisPoints = percentToBasisPoints(text);
    if (basisPoints === null) {
      errors[path] = text.trim() === "" ? "Escriba una tarifa" : PERCENT_ERROR;
      return Number.NaN;
    }
    return basisPoints;
  };
  const optionalAmount = (text: string) => (text.trim() === "" ? null : pesoTextToAmount(text));
  const ageText = values.maxInvoiceAgeDays.trim();
  const input: TRuleSetDraftInputIn = {
    description: values.description,
    feeRateBps: rate(values.feePercent, "feeRateBps", false) ?? Number.NaN,
    feeMin: pesoTextToAmount(values.feeMin),
    feeMax: optionalAmount(values.feeMax),
    commissionRateBps: rate(values.commissionPercent, "commissionRateBps", false) ?? Number.NaN,
    commissionMin: pesoTextToAmount(values.commissionMin),
    commissionMax: optionalAmount(values.commissionMax),
    maxInvoiceAgeDays: /^\d+$/.test(ageText) ? Number(ageText) : Number.NaN,
    rules: values.rules.map((row, index): TRuleDraftInput => {
      const rates = {
        feeRateBps: rate(row.feePercent, `rules.${index}.feeRateBps`, true),
        commissionRateBps: rate(row.commissionPercent, `rules.${index}.commissionRateBps`, true),
      };
      if (row.kind === "AMOUNT_BRACKET") {
        return { kind: row.kind, minAmount: pesoTextToAmount(row.minAmount), maxAmount: optionalAmount(row.maxAmount), ...rates };
      }
      if (row.kind === "CLASSIFICATION_RATE") return { kind: row.kind, classificationCode: row.classificationCode, ...rates };
      return { kind: row.kind, category: row.category, ...rates };
    }),
  };
  return { input, errors };
};
