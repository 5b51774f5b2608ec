import Decimal from "decimal.js";
import { AppError } from "@/lib/errors";
import type { TExtractedValue, TExtractionResult, TValueSource } from "@/lib/extraction/schemas";
import { fieldKindOf } from "./list-extracted-fields";
import { readFieldValue } from "./read-field-value";
import type { TCorrectionField, TCorrectionsBody, TEditableHeaderField, TEditableLineField, TReviewLineProduct } from "./schemas";

/** Where a value typed by an operator into a field the extractor never read is said to come from. */
const SOURCE_BY_TYPE: Record<TExtractionResult["sourceType"], TValueSource> = { XML: "xml", PDF: "pdf-text", IMAGE: "ocr" };

export type TCorrectionChange = {
  field: TCorrectionField;
  /** The value before this correction, and how sure the extractor was of it. */
  before: string | null;
  beforeConfidence: number | null;
  after: string;
};

export type ApplyCorrectionsOptions = {
  extraction: TExtractionResult;
  products: readonly TReviewLineProduct[];
  corrections: TCorrectionsBody;
  /** Names of the products the corrections choose, by code, when known (the screen knows them from the search). */
  productNames?: ReadonlyMap<string, string>;
};

export type TApplyCorrectionsResult = {
  extraction: TExtractionResult;
  products: TReviewLineProduct[];
  /** Only the values that changed: retyping "1000.00" over "1000" changes nothing. */
  changes: TCorrectionChange[];
};

const isSameValue = (name: string, before: string | null, after: string) =>
  before !== null && (["amount", "quantity"].includes(fieldKindOf(name)) ? new Decimal(before).eq(after) : before === after);

/**
 * Pure: an extraction and its line products with an operator's corrections applied. A corrected value keeps where
 * it was read (page and box, for the document viewer) and gets confidence 1: a person vouched for it. The server
 * saves the result; the review screen runs the same function on unsaved edits to recompute the arithmetic live.
 */
export const applyCorrections = ({ extraction, products, corrections, productNames }: ApplyCorrectionsOptions): TApplyCorrectionsResult => {
  const source = SOURCE_BY_TYPE[extraction.sourceType];
  const corrected = (previous: TExtractedValue<string> | null, value: string): TExtractedValue<string> =>
    previous ? { ...previous, value, confidence: 1 } : { value, confidence: 1, source, page: null, bbox: null };

  const header = { ...extraction.header };
  const lines = [...extraction.lines];
  const nextProducts = [...products];
  const changes: TCorrectionChange[] = [];
  const record = (field: TCorrectionField, name: string, after: string) => {
    const before = readFieldValue({ extraction, products, field });
    if (isSameValue(name, before.value, after)) return false;
    changes.push({ field, before: before.value, beforeConfidence: before.confidence, after });
    return true;
  };

  for (const [name, value] of Object.entries(corrections.header ?? {}) as [TEditableHeaderField, string | undefined][]) {
    if (value === undefined || !record(`header.${name}`, name, value)) continue;
    header[name] = corrected(header[name], value);
  }

  for (const { lineNumber, ...fields } of corrections.lines ?? []) {
    const line = lines[lineNumber - 1];
    if (!line) throw new AppError("INVALID_INPUT", { message: `La factura no tiene línea ${lineNumber}.` });
    const next = { ...line };
    for (const [name, value] of Object.entries(fields) as [TEditableLineField, string | undefined][]) {
      if (value === undefined || !record(`lines.${lineNumber}.${name}`, name, value)) continue;
      if (name === "productCode") {
        const index = nextProducts.findIndex((product) => product.lineNumber === lineNumber);
        const chosen = { lineNumber, productCode: value, productName: productNames?.get(value) ?? null, matchScore: 1 };
        if (index === -1) nextProducts.push(chosen);
        else nextProducts[index] = chosen;
      } else if (name === "description") {
        next.description = corrected(next.description, value);
      } else {
        next[name] = corrected(next[name], value);
      }
    }
    lines[lineNumber - 1] = next;
  }
  return { extraction: { ...extraction, header, lines }, products: nextProducts, changes };
};
