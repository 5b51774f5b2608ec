import { calendarDateToIso } from "@/lib/format/calendar-date";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TInvoiceListItem } from "./schemas";

/** What an invoice row must include to be listed. */
export const INVOICE_LIST_INCLUDE = { supplier: { select: { name: true, nit: true, dv: true } } } as const satisfies Prisma.InvoiceInclude;

type InvoiceListRow = Prisma.InvoiceGetPayload<{ include: typeof INVOICE_LIST_INCLUDE }>;

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
  createdAt: invoice.createdAt.toISOString(),
});
