import { getRuleSetInForce } from "@/lib/commissions/get-rule-set-in-force";
import { db } from "@/lib/db";
import { startOfBogotaDay } from "@/lib/format/bogota-day";
import { ZInvoiceStatus } from "@/lib/invoices/schemas";
import { ZDashboardSummary, type TDashboardSummary } from "./schemas";
import { calendarDateToIso } from "@/lib/format/calendar-date";

export const getDashboardSummary = async (): Promise<TDashboardSummary> => {
  const [byStatus, invoicesToday, registered, products, classifications, eligibleClassifications, ruleSet] =
    await Promise.all([
      db.invoice.groupBy({ by: ["status"], _count: { _all: true } }),
      db.invoice.count({ where: { createdAt: { gte: startOfBogotaDay() } } }),
      db.invoice.aggregate({ where: { status: "CERTIFIED" }, _sum: { total: true } }),
      db.product.count({ where: { active: true } }),
      db.dianClassification.count(),
      db.dianClassification.count({ where: { eligibility: { not: "NOT_ELIGIBLE" } } }),
      getRuleSetInForce(),
    ]);
  const invoicesByStatus = Object.fromEntries(ZInvoiceStatus.options.map((status) => [status, 0]));
  for (const row of byStatus) invoicesByStatus[row.status] = row._count._all;
  return ZDashboardSummary.parse({
    invoicesByStatus,
    totalInvoices: byStatus.reduce((sum, row) => sum + row._count._all, 0),
    invoicesToday,
    registeredValue: registered._sum.total?.toFixed(2) ?? "0.00",
    products,
    classifications,
    eligibleClassifications,
    activeRuleSet: ruleSet && {
      version: ruleSet.version,
      effectiveFrom: (ruleSet.effectiveFrom && calendarDateToIso(ruleSet.effectiveFrom)),
      feeRateBps: ruleSet.feeRateBps,
      commissionRateBps: ruleSet.commissionRateBps,
    },
    generatedAt: new Date().toISOString(),
  });
};
