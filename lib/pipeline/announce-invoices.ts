import { AppError } from "@/lib/errors";
import { INVOICE_UPLOADED, extractionLaneFor, invoiceEventId, type TPipelineEvent } from "./events";
import { sendPipelineEvents, type SendPipelineEvents } from "./send-pipeline-events";
import { getLogger } from "@/lib/logging/logger";

export type AnnouncedInvoice = { id: string; sha256: string; sourceType: "XML" | "PDF" | "IMAGE"; retryCount: number; urgent: boolean };

export type AnnounceInvoicesOptions = { invoices: AnnouncedInvoice[]; send?: SendPipelineEvents };

export const buildInvoiceUploadedEvents = (invoices: AnnouncedInvoice[]): TPipelineEvent[] =>
  invoices.map((invoice) => ({
    name: INVOICE_UPLOADED,
    id: invoiceEventId(invoice),
    // `urgent` always present: the priority expression reads it, and CEL fails on a missing key.
    data: { invoiceId: invoice.id, lane: extractionLaneFor(invoice.sourceType), urgent: invoice.urgent },
  }));

/**
 * Starts the pipeline for invoices whose rows are already committed. A failure to reach the Event API must not
 * undo an accepted upload, so it is logged and reported as `false`: the requeue job sends the event again for
 * invoices that no run has picked up (lib/pipeline/find-stuck-invoices.ts).
 */
export const announceInvoices = async ({ invoices, send = sendPipelineEvents }: AnnounceInvoicesOptions): Promise<boolean> => {
  try {
    await send(buildInvoiceUploadedEvents(invoices));
    return true;
  } catch (error) {
    const cause = error instanceof AppError ? JSON.stringify(error.details) : error instanceof Error ? error.message : String(error);
    getLogger().warn({ invoices: invoices.length, cause }, "invoice/uploaded not sent; the requeue job will retry");
    return false;
  }
};
