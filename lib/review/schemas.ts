import { z } from "zod";
import { ZProductCode } from "@/lib/catalog/schemas";
import { ZExtractionResult } from "@/lib/extraction/schemas";
import { ZInvoiceListItem, ZInvoicePage, ZInvoiceStatus, ZSourceType } from "@/lib/invoices/schemas";
import { ZValidationOutcome } from "@/lib/validation/schemas";

/**
 * How a reviewer's correction is recorded: one AuditEvent per corrected value, with action FIELD_CORRECTED_ACTION,
 * entityType "Invoice" and entityId the invoice id. The detail page's history, the dashboard's drift chart and the
 * supplier profiles all read this one shape, so it is the contract between them.
 */
export const FIELD_CORRECTED_ACTION = "invoice.field-corrected";

/**
 * Which value was corrected: a header field of the extraction (`header.total`, `header.supplierNit`) or a field of
 * one line (`lines.3.quantity`, `lines.3.productCode`), numbered by the line's lineNumber.
 */
export const ZCorrectionField = z
  .string()
  .regex(/^(header\.[a-zA-Z]+|lines\.\d+\.[a-zA-Z]+)$/, "header.<field> or lines.<lineNumber>.<field>");
export type TCorrectionField = z.infer<typeof ZCorrectionField>;

/** AuditEvent.after of a correction; AuditEvent.before holds `{ value: before }`. Values are strings as shown. */
export const ZFieldCorrectionAudit = z.object({
  field: ZCorrectionField,
  /** What the extractor read, and how sure it was; null when it read nothing. */
  ocrValue: z.string().nullable(),
  ocrConfidence: z.number().min(0).max(1).nullable(),
  /** The value before this correction (the extractor's, or an earlier correction's) and the value saved. */
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type TFieldCorrectionAudit = z.infer<typeof ZFieldCorrectionAudit>;

/** A review lock lapses after this long without a heartbeat or a saved correction (a closed tab, a lost laptop). */
export const REVIEW_LOCK_TTL_SECONDS = 300;
/** How often an open review screen renews its lock: well inside the time to live, so one lost beat costs nothing. */
export const REVIEW_HEARTBEAT_SECONDS = 60;

export const ZReviewLockHolder = z.object({
  userId: z.uuid(),
  email: z.string(),
  lockedAt: z.string().describe("ISO instant the holder took the lock"),
  expiresAt: z.string().describe("ISO instant the lock lapses unless renewed"),
});
export type TReviewLockHolder = z.infer<typeof ZReviewLockHolder>;

export const ZReviewLockState = z.object({
  invoiceId: z.uuid(),
  /** The live lock, or null when nobody holds one (expired locks count as free). */
  lockedBy: ZReviewLockHolder.nullable(),
});
export type TReviewLockState = z.infer<typeof ZReviewLockState>;

export const ZReviewQueueItem = ZInvoiceListItem.extend({
  urgent: z.boolean(),
  lockedBy: ZReviewLockHolder.nullable(),
});
export type TReviewQueueItem = z.infer<typeof ZReviewQueueItem>;

export const ZReviewQueuePage = ZInvoicePage.extend({ items: z.array(ZReviewQueueItem) });
export type TReviewQueuePage = z.infer<typeof ZReviewQueuePage>;

/** The invoices before and after one in queue order (urgent first, then oldest first): J/K on the review screen. */
export const ZAdjacentReviewInvoices = z.object({
  previousId: z.uuid().nullable(),
  nextId: z.uuid().nullable(),
});
export type TAdjacentReviewInvoices = z.infer<typeof ZAdjacentReviewInvoices>;

const ZCorrectedText = z.string().trim().min(1, "El valor está vacío").max(500, "Hasta 500 caracteres");
const ZCorrectedAmount = z.string().trim().regex(/^\d{1,16}(\.\d{1,4})?$/, "Escriba un valor positivo, con punto decimal");
/** An ISO date that exists (no 31 February): the screen shows and reads DD/MM/YYYY, and says so when it is wrong. */
const ZCorrectedDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Escriba una fecha como DD/MM/AAAA")
  .refine((iso) => {
    const date = new Date(`${iso}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
  }, "Esa fecha no existe");
const ZCorrectedDigits = (label: string) => z.string().trim().regex(/^\d{5,15}$/, `${label}: solo dígitos`);

/** Header fields an operator may correct (names of ZExtractedHeader), each with the format it must have. */
export const ZHeaderCorrections = z
  .object({
    number: ZCorrectedText,
    issueDate: ZCorrectedDate,
    dueDate: ZCorrectedDate,
    supplierName: ZCorrectedText,
    supplierNit: ZCorrectedDigits("NIT del proveedor"),
    supplierDv: z.string().trim().regex(/^\d$/, "El DV es un dígito"),
    customerName: ZCorrectedText,
    customerId: ZCorrectedDigits("Identificación del cliente"),
    customerDv: z.string().trim().regex(/^\d$/, "El DV es un dígito"),
    subtotal: ZCorrectedAmount,
    total: ZCorrectedAmount,
    cufe: ZCorrectedText,
  })
  .partial()
  .strict();
export type THeaderCorrections = z.infer<typeof ZHeaderCorrections>;
export type TEditableHeaderField = keyof THeaderCorrections;
export const EDITABLE_HEADER_FIELDS = Object.keys(ZHeaderCorrections.shape) as TEditableHeaderField[];

export const ZLineCorrection = z
  .object({
    lineNumber: z.number().int().min(1).describe("The line's position on the invoice, 1-based"),
    description: ZCorrectedText.optional(),
    quantity: ZCorrectedAmount.optional(),
    unitPrice: ZCorrectedAmount.optional(),
    lineAmount: ZCorrectedAmount.optional(),
    productCode: ZProductCode.optional().describe("A catalog product (Product.code) chosen by the operator"),
  })
  .strict();
export type TLineCorrection = z.infer<typeof ZLineCorrection>;
export type TEditableLineField = Exclude<keyof TLineCorrection, "lineNumber">;
export const EDITABLE_LINE_FIELDS = ["description", "quantity", "unitPrice", "lineAmount", "productCode"] as const satisfies readonly TEditableLineField[];

export const ZCorrectionsBody = z
  .object({
    header: ZHeaderCorrections.optional(),
    lines: z
      .array(ZLineCorrection)
      .max(1000)
      .refine((lines) => new Set(lines.map((line) => line.lineNumber)).size === lines.length, "Una línea aparece dos veces")
      .optional(),
  })
  .strict();
export type TCorrectionsBody = z.infer<typeof ZCorrectionsBody>;

/** What the extractor read for a field (before any correction), shown beside the current value. */
export const ZOcrReading = z.object({ value: z.string().nullable(), confidence: z.number().min(0).max(1).nullable() });
export type TOcrReading = z.infer<typeof ZOcrReading>;

export const ZReviewLineProduct = z.object({
  lineNumber: z.number().int().min(1),
  productCode: z.string().nullable(),
  productName: z.string().nullable(),
  matchScore: z.number().min(0).max(1).nullable(),
});
export type TReviewLineProduct = z.infer<typeof ZReviewLineProduct>;

/** Everything the review screen shows: the current (corrected) extraction, its validation and the original readings. */
export const ZReviewInvoice = z.object({
  id: z.uuid(),
  status: ZInvoiceStatus,
  sourceType: ZSourceType,
  originalFilename: z.string(),
  urgent: z.boolean(),
  createdAt: z.string().describe("ISO instant"),
  extraction: ZExtractionResult,
  validation: ZValidationOutcome.nullable(),
  products: z.array(ZReviewLineProduct),
  /** The extractor's reading of each field corrected so far, keyed by correction field (header.total, lines.2.quantity). */
  ocr: z.record(z.string(), ZOcrReading),
  lock: ZReviewLockState,
});
export type TReviewInvoice = z.infer<typeof ZReviewInvoice>;

/** Why an approval needs the operator's explicit confirmation (REVIEW_CONFIRMATION_REQUIRED details). */
export const ZApprovalConcern = z.object({
  code: z.enum(["LINE_AMOUNT_MISMATCH", "LINES_SUM_MISMATCH", "TOTAL_MISMATCH", "DIFFERS_FROM_OCR"]),
  field: z.string().nullable(),
  message: z.string(),
});
export type TApprovalConcern = z.infer<typeof ZApprovalConcern>;

/** The label of a line's product (the other fields' labels are the extraction's, lib/review/list-extracted-fields.ts). */
export const PRODUCT_FIELD_LABEL = "Producto";
