import type { ExpenseDetection, ExpenseDocument, ExpenseField } from "@aws-sdk/client-textract";
import {
  ZExtractionResult,
  type TBoundingBox,
  type TDocumentType,
  type TExtractedHeader,
  type TExtractedLine,
  type TExtractedValue,
  type TExtractionResult,
  type TTaxSubtotal,
} from "@/lib/extraction/schemas";
import { parseAmount } from "@/lib/extraction/parsing/parse-amount";
import { parseDate } from "@/lib/extraction/parsing/parse-date";
import { parseNit } from "./parse-nit";

/** Textract already turned pixels into characters: a value that needs OCR-lookalike repair is not trusted. */
const readAmount = (text: string): string | null => {
  const parsed = parseAmount({ text });
  return parsed && !parsed.repaired ? parsed.value : null;
};

export type MapExpenseDocumentsOptions = {
  documents: readonly ExpenseDocument[];
  sourceType: "PDF" | "IMAGE";
  /** DocumentMetadata.Pages; when absent, the highest PageNumber seen. */
  pageCount?: number;
};

type Warning = TExtractionResult["warnings"][number];

/** Confidence below which a value that disagrees with another reading of the same field is capped. */
const CONFLICT_CONFIDENCE = 0.5;

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

const toBbox = (detection: ExpenseDetection | undefined): TBoundingBox | null => {
  const box = detection?.Geometry?.BoundingBox;
  if (!box || box.Left === undefined || box.Top === undefined || box.Width === undefined || box.Height === undefined) {
    return null;
  }
  // Textract's boxes are already page-normalized, but can stick out by a hair at the page edge.
  const x = clamp01(box.Left);
  const y = clamp01(box.Top);
  return { x, y, w: clamp01(Math.min(box.Width, 1 - x)), h: clamp01(Math.min(box.Height, 1 - y)) };
};

const typeOf = (field: ExpenseField) => field.Type?.Text ?? "OTHER";
const labelOf = (field: ExpenseField) => field.LabelDetection?.Text?.trim() ?? "";
const textOf = (field: ExpenseField) => field.ValueDetection?.Text?.trim() ?? "";
const fold = (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

/**
 * 0..1: the weakest of what the value depends on. The label matters when present (a misread "Subtotal" puts the
 * right number in the wrong field), and so does Textract's classification when it, not our label rules, chose the
 * field.
 */
const confidenceOf = (field: ExpenseField, { useType }: { useType: boolean }): number => {
  const parts = [field.ValueDetection?.Confidence];
  if (field.LabelDetection?.Text) parts.push(field.LabelDetection.Confidence);
  if (useType && typeOf(field) !== "OTHER") parts.push(field.Type?.Confidence);
  const known = parts.filter((part): part is number => typeof part === "number");
  return known.length ? clamp01(Math.min(...known) / 100) : 0;
};

const valueFrom = <T>(field: ExpenseField, value: T, confidence: number): TExtractedValue<T> => ({
  value,
  confidence,
  source: "textract",
  page: field.PageNumber ?? 1,
  bbox: toBbox(field.ValueDetection),
});

const labelValue = <T>(field: ExpenseField, value: T): TExtractedValue<T> => ({
  value,
  confidence: clamp01((field.LabelDetection?.Confidence ?? 0) / 100),
  source: "textract",
  page: field.PageNumber ?? 1,
  bbox: toBbox(field.LabelDetection),
});

/** Reading order: page, then top to bottom, then left to right. */
const readingOrder = (a: ExpenseField, b: ExpenseField) => {
  const pageDelta = (a.PageNumber ?? 1) - (b.PageNumber ?? 1);
  if (pageDelta) return pageDelta;
  const boxA = a.ValueDetection?.Geometry?.BoundingBox;
  const boxB = b.ValueDetection?.Geometry?.BoundingBox;
  return (boxA?.Top ?? 0) - (boxB?.Top ?? 0) || (boxA?.Left ?? 0) - (boxB?.Left ?? 0);
};

const LABEL = {
  nit: /\bn\.?\s?i\.?\s?t\b/,
  customer: /client|adquir|comprador|receptor|senor|facturado a|customer/,
  cufe: /\bcu[fd]e\b/,
  time: /\bhora\b/,
  paymentMeans: /medio de pago/,
  currency: /\bmoneda\b|\bdivisa\b/,
  issueDate: /fecha.*(emisi|factur|expedic|generaci)/,
  dueDate: /fecha.*venc|vencimiento/,
};

const WITHHOLDING_SCHEMES: [RegExp, string, string][] = [
  [/rete\s*-?\s*iva|retencion (de |en el )?iva/, "05", "ReteIVA"],
  [/rete\s*-?\s*ica|retencion (de |en el )?ica/, "07", "ReteICA"],
  [/rete\s*-?\s*fuente|retencion en la fuente|retencion/, "06", "ReteFuente"],
];
const TAX_SCHEMES: [RegExp, string][] = [
  [/\bi\.?v\.?a\b/, "01"],
  [/\bi\.?n\.?c\b|impoconsumo|impuesto (nacional )?al consumo/, "04"],
  [/\bi\.?c\.?a\b|industria y comercio/, "03"],
];

/** DIAN payment means codes (Anexo técnico 1.9, table 13.3.4.2) for the words invoices print. */
const PAYMENT_MEANS: [RegExp, string][] = [
  [/efectivo/, "10"],
  [/cheque/, "20"],
  [/consignacion/, "42"],
  [/transferencia/, "31"],
  [/tarjeta (de )?credito/, "48"],
  [/tarjeta (de )?debito/, "49"],
];

const UNIT_CODES: [RegExp, string][] = [
  [/^(kg|kgs|kilo|kilos|kilogramos?)$/, "KGM"],
  [/^(g|gr|grs|gramos?)$/, "GRM"],
  [/^(t|ton|tons|toneladas?)$/, "TNE"],
  [/^(l|lt|lts|litros?)$/, "LTR"],
  [/^(und|un|u|unds|unidad|unidades|uds?)$/, "NIU"],
  [/^(bulto|bultos)$/, "BG"],
];

const rateFrom = (label: string): string | null => {
  const match = /(\d+(?:[.,]\d+)?)\s*%/.exec(label);
  return match ? readAmount(match[1]!) : null;
};

const normalizeNumber = (text: string): string => {
  const cleaned = text.replace(/^(no\.?|n[°º]\.?|nro\.?|#)\s*/i, "").trim();
  const prefixed = /^([A-Za-z]{1,6})[\s-]+(\d+)$/.exec(cleaned);
  return prefixed ? `${prefixed[1]!.toUpperCase()}${prefixed[2]}` : cleaned.replace(/\s+/g, "");
};

const documentTypeFrom = (text: string): TDocumentType | null => {
  const folded = fold(text);
  if (/nota\s+credito/.test(folded)) return "CREDIT_NOTE";
  if (/nota\s+debito/.test(folded)) return "DEBIT_NOTE";
  if (/factura/.test(folded)) return "INVOICE";
  return null;
};

/**
 * Textract AnalyzeExpense output → the one extraction result. SummaryFields give the header (standard types
 * first, then Colombian labels such as NIT, CUFE, "Medio de pago" read from LabelDetection), LineItemGroups give
 * the lines. Values that do not parse as amounts or dates are left out with a warning instead of being guessed.
 */
export const mapExpenseDocuments = ({ documents, sourceType, pageCount }: MapExpenseDocumentsOptions): TExtractionResult => {
  const warnings: Warning[] = [];
  const summary = documents.flatMap((document) => document.SummaryFields ?? []).filter((field) => textOf(field));
  const ordered = [...summary].sort(readingOrder);

  const unparseable = (fieldName: string, field: ExpenseField) =>
    warnings.push({
      code: "TEXTRACT_UNPARSEABLE_VALUE",
      message: `No se pudo interpretar "${textOf(field)}" como ${fieldName} (página ${field.PageNumber ?? 1}); revíselo a mano.`,
    });

  /**
   * The most confident reading among fields of these types; if another reading disagrees, its confidence is
   * capped so that the field goes to review rather than through.
   */
  const pick = <T>(
    fieldName: string,
    candidates: ExpenseField[],
    parse: (text: string) => T | null,
    { useType = true }: { useType?: boolean } = {},
  ): TExtractedValue<T> | null => {
    const parsed = candidates.flatMap((field) => {
      const value = parse(textOf(field));
      if (value === null) {
        unparseable(fieldName, field);
        return [];
      }
      return [valueFrom(field, value, confidenceOf(field, { useType }))];
    });
    const best = parsed.reduce<TExtractedValue<T> | null>(
      (top, candidate) => (!top || candidate.confidence > top.confidence ? candidate : top),
      null,
    );
    if (best && parsed.some((candidate) => JSON.stringify(candidate.value) !== JSON.stringify(best.value))) {
      warnings.push({
        code: "TEXTRACT_CONFLICTING_VALUES",
        message: `Textract leyó valores distintos para ${fieldName}: ${parsed.map((c) => String(c.value)).join(", ")}.`,
      });
      return { ...best, confidence: Math.min(best.confidence, CONFLICT_CONFIDENCE) };
    }
    return best;
  };

  const ofType = (...types: string[]) => ordered.filter((field) => types.includes(typeOf(field)));
  const labelled = (pattern: RegExp) => ordered.filter((field) => pattern.test(fold(labelOf(field))));
  const amount = readAmount;
  const date = (text: string) => parseDate({ text });
  const text = (value: string) => value.replace(/\s+/g, " ").trim() || null;

  // Numbers and documentType.
  const numberFields = ofType("INVOICE_RECEIPT_ID");
  const number = pick("el número de la factura", numberFields, (value) => normalizeNumber(value) || null);
  const typeSource = [...numberFields, ...ordered].find((field) => documentTypeFrom(labelOf(field)));
  const documentType = typeSource ? labelValue(typeSource, documentTypeFrom(labelOf(typeSource))!) : null;

  // Dates: Textract's types first; Colombian labels only when it found none.
  const issueCandidates = ofType("INVOICE_RECEIPT_DATE");
  const issueDate = pick("la fecha de emisión", issueCandidates.length ? issueCandidates : labelled(LABEL.issueDate), date);
  const dueCandidates = ofType("DUE_DATE");
  const dueDate = pick("la fecha de vencimiento", dueCandidates.length ? dueCandidates : labelled(LABEL.dueDate), date);
  const issueTime = pick("la hora de emisión", labelled(LABEL.time), (value) => {
    const match = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?/i.exec(value);
    if (!match) return null;
    let hours = Number(match[1]);
    const meridiem = match[4]?.toLowerCase().replace(/[\s.]/g, "");
    if (meridiem === "pm" && hours < 12) hours += 12;
    if (meridiem === "am" && hours === 12) hours = 0;
    if (hours > 23 || Number(match[2]) > 59) return null;
    // Colombia keeps UTC−5 all year (no daylight saving time).
    return `${String(hours).padStart(2, "0")}:${match[2]}:${match[3] ?? "00"}-05:00`;
  });

  // Parties. NITs: Textract's tax-id types and group properties first, then the label's wording, then position
  // (a Colombian invoice prints the issuer's NIT above the customer's).
  const groupOf = (field: ExpenseField) => (field.GroupProperties ?? []).flatMap((group) => group.Types ?? []);
  const nitFields = ordered.filter(
    (field) =>
      ["VENDOR_VAT_NUMBER", "TAX_PAYER_ID", "RECEIVER_VAT_NUMBER"].includes(typeOf(field)) || LABEL.nit.test(fold(labelOf(field))),
  );
  const isCustomerNit = (field: ExpenseField) =>
    typeOf(field) === "RECEIVER_VAT_NUMBER" ||
    groupOf(field).some((group) => group.startsWith("RECEIVER")) ||
    LABEL.customer.test(fold(labelOf(field)));
  const isSupplierNit = (field: ExpenseField) =>
    ["VENDOR_VAT_NUMBER", "TAX_PAYER_ID"].includes(typeOf(field)) || groupOf(field).includes("VENDOR");
  let supplierNitField = nitFields.find(isSupplierNit);
  let customerNitField = nitFields.find((field) => field !== supplierNitField && isCustomerNit(field));
  const unassigned = nitFields.filter((field) => field !== supplierNitField && field !== customerNitField && !isCustomerNit(field));
  supplierNitField ??= unassigned.shift();
  customerNitField ??= unassigned.find((field) => field !== supplierNitField);
  const nitOf = (field: ExpenseField | undefined) => {
    if (!field) return { nit: null, dv: null };
    const parsed = parseNit({ text: textOf(field) });
    if (!parsed) {
      unparseable("un NIT", field);
      return { nit: null, dv: null };
    }
    const confidence = confidenceOf(field, { useType: false });
    return {
      nit: valueFrom(field, parsed.nit, confidence),
      dv: parsed.dv === null ? null : valueFrom(field, parsed.dv, confidence),
    };
  };
  const supplier = nitOf(supplierNitField);
  const customer = nitOf(customerNitField);

  // Amounts. AMOUNT_DUE is what the customer pays (UBL PayableAmount); TOTAL is the invoice total with taxes.
  const totalFields = ofType("TOTAL");
  const dueFields = ofType("AMOUNT_DUE");
  const taxInclusiveAmount = pick("el total", totalFields, amount);
  const total = dueFields.length ? pick("el total a pagar", dueFields, amount) : taxInclusiveAmount;
  const subtotal = pick("el subtotal", ofType("SUBTOTAL"), amount);
  const allowanceTotal = pick("los descuentos", ofType("DISCOUNT"), (value) => amount(value)?.replace(/^-/, "") ?? null);

  const taxes: TTaxSubtotal[] = [];
  const withholdings: TTaxSubtotal[] = [];
  for (const field of ordered) {
    const label = fold(labelOf(field));
    const withholding = WITHHOLDING_SCHEMES.find(([pattern]) => pattern.test(label));
    if (typeOf(field) !== "TAX" && !withholding) continue;
    const parsed = amount(textOf(field));
    if (parsed === null) {
      unparseable(`el impuesto "${labelOf(field)}"`, field);
      continue;
    }
    const rate = rateFrom(labelOf(field));
    const base = {
      name: labelOf(field) ? labelValue(field, labelOf(field)) : null,
      rate: rate === null ? null : labelValue(field, rate),
      taxableAmount: null,
      amount: valueFrom(field, parsed.replace(/^-/, ""), confidenceOf(field, { useType: !withholding })),
    };
    if (withholding) {
      withholdings.push({ ...base, scheme: labelValue(field, withholding[1]) });
      continue;
    }
    const scheme = TAX_SCHEMES.find(([pattern]) => pattern.test(label));
    if (scheme) {
      taxes.push({ ...base, scheme: labelValue(field, scheme[1]) });
    } else {
      // An unnamed tax on a Colombian invoice is almost always IVA, but not surely: half confidence sends it to review.
      warnings.push({
        code: "TEXTRACT_TAX_SCHEME_GUESSED",
        message: `Impuesto sin nombre reconocible ("${labelOf(field) || textOf(field)}"); se asumió IVA. Confírmelo.`,
      });
      taxes.push({ ...base, scheme: { ...labelValue(field, "01"), confidence: Math.min(0.5, labelValue(field, "").confidence) } });
    }
  }

  const cufe = pick("el CUFE", labelled(LABEL.cufe), (value) => {
    const compact = value.replace(/\s+/g, "").toLowerCase();
    return /^[0-9a-f]{96}$/.test(compact) ? compact : null;
  }, { useType: false });

  const paymentMeans = pick("el medio de pago", labelled(LABEL.paymentMeans), (value) => {
    const folded = fold(value);
    if (/^\d{1,3}$/.test(folded.trim())) return folded.trim();
    return PAYMENT_MEANS.find(([pattern]) => pattern.test(folded))?.[1] ?? null;
  }, { useType: false });

  const currencyField = [...dueFields, ...totalFields, ...ordered].find((field) => field.Currency?.Code);
  const currencyByLabel = pick("la moneda", labelled(LABEL.currency), (value) => /\b([A-Z]{3})\b/.exec(value.toUpperCase())?.[1] ?? null, { useType: false });
  const currency: TExtractedValue<string> | null = currencyByLabel ?? (currencyField
    ? {
        value: currencyField.Currency!.Code!.toUpperCase(),
        confidence: clamp01((currencyField.Currency!.Confidence ?? 0) / 100),
        source: "textract",
        page: currencyField.PageNumber ?? 1,
        bbox: toBbox(currencyField.ValueDetection),
      }
    : null);

  const header: TExtractedHeader = {
    documentType,
    number,
    issueDate,
    issueTime,
    dueDate,
    currency,
    supplierName: pick("el proveedor", ofType("VENDOR_NAME"), text),
    supplierNit: supplier.nit,
    supplierDv: supplier.dv,
    customerName: pick("el cliente", ofType("RECEIVER_NAME"), text),
    customerId: customer.nit,
    customerDv: customer.dv,
    subtotal,
    taxExclusiveAmount: null,
    taxInclusiveAmount,
    allowanceTotal,
    chargeTotal: null,
    prepaidAmount: null,
    taxes,
    withholdings,
    total,
    cufe,
    paymentMeans,
  };

  const lines: TExtractedLine[] = [];
  for (const document of documents) {
    for (const group of document.LineItemGroups ?? []) {
      for (const item of group.LineItems ?? []) {
        const fields = (item.LineItemExpenseFields ?? []).filter((field) => textOf(field));
        const first = (type: string) => fields.find((field) => typeOf(field) === type);
        const descriptionField = first("ITEM") ?? first("EXPENSE_ROW");
        if (!descriptionField) continue;
        const lineAmount = (type: string) => {
          const field = first(type);
          if (!field) return null;
          const parsed = amount(textOf(field));
          if (parsed === null) {
            unparseable(`un valor de la línea ${lines.length + 1}`, field);
            return null;
          }
          return valueFrom(field, parsed, confidenceOf(field, { useType: true }));
        };
        const quantityField = first("QUANTITY");
        const quantityMatch = quantityField ? /^\s*([\d.,]+)\s*([A-Za-z]*)\.?\s*$/.exec(textOf(quantityField)) : null;
        const quantityValue = quantityMatch ? amount(quantityMatch[1]!) : null;
        if (quantityField && quantityValue === null) unparseable(`la cantidad de la línea ${lines.length + 1}`, quantityField);
        const unit = quantityMatch?.[2] ? UNIT_CODES.find(([pattern]) => pattern.test(quantityMatch[2]!.toLowerCase()))?.[1] : undefined;
        const codeField = first("PRODUCT_CODE");
        lines.push({
          lineNumber: lines.length + 1,
          description: valueFrom(descriptionField, text(textOf(descriptionField))!, confidenceOf(descriptionField, { useType: true })),
          sellerItemCode: codeField ? valueFrom(codeField, textOf(codeField), confidenceOf(codeField, { useType: true })) : null,
          standardItemCode: null,
          standardItemScheme: null,
          quantity: quantityField && quantityValue !== null
            ? valueFrom(quantityField, quantityValue, confidenceOf(quantityField, { useType: true }))
            : null,
          unitCode: quantityField && unit ? valueFrom(quantityField, unit, confidenceOf(quantityField, { useType: true })) : null,
          unitPrice: lineAmount("UNIT_PRICE"),
          lineAmount: lineAmount("PRICE"),
          taxes: [],
        });
      }
    }
  }

  if (documents.length > 1) {
    warnings.push({
      code: "TEXTRACT_MULTIPLE_DOCUMENTS",
      message: `Textract encontró ${documents.length} facturas en el archivo; se unieron. Verifique que sea una sola factura.`,
    });
  }

  const pagesSeen = Math.max(1, ...summary.map((field) => field.PageNumber ?? 1));
  return ZExtractionResult.parse({
    sourceType,
    engines: ["textract"],
    pageCount: pageCount ?? pagesSeen,
    header,
    lines,
    cufeCheck: null,
    dianValidation: null,
    wrapper: null,
    warnings,
  });
};
