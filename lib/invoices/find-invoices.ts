import { db } from "@/lib/db";
import { buildInvoiceOrderBy, buildInvoiceWhere } from "./build-invoice-query";
import { findSupplierIds } from "./find-supplier-ids";
import { ZInvoicePage, type TFindInvoicesQuery, type TInvoicePage } from "./schemas";
import { INVOICE_LIST_SELECT, toInvoiceListItem } from "./to-invoice-list-item";

/**
 * The count stops here: counting every match of a broad filter over a million invoices would cost more than the
 * page itself, and "más de 10.000" tells an operator as much as the exact figure.
 */
export const INVOICE_COUNT_CAP = 10_000;

export type FindInvoicesOptions = Omit<TFindInvoicesQuery, "order"> & Partial<Pick<TFindInvoicesQuery, "order">>;

/** One page of the inbox: filters AND-ed, sorted by a whitelisted field (resolveInvoiceSort gives the default). */
export const findInvoices = async ({ page, pageSize, sort, order = "desc", ...filters }: FindInvoicesOptions): Promise<TInvoicePage> => {
  const supplierIds = filters.supplier === undefined ? undefined : await findSupplierIds({ search: filters.supplier });
  if (supplierIds?.length === 0) return ZInvoicePage.parse({ items: [], total: 0, totalIsCapped: false, page, pageSize });
  const where = buildInvoiceWhere({ filters, supplierIds });
  const [rows, counted] = await Promise.all([
    db.invoice.findMany({
      where,
      orderBy: buildInvoiceOrderBy({ sort, order, issuedFrom: filters.issuedFrom, issuedTo: filters.issuedTo }),
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: INVOICE_LIST_SELECT,
    }),
    db.invoice.count({ where, take: INVOICE_COUNT_CAP + 1 }),
  ]);
  const totalIsCapped = counted > INVOICE_COUNT_CAP;
  return ZInvoicePage.parse({ items: rows.map(toInvoiceListItem), total: Math.min(counted, INVOICE_COUNT_CAP), totalIsCapped, page, pageSize });
};
