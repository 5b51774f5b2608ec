import { db } from "@/lib/db";
import { ZInvoiceStatus } from "@/lib/invoices/schemas";
import { sqlTimestamp, type DashboardWindows } from "./dashboard-windows";
import { ZInvoicesTodayByStatus, type TInvoicesTodayByStatus } from "./schemas";

export type GetInvoicesTodayByStatusOptions = { windows: Pick<DashboardWindows, "todayStart" | "todayDate"> };

/** Invoices uploaded since midnight in Bogotá, counted by their current status (the (createdAt) index). */
export const getInvoicesTodayByStatus = async ({ windows }: GetInvoicesTodayByStatusOptions): Promise<TInvoicesTodayByStatus> => {
  const rows = await db.$queryRaw<{ status: string; count: number }[]>`
    SELECT "status"::text AS status, count(*)::int AS count
    FROM "Invoice"
    WHERE "createdAt" >= ${sqlTimestamp(windows.todayStart)}
    GROUP BY "status"`;
  const byStatus = Object.fromEntries(ZInvoiceStatus.options.map((status) => [status, 0]));
  for (const row of rows) byStatus[row.status] = row.count;
  return ZInvoicesTodayByStatus.parse({ date: windows.todayDate, byStatus });
};
