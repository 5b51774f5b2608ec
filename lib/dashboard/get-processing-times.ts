import { db } from "@/lib/db";
import { sqlTimestamp, type DashboardWindows } from "./dashboard-windows";
import { ZProcessingTimes, type TProcessingTimes } from "./schemas";

export type GetProcessingTimesOptions = { windows: Pick<DashboardWindows, "sevenDaysStart"> };

type TimeRow = { status: "CERTIFIED" | "NEEDS_REVIEW"; count: number; averageSeconds: number | null };

/**
 * Mean time from upload to certificate, and from upload to review, over the invoices that got there in the last
 * seven Bogotá days: the audited status change's instant minus the invoice's upload instant.
 */
export const getProcessingTimes = async ({ windows }: GetProcessingTimesOptions): Promise<TProcessingTimes> => {
  const rows = await db.$queryRaw<TimeRow[]>`
    SELECT a."after"->>'status' AS status, count(*)::int AS count,
      avg(extract(epoch FROM a."createdAt" - i."createdAt"))::float8 AS "averageSeconds"
    FROM "AuditEvent" a
    JOIN "Invoice" i ON i."id" = a."entityId"::uuid
    WHERE a."action" = 'invoice.status-changed' AND a."entityType" = 'Invoice'
      AND a."createdAt" >= ${sqlTimestamp(windows.sevenDaysStart)}
      AND a."after"->>'status' IN ('CERTIFIED', 'NEEDS_REVIEW')
    GROUP BY 1`;
  const time = (status: TimeRow["status"]) => {
    const row = rows.find((candidate) => candidate.status === status);
    return { count: row?.count ?? 0, averageSeconds: row?.averageSeconds ?? null };
  };
  return ZProcessingTimes.parse({ toCertified: time("CERTIFIED"), toReview: time("NEEDS_REVIEW") });
};
