import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toInvoiceHeaderColumns, toInvoiceLineColumns } from "@/lib/extraction/to-invoice-columns";
import type { Prisma } from "@/lib/generated/prisma/client";
import { validateInvoiceExtraction } from "@/lib/validation/validate-invoice-extraction";
import { applyCorrections } from "./apply-corrections";
import { getReviewInvoice } from "./get-review-invoice";
import { holdReviewLock } from "./hold-review-lock";
import { FIELD_CORRECTED_ACTION, type TCorrectionsBody, type TFieldCorrectionAudit, type TReviewInvoice } from "./schemas";

export type SaveCorrectionsOptions = {
  invoiceId: string;
  corrections: TCorrectionsBody;
  user: { id: string; email: string };
  now?: Date;
};

/**
 * The lock holder's corrections to an invoice in review, in one transaction: the extraction JSON and the Invoice
 * and line columns take the new values, a chosen product replaces the line's match (score 1: a person chose it),
 * validation runs again on the result, and every changed value is audited once, with what the extractor had read.
 */
export const saveCorrections = async ({ invoiceId, corrections, user, now = new Date() }: SaveCorrectionsOptions): Promise<TReviewInvoice> =>
  db.$transaction(async (tx) => {
    await holdReviewLock({ tx, invoiceId, userId: user.id, now });
    const current = await getReviewInvoice({ tx, invoiceId, now });
    const productCodes = [...new Set((corrections.lines ?? []).flatMap((line) => (line.productCode ? [line.productCode] : [])))];
    const catalog = await tx.product.findMany({ where: { code: { in: productCodes } }, select: { id: true, code: true, name: true } });
    const unknown = productCodes.filter((code) => !catalog.some((product) => product.code === code));
    if (unknown.length > 0) {
      throw new AppError("INVALID_INPUT", { message: `El producto ${unknown.join(", ")} no está en el catálogo.`, details: { productCodes: unknown } });
    }

    const { extraction, changes } = applyCorrections({ extraction: current.extraction, products: current.products, corrections });
    if (changes.length === 0) return current;
    const outcome = await validateInvoiceExtraction({ invoiceId, result: extraction, now });

    await tx.invoice.update({
      where: { id: invoiceId },
      data: {
        ...(await toInvoiceHeaderColumns(tx, extraction.header)),
        confidence: outcome.confidence.toFixed(4),
        extraction: extraction as unknown as Prisma.InputJsonValue,
        validation: outcome as unknown as Prisma.InputJsonValue,
      },
    });
    const changedLines = new Set(changes.flatMap((change) => (change.field.startsWith("lines.") ? [Number(change.field.split(".")[1])] : [])));
    for (const lineNumber of changedLines) {
      const line = extraction.lines[lineNumber - 1];
      const productChange = changes.find((change) => change.field === `lines.${lineNumber}.productCode`);
      const product = catalog.find((candidate) => candidate.code === productChange?.after);
      if (!line) continue;
      await tx.invoiceLine.update({
        where: { invoiceId_lineNumber: { invoiceId, lineNumber } },
        data: { ...toInvoiceLineColumns(line), ...(product ? { productId: product.id, matchScore: 1 } : {}) },
      });
    }
    for (const change of changes) {
      // The extractor's reading stays the first one, however many times the field is corrected.
      const ocr = current.ocr[change.field] ?? { value: change.before, confidence: change.beforeConfidence };
      const audit: TFieldCorrectionAudit = { field: change.field, ocrValue: ocr.value, ocrConfidence: ocr.confidence, before: change.before, after: change.after };
      await recordAuditEvent({ tx, actor: user, action: FIELD_CORRECTED_ACTION, entityType: "Invoice", entityId: invoiceId, before: { value: change.before }, after: audit });
    }
    return getReviewInvoice({ tx, invoiceId, now });
  });
