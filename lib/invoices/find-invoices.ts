import { db } from "@/lib/db";
import type { InvoiceStatus, Prisma, SourceType } from "@/lib/generated/prisma/client";
import { buildInvoiceOrderBySql, buildInvoiceWhereSql } from "./build-invoice-query";
import { findSupplierIds } from "./find-supplier-ids";
import { ZInvoicePage, type TFindInvoicesQuery, type TInvoicePage } from "./schemas";
import { toInvoiceListItem } from "./to-invoice-list-item";

/**
 * The count stops here: counting every match of a broad filter over a million invoices would cost more than the
 * page itself, and "más de 10.000" tells an operator as much as the exact figure.
 */
export const INVOICE_COUNT_CAP = 10_000;

export type FindInvoicesOptions = Omit<TFindInvoicesQuery, "order"> & Partial<Pick<TFindInvoicesQuery, "order">>;

type InvoicePageRow = {
  id: string;
  status: InvoiceStatus;
  sourceType: SourceType;
  number: string | null;
  issueDate: Date | null;
  total: Prisma.Decimal | null;
  confidence: Prisma.Decimal | null;
  originalFilename: string;
  urgent: boolean;
  createdAt: Date;
  supplierName: string | null;
  supplierNit: string | null;
  supplierDv: string | null;
};

/** One page of the inbox: filters AND-ed, sorted by a whitelisted field (resolveInvoiceSort gives the default). */
export const findInvoices = async ({ page, pageSize, sort, order = "desc", ...filters }: FindInvoicesOptions): Promise<TInvoicePage> => {
  const supplierIds = filters.supplier === undefined ? undefined : await findSupplierIds({ search: filters.supplier });
  if (supplierIds?.length === 0) return ZInvoicePage.parse({ items: [], total: 0, totalIsCapped: false, page, pageSize });
  const where = buildInvoiceWhereSql({ filters, supplierIds });
  const orderBy = buildInvoiceOrderBySql({ sort, order, issuedFrom: filters.issuedFrom, issuedTo: filters.issuedTo });
  const [rows, counted] = await Promise.all([
    db.$queryRaw<InvoicePageRow[]>`
      SELECT i.id, i.status::text AS status, i."sourceType"::text AS "sourceType", i.number, i."issueDate", i.total,
             i.confidence, i."originalFilename", i.urgent, i."createdAt",
             o.name AS "supplierName", o.nit AS "supplierNit", o.dv AS "supplierDv"
      FROM "Invoice" i LEFT JOIN "Organization" o ON o.id = i."supplierId"
      ${where} ${orderBy}
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (SELECT 1 FROM "Invoice" i ${where} LIMIT ${INVOICE_COUNT_CAP + 1}) capped`,
  ]);
  const count = counted[0]?.n ?? 0;
  const items = rows.map(({ supplierName, supplierNit, supplierDv, ...invoice }) =>
    toInvoiceListItem({ ...invoice, supplier: supplierName === null ? null : { name: supplierName, nit: supplierNit ?? "", dv: supplierDv ?? "" } }),
  );
  return ZInvoicePage.parse({ items, total: Math.min(count, INVOICE_COUNT_CAP), totalIsCapped: count > INVOICE_COUNT_CAP, page, pageSize });
};
