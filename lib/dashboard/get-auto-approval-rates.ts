import { db } from "@/lib/db";
import { sqlTimestamp, type DashboardWindows } from "./dashboard-windows";
import { ratio } from "./ratio";
import { ZAutoApprovalRates, type TAutoApprovalRates } from "./schemas";

export type GetAutoApprovalRatesOptions = { windows: Pick<DashboardWindows, "todayStart" | "sevenDaysStart"> };

type RatesRow = { autoToday: number; decidedToday: number; autoWeek: number; decidedWeek: number };

/**
 * Of the invoices decided (approved or rejected) today and in the last seven Bogotá days, how many validation
 * approved on its own. Decisions are the audited status changes; an approval straight from VALIDATING never went
 * through review (a reviewer approves from NEEDS_REVIEW, and only a reviewer rejects).
 */
export const getAutoApprovalRates = async ({ windows }: GetAutoApprovalRatesOptions): Promise<TAutoApprovalRates> => {
  const today = sqlTimestamp(windows.todayStart);
  const [row] = await db.$queryRaw<RatesRow[]>`
    WITH decisions AS (
      SELECT "createdAt", ("after"->>'status' = 'APPROVED' AND "before"->>'status' = 'VALIDATING') AS automatic
      FROM "AuditEvent"
      WHERE "action" = 'invoice.status-changed' AND "createdAt" >= ${sqlTimestamp(windows.sevenDaysStart)}
        AND "after"->>'status' IN ('APPROVED', 'REJECTED')
    )
    SELECT count(*) FILTER (WHERE automatic AND "createdAt" >= ${today})::int AS "autoToday",
      count(*) FILTER (WHERE "createdAt" >= ${today})::int AS "decidedToday",
      count(*) FILTER (WHERE automatic)::int AS "autoWeek",
      count(*)::int AS "decidedWeek"
    FROM decisions`;
  if (!row) throw new Error("La consulta de aprobación automática no devolvió filas.");
  return ZAutoApprovalRates.parse({
    today: { autoApproved: row.autoToday, decided: row.decidedToday, rate: ratio(row.autoToday, row.decidedToday) },
    lastSevenDays: { autoApproved: row.autoWeek, decided: row.decidedWeek, rate: ratio(row.autoWeek, row.decidedWeek) },
  });
};
