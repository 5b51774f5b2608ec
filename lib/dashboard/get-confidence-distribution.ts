import { db } from "@/lib/db";
import { sqlTimestamp, type DashboardWindows } from "./dashboard-windows";
import { ZConfidenceDistribution, type TConfidenceDistribution } from "./schemas";

const BUCKETS = 10;

export type GetConfidenceDistributionOptions = { windows: Pick<DashboardWindows, "thirtyDaysStart"> };

/**
 * Invoices uploaded in the last 30 Bogotá days by confidence, in tenths; a confidence of exactly 1 belongs to the
 * last tenth, every other value to the tenth it starts (0.3 is in 0.3–0.4). The CASE keeps invoices without a
 * confidence apart: least() ignores a NULL argument and would put them in the last tenth.
 */
export const getConfidenceDistribution = async ({ windows }: GetConfidenceDistributionOptions): Promise<TConfidenceDistribution> => {
  const rows = await db.$queryRaw<{ bucket: number | null; count: number }[]>`
    SELECT CASE WHEN "confidence" IS NOT NULL THEN least(floor("confidence" * ${BUCKETS}), ${BUCKETS - 1})::int END AS bucket,
      count(*)::int AS count
    FROM "Invoice"
    WHERE "createdAt" >= ${sqlTimestamp(windows.thirtyDaysStart)}
    GROUP BY 1`;
  const counts = new Map(rows.map((row) => [row.bucket, row.count]));
  return ZConfidenceDistribution.parse({
    buckets: Array.from({ length: BUCKETS }, (_, index) => ({
      from: index / BUCKETS,
      to: (index + 1) / BUCKETS,
      count: counts.get(index) ?? 0,
    })),
    withoutConfidence: counts.get(null) ?? 0,
  });
};
