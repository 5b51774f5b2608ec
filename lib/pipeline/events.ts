import { z } from "zod";

/**
 * The pipeline's events and their payloads. The Inngest functions use these schemas as their triggers' schemas, so
 * an event whose data does not match fails its run at once (NonRetriableError), and every sender builds its
 * payload from the same types.
 */

export const INVOICE_UPLOADED = "invoice/uploaded";
export const INVOICE_REVIEW_COMPLETED = "invoice/review.completed";

/** Extraction lane: scans and PDFs need OCR or PDF parsing and are limited apart from XML, which is cheap. */
export const ZExtractionLane = z.enum(["ocr", "parse"]);
export type TExtractionLane = z.infer<typeof ZExtractionLane>;

export const ZInvoiceUploadedData = z.object({
  invoiceId: z.uuid().describe("The invoice to process"),
  urgent: z.boolean().optional().describe("Scheduled before every non-urgent run; senders always set it (the priority expression reads it)"),
  lane: ZExtractionLane.optional().describe("Extraction lane of its file type; absent: ocr, the more limited lane"),
});
export type TInvoiceUploadedData = z.infer<typeof ZInvoiceUploadedData>;

export const ZReviewDecision = z.enum(["approved", "rejected"]);
export type TReviewDecision = z.infer<typeof ZReviewDecision>;

export const ZReviewCompletedData = z.object({
  invoiceId: z.uuid(),
  decision: ZReviewDecision,
  reason: z.string().optional().describe("Why the invoice was rejected (required then)"),
  reviewerId: z.uuid().optional().describe("The operator who decided"),
});
export type TReviewCompletedData = z.infer<typeof ZReviewCompletedData>;

export const ZExtractDocumentData = z.object({
  invoiceId: z.uuid(),
  lane: ZExtractionLane,
  /** The process-invoice run that owns the invoice (see claim in extractInvoice). */
  pipelineRunId: z.string().min(1),
});
export type TExtractDocumentData = z.infer<typeof ZExtractDocumentData>;

export type TPipelineEvent =
  | { name: typeof INVOICE_UPLOADED; id: string; data: TInvoiceUploadedData }
  | { name: typeof INVOICE_REVIEW_COMPLETED; id: string; data: TReviewCompletedData };

export type InvoiceEventIdOptions = { sha256: string; retryCount: number; urgent: boolean };

/**
 * The id of an invoice's `invoice/uploaded` event. Inngest runs one event id once (24 h), so re-sending the same
 * invoice (a second upload, the requeue job) never starts a second run; an Admin retry and an urgent mark each
 * get an id of their own so that they do start one.
 */
export const invoiceEventId = ({ sha256, retryCount, urgent }: InvoiceEventIdOptions): string =>
  `invoice:${sha256}${retryCount > 0 ? `:retry:${retryCount}` : ""}${urgent ? ":urgent" : ""}`;

export const extractionLaneFor = (sourceType: "XML" | "PDF" | "IMAGE"): TExtractionLane => (sourceType === "XML" ? "parse" : "ocr");
