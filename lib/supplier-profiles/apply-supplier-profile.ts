import { toValue } from "@/lib/extraction/layout/extract-fields-from-words";
import { groupWordsIntoLines } from "@/lib/extraction/layout/group-words-into-lines";
import type { TExtractedHeader, TExtractedValue, TExtractionResult, TPageWords, TValueSource } from "@/lib/extraction/schemas";
import { REQUIRED_HEADER_FIELDS } from "@/lib/validation/required-fields";
import { DEFAULT_AUTO_APPROVE_THRESHOLD } from "@/lib/validation/validate-extraction";
import { readFieldWithProfile } from "./read-field-with-profile";
import { isSameFieldValue } from "./read-profile-field";
import { PROFILE_FIELDS, SUPPLIER_PROFILE_WARNING, type TProfileField, type TSupplierProfile } from "./schemas";

export type ApplySupplierProfileOptions = {
  result: TExtractionResult;
  profile: TSupplierProfile;
  /** The page words the result was read from; null when they are not at hand (Textract): only the name and repeated values apply. */
  pages: TPageWords[] | null;
  /** A value read at or above this confidence is never replaced by the profile's reading. */
  highConfidence?: number;
};

/**
 * How sure a reading through the supplier's own label or position is, before its words' OCR confidence: a reviewer
 * approved that this supplier prints this field there, so the rule itself is hardly in doubt.
 */
const PROFILE_CERTAINTY = 0.97;
/** A value equal to the one every learned invoice of this supplier carried (its currency, its own NIT). */
const REPEATED_VALUE_CONFIDENCE = 0.97;
/** Name approved by a reviewer for this NIT: what a reviewer would type. */
const APPROVED_NAME_CONFIDENCE = 0.95;
/**
 * Fields printed in the header block, whose place does not move from one invoice to the next: a reading at the
 * remembered place alone may fill them. Amounts below the line table move with its length, so a box that held the
 * subtotal last time may hold a tax line now: they are read only through their label.
 */
const POSITION_STABLE_FIELDS: readonly TProfileField[] = ["number", "issueDate", "dueDate", "currency", "supplierNit", "customerId"];
/** Fields whose value repeats on every invoice of a supplier, so agreement with the last approved one is evidence. */
const REPEATING_FIELDS: readonly TProfileField[] = ["currency", "supplierNit"];

const FIELD_NAMES: Record<TProfileField, string> = {
  number: "número",
  issueDate: "fecha de emisión",
  dueDate: "fecha de vencimiento",
  currency: "moneda",
  supplierName: "nombre del proveedor",
  supplierNit: "NIT del proveedor",
  customerId: "identificación del cliente",
  subtotal: "subtotal",
  total: "total",
};

const sourceOf = (result: TExtractionResult): TValueSource =>
  result.engines.includes("textract") ? "textract" : result.engines.includes("tesseract") ? "ocr" : "pdf-text";

/**
 * Pure: a known supplier's next invoice, completed with what reviewers taught about that supplier. Fields the
 * extractor missed are read again through the supplier's own label or position; low-confidence readings are
 * replaced by a surer reading there; agreeing readings are confirmed (their confidence raised to what the page
 * words allow); the approved name is pre-filled. A value read with high confidence that disagrees is never
 * changed. Everything the profile did is listed in one warning, so the reviewer sees it.
 */
export const applySupplierProfile = ({ result, profile, pages, highConfidence = DEFAULT_AUTO_APPROVE_THRESHOLD }: ApplySupplierProfileOptions): TExtractionResult => {
  const source = sourceOf(result);
  const lines = pages ? groupWordsIntoLines({ pages }) : [];
  const header: TExtractedHeader = { ...result.header };
  const filled: string[] = [];
  const confirmed: string[] = [];
  const replaced: string[] = [];
  const differing: string[] = [];
  const set = (field: TProfileField, value: TExtractedValue<string>) => {
    (header as Record<TProfileField, TExtractedValue<string> | null>)[field] = value;
  };

  for (const field of PROFILE_FIELDS) {
    const current = header[field] as TExtractedValue<string> | null;
    const memory = profile.fields[field];
    const name = FIELD_NAMES[field];
    if (field === "supplierName" && profile.supplierName) {
      const approved = profile.supplierName;
      const position = { page: memory?.page ?? null, bbox: memory?.bbox ?? null };
      if (!current) {
        set(field, { value: approved, confidence: APPROVED_NAME_CONFIDENCE, source, ...position });
        filled.push(name);
      } else if (isSameFieldValue(field, current.value, approved)) {
        if (current.confidence < APPROVED_NAME_CONFIDENCE) confirmed.push(name);
        set(field, { ...current, value: approved, confidence: Math.max(current.confidence, APPROVED_NAME_CONFIDENCE) });
      } else if (current.confidence < highConfidence) {
        set(field, { ...current, value: approved, confidence: APPROVED_NAME_CONFIDENCE });
        replaced.push(name);
      } else differing.push(name);
      continue;
    }
    if (!memory) continue;
    const read = lines.length > 0 ? readFieldWithProfile({ lines, field, memory }) : null;
    const reading = read ? toValue({ value: read.value, words: read.words, certainty: PROFILE_CERTAINTY }, source) : null;
    const mayFill = read?.via === "label" || POSITION_STABLE_FIELDS.includes(field);
    const repeats = (value: string) => REPEATING_FIELDS.includes(field) && memory.value !== null && memory.sameValueCount >= 1 && isSameFieldValue(field, value, memory.value);
    if (!current) {
      // A missing required field holds the invoice anyway, and a doubtful pre-fill saves the reviewer typing; a
      // doubtful optional one (a due date misread under a stamp) would only add a finding to an invoice that had none.
      const isRequired = (REQUIRED_HEADER_FIELDS as readonly string[]).includes(field);
      if (reading && mayFill && (isRequired || reading.confidence >= highConfidence)) {
        set(field, reading);
        filled.push(name);
      }
      continue;
    }
    const agrees = reading !== null && isSameFieldValue(field, current.value, reading.value);
    if (reading && !agrees) {
      if (current.confidence >= highConfidence) {
        if (read?.via === "label") differing.push(name);
      }
      // Only the supplier's label names a value surely enough to replace what the extractor read.
      else if (read?.via === "label" && reading.confidence > current.confidence) {
        set(field, reading);
        replaced.push(name);
      }
      continue;
    }
    // Two rules (the generic label and this supplier's own) found the same words: only the words' OCR doubt remains.
    const confirming = agrees && read ? toValue({ value: read.value, words: read.words, certainty: 1 }, source).confidence : 0;
    const raised = Math.max(current.confidence, confirming, repeats(current.value) ? REPEATED_VALUE_CONFIDENCE : 0);
    if (raised > current.confidence) {
      set(field, { ...current, confidence: raised });
      confirmed.push(name);
    }
  }

  const parts = [
    filled.length > 0 ? `completado ${filled.join(", ")}` : null,
    replaced.length > 0 ? `corregido ${replaced.join(", ")} (lectura de baja confianza)` : null,
    confirmed.length > 0 ? `confirmado ${confirmed.join(", ")}` : null,
    differing.length > 0 ? `${differing.join(", ")} difiere de lo aprendido y se dejó como se leyó` : null,
  ].filter((part) => part !== null);
  if (parts.length === 0) return result;
  return {
    ...result,
    header,
    warnings: [...result.warnings, { code: SUPPLIER_PROFILE_WARNING, message: `Completado con el perfil del proveedor: ${parts.join("; ")}.` }],
  };
};
