import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZInvoiceDetail, type TInvoiceDetail } from "./invoice-detail-schemas";
import { INVOICE_LIST_SELECT, toInvoiceListItem } from "./to-invoice-list-item";

export type GetInvoiceDetailOptions = { id: string };

/**
 * One invoice with its extraction, validation, matched lines and the certificate in force; NOT_FOUND for an unknown
 * or malformed id. The stored JSON is parsed with the shared schemas, so a screen never renders a shape it does
 * not know.
 */
export const getInvoiceDetail = async ({ id }: GetInvoiceDetailOptions): Promise<TInvoiceDetail> => {
  const notFound = new AppError("NOT_FOUND", { message: "Factura no encontrada." });
  if (!z.uuid().safeParse(id).success) throw notFound;
  const invoice = await db.invoice.findUnique({
    where: { id },
    select: {
      ...INVOICE_LIST_SELECT,
      urgent: true,
      mimeType: true,
      sizeBytes: true,
      extraction: true,
      validation: true,
      uploadedBy: { select: { name: true } },
      lines: {
        orderBy: { lineNumber: "asc" },
        select: {
          lineNumber: true,
          description: true,
          quantity: true,
          unitCode: true,
          unitPrice: true,
          lineAmount: true,
          matchScore: true,
          product: { select: { code: true, name: true, classification: { select: { code: true, name: true, eligibility: true } } } },
        },
      },
      certificates: {
        where: { voidedAt: null },
        select: { id: true, number: true, verificationCode: true, issuedAt: true },
      },
    },
  });
  if (!invoice) throw notFound;
  const certificate = invoice.certificates[0] ?? null;
  return ZInvoiceDetail.parse({
    ...toInvoiceListItem(invoice),
    urgent: invoice.urgent,
    mimeType: invoice.mimeType,
    sizeBytes: invoice.sizeBytes,
    uploadedBy: invoice.uploadedBy.name,
    extraction: invoice.extraction,
    validation: invoice.validation,
    lines: invoice.lines.map((line) => ({
      lineNumber: line.lineNumber,
      description: line.description,
      quantity: line.quantity?.toString() ?? null,
      unitCode: line.unitCode,
      unitPrice: line.unitPrice?.toString() ?? null,
      lineAmount: line.lineAmount?.toFixed(2) ?? null,
      matchScore: line.matchScore?.toString() ?? null,
      product: line.product && {
        code: line.product.code,
        name: line.product.name,
        classificationCode: line.product.classification.code,
        classificationName: line.product.classification.name,
        eligibility: line.product.classification.eligibility,
      },
    })),
    certificate: certificate && { ...certificate, issuedAt: certificate.issuedAt.toISOString() },
  });
};
