import { quoteCsvField } from "@/lib/catalog/quote-csv-field";
import type { RejectReason } from "./reject-reasons";

/** position: the source line number (file) or generator index; the source's own fields follow, as read. */
export const REJECTS_CSV_HEADER = "position,reason,code,name,gtin,unspsc,classification_code,category,unit_code,active,raw\n";

export type FormatRejectLineOptions = {
  position: number;
  reason: RejectReason;
  fields: readonly string[] | null;
  /** The record's text as read, kept for malformed rows whose fields cannot be trusted. */
  raw?: string;
};

export const formatRejectLine = ({ position, reason, fields, raw = "" }: FormatRejectLineOptions): string => {
  const columns = fields && fields.length === 8 ? [...fields] : Array.from({ length: 8 }, (_, i) => fields?.[i] ?? "");
  const keepRaw = reason === "MALFORMED_ROW" ? raw : "";
  return [String(position), reason, ...columns, keepRaw].map((value) => quoteCsvField(value.replaceAll("\u0000", ""))).join(",") + "\n";
};
