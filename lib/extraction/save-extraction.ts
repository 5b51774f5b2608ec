import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TValidationOutcome } from "@/lib/validation/schemas";
import { ZExtractionResult, type TExtractionResult } from "./schemas";
import { toInvoiceHeaderColumns, toInvoiceLineColumns } from "./to-invoice-columns";

export type SaveExtractionOptions = {
  invoiceId: string;
  result: TExtractionResult;
  outcome: TValidationOutcome;
};

/**
 * Stores an extraction and its validation on the invoice: header columns, parties (by NIT), one row per line
 * (re-running replaces the previous lines), the full result as JSON and an audit entry, in one transaction so
 * that a retried pipeline step never leaves half an extraction behind.
 */
export const saveExtraction = async ({ invoiceId, result, outcome }: SaveExtractionOptions) => {
  const { header, lines } = ZExtractionResult.parse(result);
  await db.$transaction(async (tx) => {
    await tx.invoice.update({
      where: { id: invoiceId },
      data: {
        ...(await toInvoiceHeaderColumns(tx, header)),
        confidence: outcome.confidence.toFixed(4),
        extraction: result as unknown as Prisma.InputJsonValue,
        validation: outcome as unknown as Prisma.InputJsonValue,
        extractedAt: new Date(),
      },
    });
    await tx.invoiceLine.deleteMany({ where: { invoiceId, lineNumber: { gt: lines.length } } });
    for (const [index, line] of lines.entries()) {
      const data = toInvoiceLineColumns(line);
      // Positions, not the document's own line ids, which need not be 1..n.
      const lineNumber = index + 1;
      await tx.invoiceLine.upsert({
        where: { invoiceId_lineNumber: { invoiceId, lineNumber } },
        create: { invoiceId, lineNumber, ...data },
        update: { ...data, productId: null, matchScore: null },
      });
    }
    await recordAuditEvent({
      tx,
      actor: null,
      action: "invoice.extracted",
      entityType: "Invoice",
      entityId: invoiceId,
      after: {
        engines: result.engines,
        confidence: outcome.confidence,
        decision: outcome.decision,
        findings: outcome.findings.map((finding) => finding.code),
      },
    });
  });
};
