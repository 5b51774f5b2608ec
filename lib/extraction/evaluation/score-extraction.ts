import Decimal from "decimal.js";
import type { TExtractionResult, TTaxSubtotal } from "@/lib/extraction/schemas";

export type TFieldScore = { field: string; correct: boolean; extracted: boolean; confidence: number; expected: unknown; actual: unknown };

export type ScoreExtractionOptions = { result: TExtractionResult; truth: Record<string, unknown> };

export const SCORED_FIELDS = ["documentType", "number", "issueDate", "dueDate", "currency", "supplierName", "supplierNit", "supplierDv", "customerName", "customerId", "customerDv", "subtotal", "total", "cufe", "paymentMeans", "taxes", "withholdings", "line_count"] as const;
export const KEY_FIELDS = ["number", "issueDate", "supplierNit", "total", "currency"] as const;

const AMOUNT_FIELDS = new Set(["subtotal", "total"]);
const TEXT_FIELDS = new Set(["supplierName", "customerName"]);
const DOCUMENT_TYPES: Record<string, string> = { invoice: "INVOICE", creditnote: "CREDIT_NOTE", debitnote: "DEBIT_NOTE" };

const sameDecimal = (a: unknown, b: unknown): boolean => {
  try {
    return new Decimal(String(a)).equals(new Decimal(String(b)));
  } catch {
    return false;
  }
};
const foldText = (value: unknown): string => String(value).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toUpperCase().replace(/\s+/g, " ").trim();
const foldNumber = (value: unknown): string => String(value).toUpperCase().replace(/[\s-]/g, "");

type TTruthTax = { scheme?: string; rate?: string | null; amount: string };
const taxKey = (tax: TTruthTax) => `${tax.scheme ?? ""}:${tax.rate ? new Decimal(tax.rate).toFixed(2) : ""}:${new Decimal(tax.amount).toFixed(2)}`;
const taxesScore = (field: string, actual: TTaxSubtotal[], expected: unknown): TFieldScore => {
  const expectedList = Array.isArray(expected) ? (expected as TTruthTax[]) : [];
  const actualKeys = actual.map((tax) => taxKey({ scheme: tax.scheme.value, rate: tax.rate?.value ?? null, amount: tax.amount.value })).sort();
  const expectedKeys = expectedList.map(taxKey).sort();
  const confidence = actual.length === 0 ? (expectedList.length === 0 ? 1 : 0) : Math.min(...actual.map((tax) => tax.amount.confidence));
  return { field, correct: JSON.stringify(actualKeys) === JSON.stringify(expectedKeys), extracted: actual.length > 0 || expectedList.length === 0, confidence, expected: expectedKeys, actual: actualKeys };
};

/**
 * Compares one extraction with its ground truth, field by field. Only the fields the truth names are scored; a
 * value the truth says is null counts as wrong when the extractor produced one.
 */
export const scoreExtraction = ({ result, truth }: ScoreExtractionOptions): TFieldScore[] => {
  const scores: TFieldScore[] = [];
  for (const field of SCORED_FIELDS) {
    if (!(field in truth)) continue;
    const expected = truth[field];
    if (field === "taxes" || field === "withholdings") {
      scores.push(taxesScore(field, result.header[field], expected));
      continue;
    }
    if (field === "line_count") {
      const confidences = result.lines.map((line) => line.lineAmount?.confidence ?? 0);
      scores.push({ field, correct: result.lines.length === Number(expected), extracted: result.lines.length > 0, confidence: confidences.length > 0 ? Math.min(...confidences) : 0, expected, actual: result.lines.length });
      continue;
    }
    const extracted = result.header[field];
    if (!extracted) {
      scores.push({ field, correct: expected === null || expected === undefined, extracted: false, confidence: 0, expected, actual: null });
      continue;
    }
    const actual = extracted.value;
    let correct: boolean;
    if (expected === null || expected === undefined) correct = false;
    else if (AMOUNT_FIELDS.has(field)) correct = sameDecimal(actual, expected);
    else if (TEXT_FIELDS.has(field)) correct = foldText(actual) === foldText(expected);
    else if (field === "number") correct = foldNumber(actual) === foldNumber(expected);
    else if (field === "documentType") correct = actual === (DOCUMENT_TYPES[String(expected).toLowerCase().replace(/[_\s]/g, "")] ?? expected);
    else correct = String(actual) === String(expected);
    scores.push({ field, correct, extracted: true, confidence: extracted.confidence, expected, actual });
  }
  return scores;
};
