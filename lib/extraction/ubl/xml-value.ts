import type { TExtractedValue } from "@/lib/extraction/schemas";

export type TWarning = { code: string; message: string };
export type TWarn = (code: string, message: string) => void;

/** Values read from the signed XML are certain as to what the document says: confidence 1, no page, no box. */
export const xmlValue = <T>(value: T): TExtractedValue<T> => ({
  value,
  confidence: 1,
  source: "xml",
  page: null,
  bbox: null,
});
