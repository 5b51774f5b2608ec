import { z } from "zod";
import { ZInvoiceStatus } from "@/lib/invoices/schemas";
import { ZReviewDecision } from "./events";

export const ZCompleteReviewBody = z
  .object({
    decision: ZReviewDecision,
    reason: z.string().trim().min(3, "Indique el motivo del rechazo").max(1000).optional(),
    confirmed: z
      .boolean()
      .optional()
      .describe("The operator confirmed approving although the totals do not add up or values differ from the document"),
  })
  .refine((body) => body.decision === "approved" || body.reason !== undefined, {
    message: "Indique el motivo del rechazo",
    path: ["reason"],
  });
export type TCompleteReviewBody = z.infer<typeof ZCompleteReviewBody>;

export const ZCreateBatchBody = z.object({
  invoiceIds: z
    .array(z.uuid())
    .min(1, "Envíe al menos una factura")
    .max(1000, "Hasta 1.000 facturas por lote")
    .refine((ids) => new Set(ids).size === ids.length, "Las facturas se repiten"),
  urgent: z.boolean().optional().describe("Process these invoices before the others"),
});
export type TCreateBatchBody = z.infer<typeof ZCreateBatchBody>;

export const ZStatusCounts = z.partialRecord(ZInvoiceStatus, z.number().int());
export type TStatusCounts = z.infer<typeof ZStatusCounts>;

export const ZBatchProgress = z.object({
  id: z.uuid(),
  createdAt: z.string().describe("ISO instant"),
  urgent: z.boolean(),
  total: z.number().int(),
  /** Certified, rejected or failed. */
  finished: z.number().int(),
  needsReview: z.number().int(),
  failed: z.number().int(),
  counts: ZStatusCounts,
});
export type TBatchProgress = z.infer<typeof ZBatchProgress>;

export const ZPipelineStepEntry = z.object({
  id: z.string(),
  step: z.string(),
  runId: z.string(),
  attempt: z.number().int(),
  status: z.enum(["COMPLETED", "FAILED"]),
  durationMs: z.number().int(),
  errorCode: z.string().nullable(),
  errorMessage: z.string().nullable(),
  startedAt: z.string().describe("ISO instant"),
});
export type TPipelineStepEntry = z.infer<typeof ZPipelineStepEntry>;

export const ZInvoiceTimeline = z.object({
  invoiceId: z.uuid(),
  status: ZInvoiceStatus,
  urgent: z.boolean(),
  failureCode: z.string().nullable(),
  failureReason: z.string().nullable(),
  steps: z.array(ZPipelineStepEntry),
});
export type TInvoiceTimeline = z.infer<typeof ZInvoiceTimeline>;

export const ZInvoiceActionResult = z.object({
  id: z.uuid(),
  status: ZInvoiceStatus,
  urgent: z.boolean(),
  /** False when the Event API could not be reached; the requeue job sends the event later. */
  queued: z.boolean(),
});
export type TInvoiceActionResult = z.infer<typeof ZInvoiceActionResult>;

export const ZPipelineOverview = z.object({
  counts: ZStatusCounts,
  batches: z.array(ZBatchProgress),
});
export type TPipelineOverview = z.infer<typeof ZPipelineOverview>;
