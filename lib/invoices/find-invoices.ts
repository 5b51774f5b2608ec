import { db } from "@/lib/db";
import { ZInvoicePage, type TFindInvoicesQuery, type TInvoicePage } from "./schemas";
import { calendarDateToIso } from "@/lib/format/calendar-date";

/** Newest first, optionally in one status (served by the (status, createdAt) index). */
export const findInvoices = async ({ page, pageSize, status }: TFindInvoicesQuery): Promise<TInvoicePage> => {
  const where = status ? { status } : {};
  const [rows, total] = await Promise.all([
    db.invoice.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      include: { supplier: { select: { name: true, nit: true, dv: true } } },
    }),
    db.invoice.count({ where }),
  ]);
  return ZInvoicePage.parse({
    items: rows.map((invoice) => ({
      id: invoice.id,
      status: invoice.status,
      sourceType: invoice.sourceType,
      number: invoice.number,
      supplierName: invoice.supplier?.name ?? null,
      supplierNit: invoice.supplier ? `${invoice.supplier.nit}-${invoice.supplier.dv}` : null,
      issueDate: (invoice.issueDate && calendarDateToIso(invoice.issueDate)),
      total: invoice.total?.toFixed(2) ?? null,
      confidence: invoice.confidence?.toString() ?? null,
      originalFilename: invoice.originalFilename,
      createdAt: invoice.createdAt.toISOString(),
    })),
    total,
    page,
    pageSize,
  });
};
