import { db } from "@/lib/db";
import { ZInvoicePage, type TFindInvoicesQuery, type TInvoicePage } from "./schemas";
import { INVOICE_LIST_SELECT, toInvoiceListItem } from "./to-invoice-list-item";

/** Newest first, optionally in one status (served by the (status, createdAt) index). */
export const findInvoices = async ({ page, pageSize, status }: TFindInvoicesQuery): Promise<TInvoicePage> => {
  const where = status ? { status } : {};
  const [rows, total] = await Promise.all([
    db.invoice.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: INVOICE_LIST_SELECT,
    }),
    db.invoice.count({ where }),
  ]);
  return ZInvoicePage.parse({ items: rows.map(toInvoiceListItem), total, page, pageSize });
};
