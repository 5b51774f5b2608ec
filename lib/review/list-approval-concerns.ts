import { checkReviewArithmetic } from "./check-review-arithmetic";
import { readFieldValue } from "./read-field-value";
import { HEADER_FIELD_LABELS, LINE_FIELD_LABELS, type TApprovalConcern, type TReviewInvoice } from "./schemas";

const fieldLabel = (field: string) => {
  const [scope, first, second] = field.split(".");
  if (scope === "header") return HEADER_FIELD_LABELS[first as keyof typeof HEADER_FIELD_LABELS] ?? first;
  return `Línea ${first}, ${(LINE_FIELD_LABELS[second as keyof typeof LINE_FIELD_LABELS] ?? second ?? "").toLowerCase()}`;
};

const shown = (value: string | null) => (value === null ? "(vacío)" : `«${value}»`);

/**
 * Pure: what an operator must confirm before approving: totals that do not add up, and every corrected value that
 * no longer says what the document said. The server refuses an unconfirmed approval with these; the screen lists
 * them in its confirmation dialog, computed on the unsaved edits.
 */
export const listApprovalConcerns = ({ extraction, products, ocr }: Pick<TReviewInvoice, "extraction" | "products" | "ocr">): TApprovalConcern[] => [
  ...checkReviewArithmetic(extraction).concerns,
  ...Object.entries(ocr).flatMap(([field, reading]) => {
    const { value } = readFieldValue({ extraction, products, field });
    if (value === reading.value) return [];
    return [{ code: "DIFFERS_FROM_OCR" as const, field, message: `${fieldLabel(field)}: el documento dice ${shown(reading.value)}, se aprobará ${shown(value)}.` }];
  }),
];
