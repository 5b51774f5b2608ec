import { z } from "zod";
import { db } from "@/lib/db";
import { calendarDateToIso } from "@/lib/format/calendar-date";
import type { TPageQuery } from "@/lib/invoices/schemas";
import { ZMoneyString } from "./schemas";

export const ZCommissionListItem = z.object({
  id: z.uuid(),
  invoiceId: z.uuid(),
  invoiceNumber: z.string().nullable(),
  supplierName: z.string().nullable(),
  registeredOn: z.iso.date(),
  eligibleAmount: ZMoneyString,
  feeAmount: ZMoneyString,
  commissionAmount: ZMoneyString,
  withholdingAvoided: ZMoneyString,
  ruleSetVersion: z.number().int(),
});
export type TCommissionListItem = z.infer<typeof ZCommissionListItem>;

/** Priced invoices, latest registration first. */
export const findCommissions = async ({ page, pageSize }: TPageQuery) => {
  const [rows, total] = await Promise.all([
    db.commission.findMany({
      orderBy: [{ registeredOn: "desc" }, { createdAt: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      include: {
        invoice: { select: { number: true } },
        supplier: { select: { name: true } },
        ruleSet: { select: { version: true } },
      },
    }),
    db.commission.count(),
  ]);
  return {
    total,
    items: z.array(ZCommissionListItem).parse(
      rows.map((commission) => ({
        id: commission.id,
        invoiceId: commission.invoiceId,
        invoiceNumber: commission.invoice.number,
        supplierName: commission.supplier?.name ?? null,
        registeredOn: calendarDateToIso(commission.registeredOn),
        eligibleAmount: commission.eligibleAmount.toFixed(2),
        feeAmount: commission.feeAmount.toFixed(2),
        commissionAmount: commission.commissionAmount.toFixed(2),
        withholdingAvoided: commission.withholdingAvoided.toFixed(2),
        ruleSetVersion: commission.ruleSet.version,
      })),
    ),
  };
};
