import { groupWordsIntoLines } from "@/lib/extraction/layout/group-words-into-lines";
import type { TExtractedValue, TExtractionResult, TPageWords } from "@/lib/extraction/schemas";
import type { TFieldCorrectionAudit } from "@/lib/review/schemas";
import { locateFieldValue } from "./locate-field-value";
import { PROFILE_FIELDS, ZSupplierProfile, type TProfileFieldMemory, type TProfileLineProduct, type TSupplierProfile } from "./schemas";

export type TLearnedLine = { lineNumber: number; sellerItemCode: string | null; standardItemCode: string | null; productCode: string | null };

export type UpdateSupplierProfileOptions = {
  /** The supplier's profile so far; null for its first reviewed invoice. */
  profile: TSupplierProfile | null;
  nit: string;
  /** The invoice's extraction with the reviewer's corrections in it (its final values). */
  extraction: Pick<TExtractionResult, "header">;
  corrections: TFieldCorrectionAudit[];
  /** The approved lines: their item codes and the catalog product each ended with. */
  lines: TLearnedLine[];
  /** The document's page words, to find where each approved value is printed and under which label; null for XML. */
  pages: TPageWords[] | null;
};

const mergeLineProducts = (known: TProfileLineProduct[], lines: TLearnedLine[]): TProfileLineProduct[] => {
  const merged = [...known];
  for (const line of lines) {
    if (!line.productCode) continue;
    const codes = [
      { code: line.sellerItemCode?.trim(), codeKind: "seller" as const },
      { code: line.standardItemCode?.trim(), codeKind: "standard" as const },
    ];
    for (const { code, codeKind } of codes) {
      // A code column that only numbers the rows (1, 2, 3…) names no product.
      if (!code || code === String(line.lineNumber)) continue;
      const index = merged.findIndex((entry) => entry.code === code && entry.codeKind === codeKind);
      const entry = merged[index];
      // The latest approval wins: a reviewer who picks another product for a code has corrected the mapping.
      const next = { code, codeKind, productCode: line.productCode, count: entry && entry.productCode === line.productCode ? entry.count + 1 : 1 };
      if (index >= 0) merged[index] = next;
      else merged.push(next);
    }
  }
  return merged;
};

/**
 * Pure: a supplier's profile after one more approved invoice. It keeps the approved name, and for each header
 * field where its value is printed and the label printed with it (looked up in the page words, so that a value the
 * extractor missed and a reviewer typed is found too), the value itself and how often it repeated; and every item
 * code → product pair of the approved lines.
 */
export const updateSupplierProfile = ({ profile, nit, extraction, corrections, lines, pages }: UpdateSupplierProfileOptions): TSupplierProfile => {
  const { header } = extraction;
  const layout = pages ? groupWordsIntoLines({ pages }) : [];
  const corrected = new Set(corrections.map((correction) => correction.field));
  const fields = { ...(profile?.fields ?? {}) };
  for (const field of PROFILE_FIELDS) {
    const final = header[field] as TExtractedValue<string> | null;
    if (!final) continue;
    const previous = fields[field];
    // A box the extractor drew around a value the reviewer then replaced marks where the wrong value was.
    const extractorBox = corrected.has(`header.${field}`) ? null : { page: final.page, bbox: final.bbox };
    const located = layout.length > 0 ? locateFieldValue({ lines: layout, field, value: final.value, near: extractorBox }) : null;
    const memory: TProfileFieldMemory = {
      page: located?.page ?? extractorBox?.page ?? previous?.page ?? null,
      bbox: located?.bbox ?? extractorBox?.bbox ?? previous?.bbox ?? null,
      label: located ? located.label : (previous?.label ?? null),
      value: final.value,
      sameValueCount: previous?.value === final.value ? previous.sameValueCount + 1 : 1,
      seen: (previous?.seen ?? 0) + 1,
    };
    fields[field] = memory;
  }
  return ZSupplierProfile.parse({
    nit,
    supplierName: header.supplierName?.value ?? profile?.supplierName ?? null,
    fields,
    lineProducts: mergeLineProducts(profile?.lineProducts ?? [], lines),
    invoicesLearned: (profile?.invoicesLearned ?? 0) + 1,
    correctionsLearned: (profile?.correctionsLearned ?? 0) + corrections.length,
  });
};
