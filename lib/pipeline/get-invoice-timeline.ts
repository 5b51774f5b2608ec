import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZInvoiceTimeline, type TInvoiceTimeline } from "./schemas";

export type GetInvoiceTimelineOptions = { invoiceId: string };

/** The invoice's pipeline status and every step attempt in the order they started. */
export const getInvoiceTimeline = async ({ invoiceId }: GetInvoiceTimelineOptions): Promise<TInvoiceTimeline> => {
  const notFound = new AppError("NOT_FOUND", { message: "Factura no encontrada." });
  if (!z.uuid().safeParse(invoiceId).success) throw notFound;
  const invoice = await db.invoice.findUnique({
    where: { id: invoiceId },
    select: {
      status: true,
      urgent: true,
      failureCode: true,
      failureReason: true,
      pipelineSteps: { orderBy: [{ startedAt: "asc" }, { id: "asc" }] },
    },
  });
  if (!invoice) throw notFound;
  return ZInvoiceTimeline.parse({
    invoiceId,
    status: invoice.status,
    urgent: invoice.urgent,
    failureCode: invoice.failureCode,
    failureReason: invoice.failureReason,
    steps: invoice.pipelineSteps.map((step) => ({
      id: step.id.toString(),
      step: step.step,
      runId: step.runId,
      attempt: step.attempt,
      status: step.status,
      durationMs: step.durationMs,
      errorCode: step.errorCode,
      errorMessage: step.errorMessage,
      startedAt: step.startedAt.toISOString(),
    })),
  });
};
