import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZBatchProgress, type TBatchProgress, type TStatusCounts } from "./schemas";

export type GetBatchProgressOptions = { batchId: string };

export const summarizeBatch = (
  batch: { id: string; createdAt: Date; urgent: boolean; invoiceCount: number },
  counts: TStatusCounts,
): TBatchProgress =>
  ZBatchProgress.parse({
    id: batch.id,
    createdAt: batch.createdAt.toISOString(),
    urgent: batch.urgent,
    total: batch.invoiceCount,
    finished: (counts.CERTIFIED ?? 0) + (counts.REJECTED ?? 0) + (counts.FAILED ?? 0),
    needsReview: counts.NEEDS_REVIEW ?? 0,
    failed: counts.FAILED ?? 0,
    counts,
  });

/** How far a batch has got: its invoices counted by status (served by the (batchId, status) index). */
export const getBatchProgress = async ({ batchId }: GetBatchProgressOptions): Promise<TBatchProgress> => {
  const notFound = new AppError("NOT_FOUND", { message: "Lote no encontrado." });
  if (!z.uuid().safeParse(batchId).success) throw notFound;
  const batch = await db.pipelineBatch.findUnique({ where: { id: batchId } });
  if (!batch) throw notFound;
  const groups = await db.invoice.groupBy({ by: ["status"], where: { batchId }, _count: { _all: true } });
  return summarizeBatch(batch, Object.fromEntries(groups.map((group) => [group.status, group._count._all])));
};
