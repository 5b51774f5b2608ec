import type { Prisma } from "@/lib/generated/prisma/client";
import { isoToCalendarDate } from "@/lib/format/calendar-date";
import { confidenceBandFilter } from "./confidence-bands";
import { resolveInvoiceSort } from "./resolve-invoice-sort";
import type { TInvoiceFilters } from "./schemas";

export type BuildInvoiceWhereOptions = {
  filters: Omit<TInvoiceFilters, "sort" | "order">;
  /** The suppliers the `supplier` text resolved to (findSupplierIds); ignored when that filter is absent. */
  supplierIds?: readonly string[];
};

/** The inbox filters as one Prisma where: every filter given must hold (AND). */
export const buildInvoiceWhere = ({ filters, supplierIds }: BuildInvoiceWhereOptions): Prisma.InvoiceWhereInput => {
  const where: Prisma.InvoiceWhereInput = {};
  if (filters.status) where.status = filters.status.length === 1 ? filters.status[0] : { in: filters.status };
  if (filters.confidence) where.confidence = confidenceBandFilter(filters.confidence);
  if (filters.supplier !== undefined) where.supplierId = { in: [...(supplierIds ?? [])] };
  if (filters.issuedFrom || filters.issuedTo) {
    where.issueDate = {
      ...(filters.issuedFrom ? { gte: isoToCalendarDate(filters.issuedFrom) } : {}),
      ...(filters.issuedTo ? { lte: isoToCalendarDate(filters.issuedTo) } : {}),
    };
  }
  if (filters.totalMin || filters.totalMax) {
    where.total = { ...(filters.totalMin ? { gte: filters.totalMin } : {}), ...(filters.totalMax ? { lte: filters.totalMax } : {}) };
  }
  if (filters.source) where.sourceType = filters.source;
  if (filters.batch) where.batchId = filters.batch;
  return where;
};

export type BuildInvoiceOrderByOptions = Pick<TInvoiceFilters, "sort" | "order" | "issuedFrom" | "issuedTo">;

/**
 * The sort, with the id as tie-breaker so that pages never repeat or skip a row. PostgreSQL's own null order is
 * kept (nulls after the values ascending, before them descending): it is the order one plain B-tree index serves
 * in both directions, where "nulls last" both ways would need a second index per column.
 */
export const buildInvoiceOrderBy = ({ order, ...query }: BuildInvoiceOrderByOptions): Prisma.InvoiceOrderByWithRelationInput[] => [
  { [resolveInvoiceSort(query)]: order },
  { id: order },
];
