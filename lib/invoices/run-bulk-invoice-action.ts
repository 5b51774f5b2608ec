import type { TSessionUser } from "@/lib/auth/schemas";
import { AppError } from "@/lib/errors";
import { markUrgent } from "@/lib/pipeline/mark-urgent";
import { retryFailedInvoice } from "@/lib/pipeline/retry-failed-invoice";
import type { SendPipelineEvents } from "@/lib/pipeline/send-pipeline-events";
import { ZBulkInvoiceResult, type TBulkInvoiceAction, type TBulkInvoiceItemResult, type TBulkInvoiceResult } from "./schemas";

/** Invoices handled at once: each action is a few queries and one event, so a handful in parallel keeps the pool free. */
const CONCURRENCY = 8;

export type RunBulkInvoiceActionOptions = {
  action: TBulkInvoiceAction;
  ids: readonly string[];
  actor: Pick<TSessionUser, "id" | "email" | "role">;
  send?: SendPipelineEvents;
};

/**
 * The inbox's bulk actions: the single-invoice operation for each id, with one result per id. One invoice that
 * cannot be retried (not FAILED, unknown) is reported and the others go on; anything but an AppError is a real
 * fault and fails the request.
 */
export const runBulkInvoiceAction = async ({ action, ids, actor, send }: RunBulkInvoiceActionOptions): Promise<TBulkInvoiceResult> => {
  if (action === "retry" && actor.role !== "ADMIN") {
    throw new AppError("FORBIDDEN", { message: "Solo un administrador reintenta facturas." });
  }
  const operation = action === "retry" ? retryFailedInvoice : markUrgent;
  const runOne = async (invoiceId: string): Promise<TBulkInvoiceItemResult> => {
    try {
      const result = await operation({ invoiceId, actor, send });
      return { id: invoiceId, ok: true, status: result.status };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return { id: invoiceId, ok: false, code: error.code, message: error.message };
    }
  };
  const results: TBulkInvoiceItemResult[] = [];
  for (let start = 0; start < ids.length; start += CONCURRENCY) {
    results.push(...(await Promise.all(ids.slice(start, start + CONCURRENCY).map(runOne))));
  }
  const succeeded = results.filter((result) => result.ok).length;
  return ZBulkInvoiceResult.parse({ action, succeeded, failed: results.length - succeeded, results });
};
