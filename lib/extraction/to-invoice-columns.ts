import Decimal from "decimal.js";
import type { DbTransaction } from "@/lib/db";
import { isoToCalendarDate } from "@/lib/format/calendar-date";
import type { TExtractedHeader, TExtractedLine, TExtractedValue } from "./schemas";

const toDate = (value: TExtractedValue<string> | null) => (value ? isoToCalendarDate(value.value) : null);
const sumAmounts = (amounts: string[]) =>
  amounts.length ? amounts.reduce((total, amount) => total.plus(amount), new Decimal(0)).toFixed(2) : null;

/**
 * The party's id by NIT, created from this invoice when new. A party's name and DV as read from its first invoice
 * seed the record; later invoices do not overwrite them. Looked up first because parties repeat on nearly every
 * invoice (one read); an upsert would rewrite the row and queue concurrent invoices of one supplier on its lock.
 */
const upsertOrganization = async (tx: DbTransaction, nit: string | undefined, dv: string | undefined, name: string | undefined) => {
  if (!nit) return null;
  const existing = await tx.organization.findUnique({ where: { nit }, select: { id: true } });
  if (existing) return existing.id;
  // A concurrent invoice of the same new party may insert it first: the conflict is skipped and its row read.
  await tx.organization.createMany({ data: [{ nit, dv: dv ?? "", name: name ?? nit }], skipDuplicates: true });
  return (await tx.organization.findUniqueOrThrow({ where: { nit }, select: { id: true } })).id;
};

/** The Invoice columns an extracted (or corrected) header fills, parties resolved by NIT. */
export const toInvoiceHeaderColumns = async (tx: DbTransaction, header: TExtractedHeader) => ({
  documentType: header.documentType?.value ?? null,
  number: header.number?.value ?? null,
  cufe: header.cufe?.value ?? null,
  issueDate: toDate(header.issueDate),
  issueTime: header.issueTime?.value ?? null,
  dueDate: toDate(header.dueDate),
  currency: header.currency?.value ?? "COP",
  supplierId: await upsertOrganization(tx, header.supplierNit?.value, header.supplierDv?.value, header.supplierName?.value),
  customerId: await upsertOrganization(tx, header.customerId?.value, header.customerDv?.value, header.customerName?.value),
  subtotal: header.subtotal?.value ?? null,
  taxTotal: sumAmounts(header.taxes.map((tax) => tax.amount.value)),
  withholdingTotal: sumAmounts(header.withholdings.map((tax) => tax.amount.value)),
  total: header.total?.value ?? null,
});

/** The InvoiceLine columns an extracted (or corrected) line fills. */
export const toInvoiceLineColumns = (line: TExtractedLine) => ({
  description: line.description.value,
  sellerItemCode: line.sellerItemCode?.value ?? null,
  standardItemCode: line.standardItemCode?.value ?? null,
  standardItemScheme: line.standardItemScheme?.value ?? null,
  quantity: line.quantity?.value ?? null,
  unitCode: line.unitCode?.value ?? null,
  unitPrice: line.unitPrice?.value ?? null,
  lineAmount: line.lineAmount?.value ?? null,
  taxAmount: sumAmounts(line.taxes.map((tax) => tax.amount.value)),
});
