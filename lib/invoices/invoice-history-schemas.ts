import { z } from "zod";
import { ZFieldCorrectionAudit } from "@/lib/review/schemas";

export const ZInvoiceHistoryEntry = z.object({
  id: z.string().describe("AuditEvent id"),
  createdAt: z.string().describe("ISO instant"),
  actorName: z.string().nullable().describe("Null for the system (pipeline steps, scheduled jobs)"),
  actorEmail: z.string().nullable().describe("The actor's e-mail when it acted"),
  action: z.string().describe("Stable action code, e.g. invoice.status-changed, invoice.field-corrected"),
  summary: z.string().describe("What happened, in Spanish"),
  correction: ZFieldCorrectionAudit.nullable().describe("For invoice.field-corrected: the field, OCR value, before and after"),
});
export type TInvoiceHistoryEntry = z.infer<typeof ZInvoiceHistoryEntry>;

export const ZInvoiceHistory = z.object({
  invoiceId: z.uuid(),
  /** Newest first. */
  entries: z.array(ZInvoiceHistoryEntry),
});
export type TInvoiceHistory = z.infer<typeof ZInvoiceHistory>;
