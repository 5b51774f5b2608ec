import type { TExtractedHeader } from "@/lib/extraction/schemas";

/** Fields without which an invoice can be neither registered nor priced. */
export const REQUIRED_HEADER_FIELDS = ["number", "issueDate", "supplierNit", "total", "currency"] as const satisfies readonly (keyof TExtractedHeader)[];

export const REQUIRED_FIELD_LABELS: Record<(typeof REQUIRED_HEADER_FIELDS)[number], string> = {
  number: "número de factura",
  issueDate: "fecha de emisión",
  supplierNit: "NIT del proveedor",
  total: "total a pagar",
  currency: "moneda",
};
