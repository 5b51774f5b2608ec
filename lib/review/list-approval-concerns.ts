import { checkReviewArithmetic } from "./check-review-arithmetic";
import { formatFieldInput } from "./field-input";
import { readFieldValue } from "./read-field-value";
import { describeFieldKey } from "./list-extracted-fields";
import type { TApprovalConcern, TReviewInvoice } from "./schemas";

/** As the screen shows it: 25.000,00, 29/11/2026. */
const shown = (field: string, value: string | null) => (value === null ? "(vacío)" : `«${formatFieldInput(field, value)}»`);

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
    return [{ code: "DIFFERS_FROM_OCR" as const, field, message: `${describeFieldKey(field)}: el documento dice ${shown(field, reading.value)}, se aprobará ${shown(field, value)}.` }];
  }),
];
