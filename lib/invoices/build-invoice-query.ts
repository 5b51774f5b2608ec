import { Prisma } from "@/lib/generated/prisma/client";
import { CONFIDENCE_BANDS } from "./confidence-bands";
import { resolveInvoiceSort } from "./resolve-invoice-sort";
import type { TInvoiceFilters, TInvoiceSortField } from "./schemas";

export type BuildInvoiceWhereOptions = {
  filters: Omit<TInvoiceFilters, "sort" | "order">;
  /** The suppliers the `supplier` text resolved to (findSupplierIds); ignored when that filter is absent. */
  supplierIds?: readonly string[];
};

/**
 * The inbox filters as one SQL WHERE over `"Invoice" i` (every filter given must hold), values as parameters.
 * SQL rather than a Prisma where because Prisma orders a capped count's subquery by id, which turns "count up to
 * 10,001" into a walk of the primary key that tests every row; here the planner picks each filter's own index.
 */
export const buildInvoiceWhereSql = ({ filters, supplierIds }: BuildInvoiceWhereOptions): Prisma.Sql => {
  const conditions: Prisma.Sql[] = [];
  if (filters.status) conditions.push(Prisma.sql`i.status = ANY(${filters.status}::"InvoiceStatus"[])`);
  if (filters.confidence) {
    const { min, below } = CONFIDENCE_BANDS[filters.confidence];
    if (min !== null) conditions.push(Prisma.sql`i.confidence >= ${min}::numeric`);
    if (below !== null) conditions.push(Prisma.sql`i.confidence < ${below}::numeric`);
  }
  if (filters.supplier !== undefined) conditions.push(Prisma.sql`i."supplierId" = ANY(${[...(supplierIds ?? [])]}::uuid[])`);
  if (filters.issuedFrom) conditions.push(Prisma.sql`i."issueDate" >= ${filters.issuedFrom}::date`);
  if (filters.issuedTo) conditions.push(Prisma.sql`i."issueDate" <= ${filters.issuedTo}::date`);
  if (filters.totalMin) conditions.push(Prisma.sql`i.total >= ${filters.totalMin}::numeric`);
  if (filters.totalMax) conditions.push(Prisma.sql`i.total <= ${filters.totalMax}::numeric`);
  if (filters.source) conditions.push(Prisma.sql`i."sourceType" = ${filters.source}::"SourceType"`);
  if (filters.batch) conditions.push(Prisma.sql`i."batchId" = ${filters.batch}::uuid`);
  return conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
};

/** The whitelist: a sort field is only ever one of these fixed column names, never text from the request. */
const SORT_COLUMNS: Record<TInvoiceSortField, Prisma.Sql> = {
  createdAt: Prisma.raw(`i."createdAt"`),
  issueDate: Prisma.raw(`i."issueDate"`),
  total: Prisma.raw("i.total"),
  confidence: Prisma.raw("i.confidence"),
};

export type BuildInvoiceOrderByOptions = Pick<TInvoiceFilters, "sort" | "order" | "issuedFrom" | "issuedTo">;

/**
 * The sort, with the id as tie-breaker so that pages never repeat or skip a row. PostgreSQL's own null order is
 * kept (nulls after the values ascending, before them descending): it is the order one plain B-tree index serves
 * in both directions, where "nulls last" both ways would need a second index per column.
 */
export const buildInvoiceOrderBySql = ({ order, ...query }: BuildInvoiceOrderByOptions): Prisma.Sql => {
  const direction = Prisma.raw(order === "asc" ? "ASC" : "DESC");
  return Prisma.sql`ORDER BY ${SORT_COLUMNS[resolveInvoiceSort(query)]} ${direction}, i.id ${direction}`;
};
