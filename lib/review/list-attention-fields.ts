import { DEFAULT_AUTO_APPROVE_THRESHOLD } from "@/lib/validation/validate-extraction";
import { readFieldValue } from "./read-field-value";
import { EDITABLE_HEADER_FIELDS, EDITABLE_LINE_FIELDS, type TReviewInvoice } from "./schemas";

export type ListAttentionFieldsOptions = {
  review: Pick<TReviewInvoice, "extraction" | "products" | "ocr" | "validation">;
  /** Field keys of live concerns (a line whose amount stopped matching as the operator typed). */
  concernFields?: readonly (string | null)[];
  threshold?: number;
};

/**
 * Pure: the fields an operator must look at, in screen order (header, then each line): those read with low
 * confidence (judged by the extractor's own reading, so a corrected field keeps its place), those a validation
 * finding or a live concern points at, and lines without a certain product. Only these are in the tab order.
 */
export const listAttentionFields = ({ review, concernFields = [], threshold = DEFAULT_AUTO_APPROVE_THRESHOLD }: ListAttentionFieldsOptions): string[] => {
  const flagged = new Set<string>(concernFields.filter((field): field is string => field !== null));
  for (const finding of review.validation?.findings ?? []) {
    if (finding.severity === "info" || !finding.field) continue;
    flagged.add(finding.field.split(".").slice(0, finding.field.startsWith("header.") ? 2 : 3).join("."));
  }
  const isLow = (field: string) => {
    const reading = review.ocr[field] ?? readFieldValue({ extraction: review.extraction, products: review.products, field });
    // An unmatched line always needs a product; an empty header field only when a finding says it is required.
    if (field.endsWith(".productCode")) return reading.value === null || (reading.confidence ?? 0) < threshold;
    return reading.value !== null && reading.confidence !== null && reading.confidence < threshold;
  };
  const header = EDITABLE_HEADER_FIELDS.map((name) => `header.${name}`).filter((field) => flagged.has(field) || isLow(field));
  const lines = review.extraction.lines.flatMap((_, index) =>
    EDITABLE_LINE_FIELDS.map((name) => `lines.${index + 1}.${name}`).filter((field) => flagged.has(field) || isLow(field)),
  );
  return [...header, ...lines];
};
