import Decimal from "decimal.js";
import type { TBoundingBox, TExtractedValue, TExtractionResult, TValueSource } from "@/lib/extraction/schemas";
import type { TDianQrContent } from "./parse-dian-qr";

/** A decoded QR is checksummed: agreeing with it confirms a value read from the page. */
const CONFIRMED_CONFIDENCE = 0.99;
/** A value only the QR gave (the page reading missed it). */
const QR_ONLY_CONFIDENCE = 0.95;
/** Page and QR disagree: the QR value is shown, but an operator decides. */
const DISAGREEMENT_CONFIDENCE = 0.6;

export type ApplyDianQrOptions = {
  result: TExtractionResult;
  qr: TDianQrContent;
  page: number;
  bbox: TBoundingBox;
  source: TValueSource;
};

type QrField = "number" | "issueDate" | "supplierNit" | "customerId" | "total" | "cufe";

const normalizers: Record<QrField, (value: string) => string> = {
  number: (value) => value.replace(/[^0-9A-Za-z]/g, "").toUpperCase(),
  issueDate: (value) => value,
  supplierNit: (value) => value.replace(/\D/g, ""),
  customerId: (value) => value.replace(/\D/g, ""),
  total: (value) => new Decimal(value).toFixed(2),
  cufe: (value) => value.toLowerCase(),
};

/**
 * Cross-checks a page reading against the QR code of DIAN's printed representation: agreement raises a value's
 * confidence, a value only the QR has fills the gap, and disagreement takes the QR's value (it is checksummed;
 * OCR is not) at a confidence that sends the invoice to review, with a warning naming both readings.
 */
export const applyDianQr = ({ result, qr, page, bbox, source }: ApplyDianQrOptions): TExtractionResult => {
  const header = { ...result.header };
  const warnings = [...result.warnings];
  for (const field of Object.keys(normalizers) as QrField[]) {
    const qrValue = qr[field];
    if (qrValue === null) continue;
    const normalize = normalizers[field];
    const current = header[field] as TExtractedValue<string> | null;
    const fromQr = (confidence: number): TExtractedValue<string> => ({
      value: field === "number" ? normalize(qrValue) : qrValue,
      confidence,
      source,
      page,
      bbox,
    });
    if (!current) {
      header[field] = fromQr(QR_ONLY_CONFIDENCE);
    } else if (normalize(current.value) === normalize(qrValue)) {
      header[field] = { ...current, confidence: Math.max(current.confidence, CONFIRMED_CONFIDENCE) };
    } else {
      header[field] = fromQr(Math.min(DISAGREEMENT_CONFIDENCE, current.confidence));
      warnings.push({
        code: "QR_MISMATCH",
        message: `El código QR dice ${qrValue} para «${field}» y la página dice ${current.value}; se tomó el del QR para revisión.`,
      });
    }
  }
  return { ...result, header, warnings };
};
