import type { TExtractionResult } from "@/lib/extraction/schemas";
import type { TReviewLineProduct } from "./schemas";

export type ReadFieldValueOptions = {
  extraction: Pick<TExtractionResult, "header" | "lines">;
  products: readonly TReviewLineProduct[];
  /** A correction field: header.<name> or lines.<lineNumber>.<name>. */
  field: string;
};

/** A field's current value as text (null when the extractor read nothing), and how sure the extractor was. */
export const readFieldValue = ({ extraction, products, field }: ReadFieldValueOptions): { value: string | null; confidence: number | null } => {
  const [scope, first, second] = field.split(".");
  if (scope === "header" && first) {
    const entry = (extraction.header as Record<string, unknown>)[first];
    return isExtractedText(entry) ? { value: entry.value, confidence: entry.confidence } : { value: null, confidence: null };
  }
  const lineNumber = Number(first);
  if (second === "productCode") {
    const product = products.find((candidate) => candidate.lineNumber === lineNumber);
    return { value: product?.productCode ?? null, confidence: product?.matchScore ?? null };
  }
  const entry = second ? (extraction.lines[lineNumber - 1] as Record<string, unknown> | undefined)?.[second] : undefined;
  return isExtractedText(entry) ? { value: entry.value, confidence: entry.confidence } : { value: null, confidence: null };
};

const isExtractedText = (entry: unknown): entry is { value: string; confidence: number } =>
  typeof entry === "object" && entry !== null && typeof (entry as { value?: unknown }).value === "string";
