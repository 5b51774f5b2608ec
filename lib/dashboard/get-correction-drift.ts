import { db } from "@/lib/db";
import { FIELD_CORRECTED_ACTION } from "@/lib/review/schemas";
import { sqlTimestamp, type DashboardWindows } from "./dashboard-windows";
import { ratio } from "./ratio";
import { ZCorrectionDriftDay, type TCorrectionDriftDay } from "./schemas";

/** Recorded by completeReview (lib/pipeline/complete-review.ts) once per decision. */
const REVIEW_COMPLETED_ACTION = "invoice.review-completed";

export type GetCorrectionDriftOptions = { windows: Pick<DashboardWindows, "thirtyDaysStart" | "thirtyDaysFirstDate" | "todayDate"> };

/**
 * Extraction accuracy as reviewers see it, per Bogotá day over the last 30 days: values corrected divided by
 * invoices reviewed. A rising line means the extractor is drifting (new layouts, worse scans). Every day is listed,
 * with no ratio on days without reviews.
 */
export const getCorrectionDrift = async ({ windows }: GetCorrectionDriftOptions): Promise<TCorrectionDriftDay[]> => {
  const rows = await db.$queryRaw<{ date: string; reviewed: number; corrections: number }[]>`
    WITH events AS (
      SELECT (("createdAt" AT TIME ZONE 'UTC') AT TIME ZONE 'America/Bogota')::date AS day,
        count(*) FILTER (WHERE "action" = ${FIELD_CORRECTED_ACTION})::int AS corrections,
        count(DISTINCT "entityId") FILTER (WHERE "action" = ${REVIEW_COMPLETED_ACTION})::int AS reviewed
      FROM "AuditEvent"
      WHERE "action" IN (${FIELD_CORRECTED_ACTION}, ${REVIEW_COMPLETED_ACTION})
        AND "createdAt" >= ${sqlTimestamp(windows.thirtyDaysStart)}
      GROUP BY 1
    )
    SELECT to_char(days.day, 'YYYY-MM-DD') AS date,
      coalesce(events.reviewed, 0)::int AS reviewed, coalesce(events.corrections, 0)::int AS corrections
    FROM generate_series(${windows.thirtyDaysFirstDate}::date, ${windows.todayDate}::date, interval '1 day') AS days(day)
    LEFT JOIN events ON events.day = days.day::date
    ORDER BY days.day`;
  return rows.map((row) =>
    ZCorrectionDriftDay.parse({ ...row, correctionsPerInvoice: ratio(row.corrections, row.reviewed) }),
  );
};
