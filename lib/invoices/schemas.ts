import Decimal from "decimal.js";
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

export const SOURCE_TYPE_LABELS: Record<TSourceType, string> = { XML: "XML", PDF: "PDF", IMAGE: "Imagen" };

export const ZPageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1).describe("1-based page number"),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type TPageQuery = z.infer<typeof ZPageQuery>;

/** GET /api/invoices/{id}/file: a download by default; `inline` for the document viewer (streamed, shown in the page). */
export const ZInvoiceFileQuery = z.object({
  disposition: z.enum(["attachment", "inline"]).default("attachment").describe("inline: streamed through the app and shown in the page, never redirected to S3"),
});

export const ZConfidenceBand = z.enum(["alta", "media", "baja"]);

/** An amount in pesos as typed in a filter: exact, up to two decimals, no thousands separators. */
const ZAmountBound = z
  .string()
  .trim()
  .regex(/^\d{1,16}(\.\d{1,2})?$/, "Escriba el valor con punto decimal y hasta dos decimales (p. ej. 1500000.50)");

/** Sort fields the inbox accepts; each is served by an index on Invoice. */
export const ZInvoiceSortField = z.enum(["createdAt", "issueDate", "total", "confidence"]);
export type TInvoiceSortField = z.infer<typeof ZInvoiceSortField>;

/**
 * The inbox's filters and sort as query-string fields (a view is linkable, and a saved view stores the same
 * fields). Lists are comma-separated, e.g. `status=FAILED,NEEDS_REVIEW`.
 */
const invoiceFilterFields = {
  status: z
    .string()
    .transform((value) => [...new Set(value.split(",").map((part) => part.trim()).filter(Boolean))])
    .pipe(z.array(ZInvoiceStatus).min(1))
    .optional()
    .describe("Only invoices in one of these statuses (comma-separated)"),
  confidence: ZConfidenceBand.optional().describe("Confidence band: alta ≥ 0.90, media 0.70–0.90, baja < 0.70"),
  supplier: z.string().trim().min(2, "Escriba al menos dos caracteres del proveedor").max(100).optional().describe("Supplier NIT prefix (digits) or part of its name"),
  issuedFrom: z.iso.date({ error: "Escriba una fecha real como DD/MM/AAAA." }).optional().describe("Issue date from (YYYY-MM-DD, inclusive)"),
  issuedTo: z.iso.date({ error: "Escriba una fecha real como DD/MM/AAAA." }).optional().describe("Issue date to (YYYY-MM-DD, inclusive)"),
  totalMin: ZAmountBound.optional().describe("Total from, exact decimal (inclusive)"),
  totalMax: ZAmountBound.optional().describe("Total up to, exact decimal (inclusive)"),
  source: ZSourceType.optional().describe("Only uploads of this type"),
  batch: z.uuid().optional().describe("Only invoices of this batch"),
  sort: ZInvoiceSortField.optional().describe("Sort field; by default the upload time, or the issue date under an issue-date range"),
  order: z.enum(["asc", "desc"]).default("desc"),
};

type TFilterRanges = { issuedFrom?: string; issuedTo?: string; totalMin?: string; totalMax?: string };

const checkRanges = (filters: TFilterRanges, context: z.RefinementCtx) => {
  if (filters.issuedFrom && filters.issuedTo && filters.issuedFrom > filters.issuedTo) {
    context.addIssue({ code: "custom", message: "La fecha inicial debe ser anterior o igual a la final.", path: ["issuedFrom"] });
  }
  if (filters.totalMin && filters.totalMax && new Decimal(filters.totalMin).greaterThan(filters.totalMax)) {
    context.addIssue({ code: "custom", message: "El total mínimo no puede superar el máximo.", path: ["totalMin"] });
  }
};

export const ZInvoiceFilters = z.object(invoiceFilterFields).superRefine(checkRanges);
export type TInvoiceFilters = z.infer<typeof ZInvoiceFilters>;

export const ZFindInvoicesQuery = ZPageQuery.extend(invoiceFilterFields).superRefine(checkRanges);
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
  urgent: z.boolean().describe("Marked urgent by an operator"),
  createdAt: z.string().describe("ISO instant"),
});
export type TInvoiceListItem = z.infer<typeof ZInvoiceListItem>;

export const ZInvoicePage = z.object({
  items: z.array(ZInvoiceListItem),
  total: z.number().int().describe("Matching invoices, counted up to totalCap"),
  /** Counting every match of a broad filter over a million rows costs more than the page: the count stops here. */
  // Defaults to false so that lists counting exactly (the review queue extends this page) need not say so.
  totalIsCapped: z.boolean().default(false).describe("True when more invoices match than total says"),
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

/** A saved view's filters and sort, stored as the inbox's query-string fields (toInvoiceSearchParams). */
export const ZSavedViewQuery = z.record(z.string(), z.string()).describe("Query-string fields of /facturas, e.g. { status: \"FAILED\" }");

export const ZCreateSavedViewBody = z.object({
  name: z.string().trim().min(1, "Escriba un nombre para la vista").max(80, "Use un nombre de hasta 80 caracteres"),
  query: ZSavedViewQuery,
});
export type TCreateSavedViewBody = z.infer<typeof ZCreateSavedViewBody>;

export const ZSavedView = z.object({
  id: z.uuid(),
  name: z.string(),
  query: ZSavedViewQuery,
  createdAt: z.string().describe("ISO instant"),
});
export type TSavedView = z.infer<typeof ZSavedView>;

export const ZSavedViewList = z.object({ views: z.array(ZSavedView) });
export type TSavedViewList = z.infer<typeof ZSavedViewList>;

/** The most invoices one bulk action or export takes: a few grid pages, and a request that stays short. */
export const MAX_BULK_INVOICES = 500;

export const ZInvoiceIds = z
  .array(z.uuid())
  .min(1, "Seleccione al menos una factura")
  .max(MAX_BULK_INVOICES, `Seleccione como máximo ${MAX_BULK_INVOICES} facturas`)
  .transform((ids) => [...new Set(ids)]);

export const ZBulkInvoiceAction = z.enum(["retry", "urgent"]);
export type TBulkInvoiceAction = z.infer<typeof ZBulkInvoiceAction>;

export const ZBulkInvoiceBody = z.object({
  action: ZBulkInvoiceAction.describe("retry: Admin only, FAILED invoices; urgent: process before the others"),
  ids: ZInvoiceIds,
});
export type TBulkInvoiceBody = z.input<typeof ZBulkInvoiceBody>;

export const ZBulkInvoiceItemResult = z.object({
  id: z.uuid(),
  ok: z.boolean(),
  status: ZInvoiceStatus.optional().describe("The invoice's status after the action, when ok"),
  code: z.string().optional().describe("Stable AppError code, when not ok (NOT_FOUND, CONFLICT…)"),
  message: z.string().optional().describe("Spanish message, when not ok"),
});
export type TBulkInvoiceItemResult = z.infer<typeof ZBulkInvoiceItemResult>;

export const ZBulkInvoiceResult = z.object({
  action: ZBulkInvoiceAction,
  succeeded: z.number().int(),
  failed: z.number().int(),
  results: z.array(ZBulkInvoiceItemResult),
});
export type TBulkInvoiceResult = z.infer<typeof ZBulkInvoiceResult>;

export const ZExportInvoicesBody = z.object({ ids: ZInvoiceIds });
