import { calendarDateToIso } from "@/lib/format/calendar-date";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TInvoiceListItem } from "./schemas";

/**
 * The columns a listed invoice needs, and no more: a whole row carries the extraction and validation JSON, which
 * an inbox page of 25 would read, send and parse for nothing.
 */
export const INVOICE_LIST_SELECT = {
  id: true,
  status: true,
  sourceType: true,
  number: true,
  issueDate: true,
  total: true,
  confidence: true,
  originalFilename: true,
  urgent: true,
  createdAt: true,
  supplier: { select: { name: true, nit: true, dv: true } },
} as const satisfies Prisma.InvoiceSelect;

type InvoiceListRow = Prisma.InvoiceGetPayload<{ select: typeof INVOICE_LIST_SELECT }>;

/** An invoice as lists and headers show it: exact amounts as text, dates as ISO strings. */
export const toInvoiceListItem = (invoice: InvoiceListRow): TInvoiceListItem => ({
  id: invoice.id,
  status: invoice.status,
  sourceType: invoice.sourceType,
  number: invoice.number,
  supplierName: invoice.supplier?.name ?? null,
  supplierNit: invoice.supplier ? `${invoice.supplier.nit}-${invoice.supplier.dv}` : null,
  issueDate: invoice.issueDate && calendarDateToIso(invoice.issueDate),
  total: invoice.total?.toFixed(2) ?? null,
  confidence: invoice.confidence?.toString() ?? null,
  originalFilename: invoice.originalFilename,
  urgent: invoice.urgent,
  createdAt: invoice.createdAt.toISOString(),
});
