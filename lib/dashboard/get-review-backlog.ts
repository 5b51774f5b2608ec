import { db } from "@/lib/db";
import { sqlTimestamp, type DashboardWindows } from "./dashboard-windows";
import { ZReviewBacklog, type TReviewBacklog } from "./schemas";

const HOUR_MS = 60 * 60 * 1000;

export type GetReviewBacklogOptions = { windows: Pick<DashboardWindows, "now"> };

type BacklogRow = {
  count: number;
  oldest: Date | null;
  underOneHour: number;
  oneToFourHours: number;
  fourToTwentyFourHours: number;
  overTwentyFourHours: number;
};

/**
 * Invoices waiting in review and how long they have waited: since their latest move into NEEDS_REVIEW (its audit
 * entry, found through the per-entity history index), or since upload when there is none. An invoice exactly one
 * hour in review counts as 1–4 h: each bucket includes its lower edge.
 */
export const getReviewBacklog = async ({ windows }: GetReviewBacklogOptions): Promise<TReviewBacklog> => {
  const ago = (hours: number) => sqlTimestamp(new Date(windows.now.getTime() - hours * HOUR_MS));
  const [row] = await db.$queryRaw<BacklogRow[]>`
    WITH waiting AS (
      SELECT coalesce(entered."createdAt", i."createdAt") AS since
      FROM "Invoice" i
      LEFT JOIN LATERAL (
        SELECT a."createdAt"
        FROM "AuditEvent" a
        WHERE a."entityType" = 'Invoice' AND a."entityId" = i."id"::text
          AND a."action" = 'invoice.status-changed' AND a."after"->>'status' = 'NEEDS_REVIEW'
        ORDER BY a."createdAt" DESC
        LIMIT 1
      ) entered ON true
      WHERE i."status" = 'NEEDS_REVIEW'
    )
    SELECT count(*)::int AS count,
      min(since) AS oldest,
      count(*) FILTER (WHERE since > ${ago(1)})::int AS "underOneHour",
      count(*) FILTER (WHERE since <= ${ago(1)} AND since > ${ago(4)})::int AS "oneToFourHours",
      count(*) FILTER (WHERE since <= ${ago(4)} AND since > ${ago(24)})::int AS "fourToTwentyFourHours",
      count(*) FILTER (WHERE since <= ${ago(24)})::int AS "overTwentyFourHours"
    FROM waiting`;
  if (!row) throw new Error("La consulta de la cola de revisión no devolvió filas.");
  const { count, oldest, ...buckets } = row;
  return ZReviewBacklog.parse({
    count,
    oldestSince: oldest?.toISOString() ?? null,
    oldestAgeSeconds: oldest ? Math.max(0, Math.floor((windows.now.getTime() - oldest.getTime()) / 1000)) : null,
    buckets,
  });
};
