import { z } from "zod";
import { db } from "@/lib/db";
import type { TPageQuery } from "@/lib/invoices/schemas";

export const ZCommissionListItem = z.object({
  id: z.uuid(),
  invoiceNumber: z.string().nullable(),
  supplierName: z.string().nullable(),
  eligibleAmount: z.string(),
  feeAmount: z.string(),
  commissionAmount: z.string(),
  withholdingAvoided: z.string(),
  ruleSetVersion: z.number().int(),
  createdAt: z.string(),
});
export type TCommissionListItem = z.infer<typeof ZCommissionListItem>;

export const findCommissions = async ({ page, pageSize }: TPageQuery) => {
  const [rows, total] = await Promise.all([
    db.commission.findMany({
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      include: {
        invoice: { select: { number: true, supplier: { select: { name: true } } } },
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
        invoiceNumber: commission.invoice.number,
        supplierName: commission.invoice.supplier?.name ?? null,
        eligibleAmount: commission.eligibleAmount.toFixed(2),
        feeAmount: commission.feeAmount.toFixed(2),
        commissionAmount: commission.commissionAmount.toFixed(2),
        withholdingAvoided: commission.withholdingAvoided.toFixed(2),
        ruleSetVersion: commission.ruleSet.version,
        createdAt: commission.createdAt.toISOString(),
      })),
    ),
  };
};
