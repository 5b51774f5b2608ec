import { z } from "zod";

/**
 * The one shape every extractor (UBL XML, digital PDF, local OCR, Textract) produces, so that validation, review
 * screens and the pipeline never care where an invoice came from. Every value carries its confidence and, for
 * documents with pages, where on the page it was read.
 */

export const ZValueSource = z
  .enum(["xml", "pdf-text", "ocr", "textract"])
  .describe("xml: UBL element; pdf-text: PDF text layer; ocr: local OCR engine; textract: AWS Textract");
export type TValueSource = z.infer<typeof ZValueSource>;

/** A box on a page, normalized to the page size: x, y from the top-left corner, all in 0..1. */
export const ZBoundingBox = z.object({
  x: z.number().min(0).max(1),
  y: z.number().min(0).max(1),
  w: z.number().min(0).max(1),
  h: z.number().min(0).max(1),
});
export type TBoundingBox = z.infer<typeof ZBoundingBox>;

/** Amounts, quantities and rates travel as exact decimal strings ("1234567.89"), never as floats. */
export const ZDecimalString = z.string().regex(/^-?\d+(\.\d+)?$/, "decimal with '.' and no thousands separator");
export const ZIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");

export const extractedValue = <T extends z.ZodType>(value: T) =>
  z.object({
    value,
    confidence: z.number().min(0).max(1).describe("0..1; 1 for values read from signed XML"),
    source: ZValueSource,
    page: z.number().int().min(1).nullable().describe("1-based page; null for XML"),
    bbox: ZBoundingBox.nullable().describe("Where the value was read; null for XML"),
  });

export type TExtractedValue<T> = {
  value: T;
  confidence: number;
  source: TValueSource;
  page: number | null;
  bbox: TBoundingBox | null;
};

const ZText = extractedValue(z.string());
const ZAmount = extractedValue(ZDecimalString);
const ZDate = extractedValue(ZIsoDate);

export const ZDocumentType = z.enum(["INVOICE", "CREDIT_NOTE", "DEBIT_NOTE"]);
export type TDocumentType = z.infer<typeof ZDocumentType>;

/** A tax or withholding subtotal: DIAN scheme ("01" IVA, "04" INC, "03" ICA, "05" ReteIVA, "06" ReteFuente…). */
export const ZTaxSubtotal = z.object({
  scheme: ZText.describe("DIAN tax scheme code"),
  name: ZText.nullable(),
  rate: ZAmount.nullable().describe("Percent, e.g. 19.00"),
  taxableAmount: ZAmount.nullable(),
  amount: ZAmount,
});
export type TTaxSubtotal = z.infer<typeof ZTaxSubtotal>;

export const ZExtractedHeader = z.object({
  documentType: extractedValue(ZDocumentType).nullable(),
  number: ZText.nullable().describe("Invoice number with its prefix, e.g. SETP990058987"),
  issueDate: ZDate.nullable(),
  issueTime: ZText.nullable().describe("HH:MM:SS with offset, e.g. 18:14:37-05:00"),
  dueDate: ZDate.nullable(),
  currency: ZText.nullable().describe("ISO 4217, e.g. COP"),
  supplierName: ZText.nullable(),
  supplierNit: ZText.nullable().describe("Digits only, without the check digit"),
  supplierDv: ZText.nullable().describe("NIT check digit"),
  customerName: ZText.nullable(),
  customerId: ZText.nullable().describe("NIT or other id, digits only"),
  customerDv: ZText.nullable(),
  subtotal: ZAmount.nullable().describe("Sum of line amounts before taxes (LineExtensionAmount)"),
  taxExclusiveAmount: ZAmount.nullable(),
  taxInclusiveAmount: ZAmount.nullable(),
  allowanceTotal: ZAmount.nullable(),
  chargeTotal: ZAmount.nullable(),
  prepaidAmount: ZAmount.nullable(),
  taxes: z.array(ZTaxSubtotal),
  withholdings: z.array(ZTaxSubtotal),
  total: ZAmount.nullable().describe("Amount payable (PayableAmount)"),
  cufe: ZText.nullable().describe("CUFE (invoices) or CUDE (notes)"),
  paymentMeans: ZText.nullable().describe("DIAN payment means code, e.g. 10 cash, 31 transfer"),
});
export type TExtractedHeader = z.infer<typeof ZExtractedHeader>;

export const ZExtractedLine = z.object({
  lineNumber: z.number().int().min(1),
  description: ZText,
  sellerItemCode: ZText.nullable(),
  standardItemCode: ZText.nullable(),
  standardItemScheme: ZText.nullable().describe("e.g. 010 GTIN, 001 UNSPSC, 999 own"),
  quantity: ZAmount.nullable(),
  unitCode: ZText.nullable().describe("UN/ECE unit, e.g. KGM, NIU"),
  unitPrice: ZAmount.nullable(),
  lineAmount: ZAmount.nullable(),
  taxes: z.array(ZTaxSubtotal),
});
export type TExtractedLine = z.infer<typeof ZExtractedLine>;

export const ZCufeCheck = z.object({
  status: z.enum(["verified", "mismatch", "not-verifiable"]).describe("Never 'verified' without the technical key"),
  /** Which NIT made it verify: the annex says PartyTaxScheme; some samples only verify with PartyLegalEntity. */
  nitSource: z.enum(["PartyTaxScheme", "PartyLegalEntity"]).nullable(),
  detail: z.string(),
});

export const ZExtractionResult = z.object({
  sourceType: z.enum(["XML", "PDF", "IMAGE"]),
  /** Which engine read the values: xml, pdf-text, tesseract, textract (auto mode may mix them). */
  engines: z.array(z.string()),
  pageCount: z.number().int().min(0),
  header: ZExtractedHeader,
  lines: z.array(ZExtractedLine),
  /** XML only: CUFE recomputation and the DIAN validation response of an AttachedDocument. */
  cufeCheck: ZCufeCheck.nullable(),
  dianValidation: z
    .object({ responseCode: z.string().nullable(), description: z.string().nullable() })
    .nullable()
    .describe("ApplicationResponse beside the invoice in an AttachedDocument"),
  wrapper: z.enum(["AttachedDocument"]).nullable(),
  /** Non-fatal problems the extractor met (an unreadable field, a line it could not split). */
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
});
export type TExtractionResult = z.infer<typeof ZExtractionResult>;

/**
 * What a page reader (PDF text layer, local OCR, Textract's raw words) hands the layout extractor: words with
 * their boxes, normalized to the page.
 */
export const ZPageWords = z.object({
  page: z.number().int().min(1),
  /** Page size in points (PDF) or pixels (images), for aspect-aware layout rules. */
  width: z.number().positive(),
  height: z.number().positive(),
  words: z.array(
    z.object({
      text: z.string(),
      bbox: ZBoundingBox,
      confidence: z.number().min(0).max(1).describe("1 for a PDF text layer"),
    }),
  ),
});
export type TPageWords = z.infer<typeof ZPageWords>;
