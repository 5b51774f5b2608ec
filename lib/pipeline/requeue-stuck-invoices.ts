import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { buildInvoiceUploadedEvents } from "./announce-invoices";
import { TERMINAL_STATUSES } from "./invoice-progress";
import { sendPipelineEvents, type SendPipelineEvents } from "./send-pipeline-events";

/** Per tick: the job runs every few minutes, so a large backlog drains over a few ticks. */
const MAX_PER_TICK = 1000;

export type RequeueStuckInvoicesOptions = { now?: Date; olderThanMinutes?: number; send?: SendPipelineEvents };

/**
 * Sends `invoice/uploaded` again for invoices that no pipeline run owns although one should: received (the upload's
 * own send failed) or retried by an Admin (the retry's send failed), and untouched for a while. The event ids are
 * the ones the lost sends used, so an invoice whose run is only queued is not started twice (Inngest deduplicates
 * an id for 24 h, and past that a second run stops at the invoice's claim).
 */
export const requeueStuckInvoices = async ({
  now = new Date(),
  olderThanMinutes = getEnv().REQUEUE_AFTER_MINUTES,
  send = sendPipelineEvents,
}: RequeueStuckInvoicesOptions = {}): Promise<{ requeued: number }> => {
  const before = new Date(now.getTime() - olderThanMinutes * 60_000);
  const stuck = await db.invoice.findMany({
    where: {
      pipelineRunId: null,
      updatedAt: { lt: before },
      OR: [{ status: "RECEIVED" }, { retryCount: { gt: 0 }, status: { notIn: [...TERMINAL_STATUSES] } }],
    },
    orderBy: { createdAt: "asc" },
    take: MAX_PER_TICK,
    select: { id: true, sha256: true, sourceType: true, retryCount: true, urgent: true },
  });
  await send(buildInvoiceUploadedEvents(stuck));
  return { requeued: stuck.length };
};
