import type { TCorpusInvoice } from "./generate-corpus-invoice";

export type TTruthFields = Record<string, string | number | null | { scheme: string; rate: string; amount: string }[]>;

export type TruthFieldsForInvoiceOptions = { invoice: TCorpusInvoice };

/** The ground truth of a corpus invoice, in the result shape's field names (see docs/extraction.md). */
export const truthFieldsForInvoice = ({ invoice }: TruthFieldsForInvoiceOptions): TTruthFields => ({
  documentType: "INVOICE",
  number: invoice.number,
  issueDate: invoice.issueDate,
  dueDate: invoice.dueDate,
  currency: invoice.currency,
  supplierName: invoice.supplier.name,
  supplierNit: invoice.supplier.nit,
  supplierDv: invoice.supplier.dv,
  customerName: invoice.customer.name,
  customerId: invoice.customer.id,
  customerDv: invoice.customer.dv,
  subtotal: invoice.subtotal,
  total: invoice.total,
  cufe: invoice.cufe,
  paymentMeans: invoice.paymentMeans.code,
  taxes: invoice.taxes.map((tax) => ({ scheme: tax.scheme, rate: tax.rate, amount: tax.amount })),
  withholdings: invoice.withholdings.map((tax) => ({ scheme: tax.scheme, rate: tax.rate, amount: tax.amount })),
  line_count: invoice.lines.length,
});
