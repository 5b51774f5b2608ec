import { z } from "zod";
import { db, type DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { FIELD_CORRECTED_ACTION, ZFieldCorrectionAudit, ZReviewInvoice, type TOcrReading, type TReviewInvoice } from "./schemas";
import { REVIEW_LOCK_SELECT, toReviewLockState } from "./to-review-lock-state";

export type GetReviewInvoiceOptions = { tx?: DbTransaction; invoiceId: string; now?: Date };

/**
 * One invoice as the review screen edits it: the current extraction (corrections applied), its validation, each
 * line's product, who holds the lock, and what the extractor first read for every field corrected so far (the
 * earliest correction's ocrValue: later corrections only know the value they replaced).
 */
export const getReviewInvoice = async ({ tx = db, invoiceId, now = new Date() }: GetReviewInvoiceOptions): Promise<TReviewInvoice> => {
  const notFound = new AppError("NOT_FOUND", { message: "Factura no encontrada." });
  if (!z.uuid().safeParse(invoiceId).success) throw notFound;
  // One after the other: inside a transaction both queries share one connection.
  const invoice = await tx.invoice.findUnique({
      where: { id: invoiceId },
      select: {
        ...REVIEW_LOCK_SELECT,
        status: true,
        sourceType: true,
        originalFilename: true,
        urgent: true,
        createdAt: true,
        extraction: true,
        validation: true,
        lines: { orderBy: { lineNumber: "asc" }, select: { lineNumber: true, matchScore: true, product: { select: { code: true, name: true } } } },
      },
    });
  if (!invoice) throw notFound;
  const corrections = await tx.auditEvent.findMany({
    where: { entityType: "Invoice", entityId: invoiceId, action: FIELD_CORRECTED_ACTION },
    orderBy: { id: "asc" },
    select: { after: true },
  });
  if (!invoice.extraction) throw new AppError("CONFLICT", { message: "La factura aún no tiene datos extraídos.", details: { status: invoice.status } });
  const ocr: Record<string, TOcrReading> = {};
  for (const { after } of corrections) {
    const audit = ZFieldCorrectionAudit.parse(after);
    ocr[audit.field] ??= { value: audit.ocrValue, confidence: audit.ocrConfidence };
  }
  return ZReviewInvoice.parse({
    id: invoice.id,
    status: invoice.status,
    sourceType: invoice.sourceType,
    originalFilename: invoice.originalFilename,
    urgent: invoice.urgent,
    createdAt: invoice.createdAt.toISOString(),
    extraction: invoice.extraction,
    validation: invoice.validation,
    products: invoice.lines.map((line) => ({
      lineNumber: line.lineNumber,
      productCode: line.product?.code ?? null,
      productName: line.product?.name ?? null,
      matchScore: line.matchScore === null ? null : Number(line.matchScore),
    })),
    ocr,
    lock: toReviewLockState(invoice, now),
  });
};
