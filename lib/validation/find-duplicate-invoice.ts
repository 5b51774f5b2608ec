import { db } from "@/lib/db";

export type FindDuplicateInvoiceOptions = {
  supplierNit: string;
  number: string;
  /** The invoice being validated, which must not count as its own duplicate. */
  excludeInvoiceId: string;
};

/**
 * Another upload of the same supplier's invoice number (different bytes: a re-scan, a PDF of an XML already
 * registered). Rejected and failed invoices do not count. Served by the (supplierId, number) index.
 */
export const findDuplicateInvoice = async ({ supplierNit, number, excludeInvoiceId }: FindDuplicateInvoiceOptions) => {
  const duplicate = await db.invoice.findFirst({
    where: {
      number,
      supplier: { nit: supplierNit },
      id: { not: excludeInvoiceId },
      status: { notIn: ["REJECTED", "FAILED"] },
    },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  return duplicate?.id ?? null;
};
