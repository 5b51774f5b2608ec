import type {
  TBoundingBox,
  TDocumentType,
  TExtractedHeader,
  TExtractedLine,
  TExtractedValue,
  TExtractionResult,
  TValueSource,
} from "@/lib/extraction/schemas";
import { PRODUCT_FIELD_LABEL, type TCorrectionField } from "./schemas";

/** One value the extractor read, keyed like a correction (`header.total`, `lines.3.quantity`). */
export type TExtractedField = {
  key: TCorrectionField;
  /** Spanish label for operators. */
  label: string;
  /** null for a line field: the line number is shown by the table it sits in. */
  lineNumber: number | null;
  /** The value as read (decimal strings, ISO dates); null when the extractor read nothing. */
  value: string | null;
  /** What kind of value it is, so screens format it (amounts as COP, dates as DD/MM/YYYY). */
  kind: "text" | "amount" | "quantity" | "date";
  confidence: number | null;
  source: TValueSource | null;
  page: number | null;
  bbox: TBoundingBox | null;
};

type TScalarHeaderField = Exclude<keyof TExtractedHeader, "taxes" | "withholdings">;
type TScalarLineField = Exclude<keyof TExtractedLine, "lineNumber" | "taxes">;

export const DOCUMENT_TYPE_LABELS: Record<TDocumentType, string> = {
  INVOICE: "Factura electrónica de venta",
  CREDIT_NOTE: "Nota crédito",
  DEBIT_NOTE: "Nota débito",
};

/** Header fields in the order an invoice prints them. */
export const HEADER_FIELD_LABELS: Record<TScalarHeaderField, string> = {
  documentType: "Tipo de documento",
  number: "Número",
  issueDate: "Fecha de emisión",
  issueTime: "Hora de emisión",
  dueDate: "Fecha de vencimiento",
  currency: "Moneda",
  supplierName: "Proveedor",
  supplierNit: "NIT del proveedor",
  supplierDv: "DV del proveedor",
  customerName: "Cliente",
  customerId: "Identificación del cliente",
  customerDv: "DV del cliente",
  subtotal: "Subtotal",
  taxExclusiveAmount: "Base gravable",
  taxInclusiveAmount: "Total con impuestos",
  allowanceTotal: "Descuentos",
  chargeTotal: "Cargos",
  prepaidAmount: "Anticipos",
  total: "Total a pagar",
  cufe: "CUFE / CUDE",
  paymentMeans: "Medio de pago",
};

export const LINE_FIELD_LABELS: Record<TScalarLineField, string> = {
  description: "Descripción",
  sellerItemCode: "Código del vendedor",
  standardItemCode: "Código estándar",
  standardItemScheme: "Esquema del código",
  quantity: "Cantidad",
  unitCode: "Unidad",
  unitPrice: "Precio unitario",
  lineAmount: "Valor de la línea",
};

const AMOUNT_FIELDS = new Set<string>([
  "subtotal",
  "taxExclusiveAmount",
  "taxInclusiveAmount",
  "allowanceTotal",
  "chargeTotal",
  "prepaidAmount",
  "total",
  "unitPrice",
  "lineAmount",
]);
const DATE_FIELDS = new Set<string>(["issueDate", "dueDate"]);

/** What a field holds, by its name (`total`, `quantity`, `issueDate`): how screens format it and how it compares. */
export const fieldKindOf = (name: string): TExtractedField["kind"] => {
  if (AMOUNT_FIELDS.has(name)) return "amount";
  if (DATE_FIELDS.has(name)) return "date";
  return name === "quantity" ? "quantity" : "text";
};

const toField = (
  key: TCorrectionField,
  name: string,
  label: string,
  lineNumber: number | null,
  read: TExtractedValue<string> | null,
): TExtractedField => ({
  key,
  label,
  lineNumber,
  kind: fieldKindOf(name),
  value: read?.value ?? null,
  confidence: read?.confidence ?? null,
  source: read?.source ?? null,
  page: read?.page ?? null,
  bbox: read?.bbox ?? null,
});

/**
 * Pure: every scalar value of an extraction (header, then each line), including the ones it could not read, so a
 * screen lists what is missing too. Tax subtotals are left out: they are not corrected field by field.
 */
export const listExtractedFields = ({ extraction }: { extraction: Pick<TExtractionResult, "header" | "lines"> }): TExtractedField[] => {
  const header = (Object.keys(HEADER_FIELD_LABELS) as TScalarHeaderField[]).map((name) =>
    toField(`header.${name}`, name, HEADER_FIELD_LABELS[name], null, extraction.header[name]),
  );
  // Lines are keyed by position, as InvoiceLine.lineNumber and corrections number them: a document's own line ids
  // need not run 1..n.
  const lines = extraction.lines.flatMap((line, index) =>
    (Object.keys(LINE_FIELD_LABELS) as TScalarLineField[]).map((name) =>
      toField(`lines.${index + 1}.${name}`, name, LINE_FIELD_LABELS[name], index + 1, line[name]),
    ),
  );
  return [...header, ...lines];
};

/** Pure: the Spanish name of a correction field key, e.g. "Total a pagar" or "Línea 3 · Cantidad". */
export const describeFieldKey = (key: string): string => {
  const header = /^header\.(\w+)$/.exec(key);
  if (header) return (HEADER_FIELD_LABELS as Record<string, string | undefined>)[header[1]!] ?? header[1]!;
  const line = /^lines\.(\d+)\.(\w+)$/.exec(key);
  if (line) {
    const name = line[2] === "productCode" ? PRODUCT_FIELD_LABEL : ((LINE_FIELD_LABELS as Record<string, string | undefined>)[line[2]!] ?? line[2]);
    return `Línea ${line[1]} · ${name}`;
  }
  return key;
};
