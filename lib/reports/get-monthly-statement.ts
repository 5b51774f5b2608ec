import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZStatement, type TStatement, type TStatementQuery } from "./statement-schemas";

export type GetMonthlyStatementOptions = TStatementQuery & { now?: Date };

const lastDayOfMonth = (month: string) => {
  const [year = 0, monthNumber = 0] = month.split("-").map(Number);
  return new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10);
};

/**
 * A client's monthly statement: every commission registered in the month (Bogotá registration day) for invoices the
 * organization bought (it is the customer, the party whose withholding the registration avoids), with the
 * certificate in force if any, and the month's totals summed in SQL.
 */
export const getMonthlyStatement = async ({ organizationId, month, now = new Date() }: GetMonthlyStatementOptions): Promise<TStatement> => {
  const organization = await db.organization.findUnique({ where: { id: organizationId }, select: { name: true, nit: true, dv: true } });
  if (!organization) throw new AppError("NOT_FOUND", { message: "La organización no existe." });
  const from = `${month}-01`;
  const to = lastDayOfMonth(month);
  const where = {
    customerId: organizationId,
    registeredOn: { gte: new Date(`${from}T00:00:00Z`), lte: new Date(`${to}T00:00:00Z`) },
  };
  const [commissions, totals] = await Promise.all([
    db.commission.findMany({
      where,
      orderBy: [{ registeredOn: "asc" }, { createdAt: "asc" }],
      select: {
        registeredOn: true,
        invoiceTotal: true,
        feeAmount: true,
        commissionAmount: true,
        withholdingAvoided: true,
        supplier: { select: { name: true } },
        invoice: {
          select: { number: true, certificates: { where: { voidedAt: null }, select: { number: true }, take: 1 } },
        },
      },
    }),
    db.commission.aggregate({
      where,
      _count: { _all: true },
      _sum: { invoiceTotal: true, feeAmount: true, commissionAmount: true, withholdingAvoided: true },
    }),
  ]);
  const zero = (value: { toFixed: (digits: number) => string } | null) => value?.toFixed(2) ?? "0.00";
  return ZStatement.parse({
    organization,
    month,
    from,
    to,
    generatedAt: now.toISOString(),
    entries: commissions.map((commission) => ({
      registeredOn: commission.registeredOn.toISOString().slice(0, 10),
      invoiceNumber: commission.invoice.number,
      certificateNumber: commission.invoice.certificates[0]?.number ?? null,
      supplierName: commission.supplier?.name ?? null,
      registeredValue: commission.invoiceTotal.toFixed(2),
      feeAmount: commission.feeAmount.toFixed(2),
      commissionAmount: commission.commissionAmount.toFixed(2),
      withholdingAvoided: commission.withholdingAvoided.toFixed(2),
    })),
    totals: {
      invoices: totals._count._all,
      registeredValue: zero(totals._sum.invoiceTotal),
      feeAmount: zero(totals._sum.feeAmount),
      commissionAmount: zero(totals._sum.commissionAmount),
      withholdingAvoided: zero(totals._sum.withholdingAvoided),
    },
  });
};
