import type { TBoundingBox } from "@/lib/extraction/schemas";
import { DEFAULT_AUTO_APPROVE_THRESHOLD } from "@/lib/validation/validate-extraction";
import type { TValidationFinding } from "@/lib/validation/schemas";
import type { TExtractedField } from "./list-extracted-fields";

export type THighlightTone = "info" | "warning" | "error";

/** A box to draw over the original document; structurally the viewer's TDocumentHighlight. */
export type TFieldHighlight = { key: string; page: number; bbox: TBoundingBox; tone: THighlightTone };

export type ListFieldHighlightsOptions = {
  fields: readonly TExtractedField[];
  /** Validation findings: a field named by an error finding is drawn as an error, by a warning as a warning. */
  findings?: readonly Pick<TValidationFinding, "field" | "severity">[];
  /** Below this confidence a value needs an operator's look (the pipeline's auto-approve threshold). */
  reviewThreshold?: number;
};

/**
 * Pure: the boxes of the fields read from a page (XML values have none), each toned by the worst of its findings
 * and its confidence, in the order of `fields`.
 */
export const listFieldHighlights = ({
  fields,
  findings = [],
  reviewThreshold = DEFAULT_AUTO_APPROVE_THRESHOLD,
}: ListFieldHighlightsOptions): TFieldHighlight[] => {
  const severityByField = new Map<string, THighlightTone>();
  for (const finding of findings) {
    if (!finding.field || finding.severity === "info") continue;
    if (severityByField.get(finding.field) !== "error") severityByField.set(finding.field, finding.severity);
  }
  return fields.flatMap((field) => {
    if (field.page === null || field.bbox === null) return [];
    const fromFinding = severityByField.get(field.key);
    const isUnsure = field.confidence !== null && field.confidence < reviewThreshold;
    const tone: THighlightTone = fromFinding ?? (isUnsure ? "warning" : "info");
    return [{ key: field.key, page: field.page, bbox: field.bbox, tone }];
  });
};
