import { z } from "zod";

export const ZInvoiceStatus = z.enum([
  "RECEIVED",
  "EXTRACTING",
  "MATCHING",
  "VALIDATING",
  "NEEDS_REVIEW",
  "APPROVED",
  "COMMISSIONED",
  "CERTIFIED",
  "REJECTED",
  "FAILED",
]);
export type TInvoiceStatus = z.infer<typeof ZInvoiceStatus>;

export const INVOICE_STATUS_LABELS: Record<TInvoiceStatus, string> = {
  RECEIVED: "Recibida",
  EXTRACTING: "Extrayendo",
  MATCHING: "Cotejando",
  VALIDATING: "Validando",
  NEEDS_REVIEW: "En revisión",
  APPROVED: "Aprobada",
  COMMISSIONED: "Liquidada",
  CERTIFIED: "Certificada",
  REJECTED: "Rechazada",
  FAILED: "Fallida",
};

export const ZSourceType = z.enum(["XML", "PDF", "IMAGE"]);
export type TSourceType = z.infer<typeof ZSourceType>;

export const ZPageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1).describe("1-based page number"),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type TPageQuery = z.infer<typeof ZPageQuery>;

export const ZFindInvoicesQuery = ZPageQuery.extend({
  status: ZInvoiceStatus.optional().describe("Only invoices in this status"),
});
export type TFindInvoicesQuery = z.infer<typeof ZFindInvoicesQuery>;

export const ZInvoiceListItem = z.object({
  id: z.uuid(),
  status: ZInvoiceStatus,
  sourceType: ZSourceType,
  number: z.string().nullable().describe("Invoice number with its prefix"),
  supplierName: z.string().nullable(),
  supplierNit: z.string().nullable().describe("NIT-DV"),
  issueDate: z.string().nullable().describe("YYYY-MM-DD"),
  total: z.string().nullable().describe("Exact decimal as text"),
  confidence: z.string().nullable(),
  originalFilename: z.string(),
  createdAt: z.string().describe("ISO instant"),
});
export type TInvoiceListItem = z.infer<typeof ZInvoiceListItem>;

export const ZInvoicePage = z.object({
  items: z.array(ZInvoiceListItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TInvoicePage = z.infer<typeof ZInvoicePage>;

export const ZUploadFileResult = z.object({
  fileName: z.string().describe("Cleaned client file name (metadata only)"),
  status: z.enum(["created", "duplicate", "rejected"]),
  invoiceId: z.uuid().optional().describe("Set for created and duplicate files"),
  error: z
    .object({ code: z.string().describe("Stable AppError code, e.g. UNSUPPORTED_MEDIA_TYPE"), message: z.string() })
    .optional()
    .describe("Set for rejected files"),
});
export type TUploadFileResult = z.infer<typeof ZUploadFileResult>;

export const ZUploadResponse = z.object({ files: z.array(ZUploadFileResult) });
export type TUploadResponse = z.infer<typeof ZUploadResponse>;
