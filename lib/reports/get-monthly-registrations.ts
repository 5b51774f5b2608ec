import { z } from "zod";
import { db } from "@/lib/db";

export const ZMonthlyRegistration = z.object({
  month: z.string().describe("YYYY-MM in Bogotá time"),
  invoices: z.number().int(),
  eligibleAmount: z.string(),
  feeAmount: z.string(),
  commissionAmount: z.string(),
});
export type TMonthlyRegistration = z.infer<typeof ZMonthlyRegistration>;

/** Registered value and charges per calendar month (Bogotá), aggregated in SQL. */
export const getMonthlyRegistrations = async (months = 12): Promise<TMonthlyRegistration[]> => {
  const rows = await db.$queryRaw<
    { month: string; invoices: bigint; eligible: string; fee: string; commission: string }[]
  >`
    -- createdAt is stored as UTC without a zone: read it as UTC, then shift it to Bogotá before truncating.
    SELECT to_char(date_trunc('month', ("createdAt" AT TIME ZONE 'UTC') AT TIME ZONE 'America/Bogota'), 'YYYY-MM') AS month,
           count(*) AS invoices,
           sum("eligibleAmount")::text AS eligible,
           sum("feeAmount")::text AS fee,
           sum("commissionAmount")::text AS commission
    FROM "Commission"
    GROUP BY 1
    ORDER BY 1 DESC
    LIMIT ${months}`;
  return z.array(ZMonthlyRegistration).parse(
    rows.map((row) => ({
      month: row.month,
      invoices: Number(row.invoices),
      eligibleAmount: row.eligible,
      feeAmount: row.fee,
      commissionAmount: row.commission,
    })),
  );
};
