import { db } from "@/lib/db";
import { summarizeBatch } from "./get-batch-progress";
import { ZPipelineOverview, type TPipelineOverview } from "./schemas";

const RECENT_BATCHES = 5;

/** The Procesos page's summary: invoices counted by pipeline status and the latest batches' progress. */
export const getPipelineOverview = async (): Promise<TPipelineOverview> => {
  const [groups, batches] = await Promise.all([
    db.invoice.groupBy({ by: ["status"], _count: { _all: true } }),
    db.pipelineBatch.findMany({ orderBy: { createdAt: "desc" }, take: RECENT_BATCHES }),
  ]);
  const batchGroups = batches.length
    ? await db.invoice.groupBy({ by: ["batchId", "status"], where: { batchId: { in: batches.map((batch) => batch.id) } }, _count: { _all: true } })
    : [];
  return ZPipelineOverview.parse({
    counts: Object.fromEntries(groups.map((group) => [group.status, group._count._all])),
    batches: batches.map((batch) =>
      summarizeBatch(
        batch,
        Object.fromEntries(batchGroups.filter((group) => group.batchId === batch.id).map((group) => [group.status, group._count._all])),
      ),
    ),
  });
};
