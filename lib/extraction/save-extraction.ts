import Decimal from "decimal.js";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type DbTransaction } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TValidationOutcome } from "@/lib/validation/schemas";
import { ZExtractionResult, type TExtractedValue, type TExtractionResult } from "./schemas";
import { isoToCalendarDate } from "@/lib/format/calendar-date";

export type SaveExtractionOptions = {
  invoiceId: string;
  result: TExtractionResult;
  outcome: TValidationOutcome;
};

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

/**
 * Stores an extraction and its validation on the invoice: header columns, parties (by NIT), one row per line
 * (re-running replaces the previous lines), the full result as JSON and an audit entry, in one transaction so
 * that a retried pipeline step never leaves half an extraction behind.
 */
export const saveExtraction = async ({ invoiceId, result, outcome }: SaveExtractionOptions) => {
  const { header, lines } = ZExtractionResult.parse(result);
  await db.$transaction(async (tx) => {
    const supplierId = await upsertOrganization(tx, header.supplierNit?.value, header.supplierDv?.value, header.supplierName?.value);
    const customerId = await upsertOrganization(tx, header.customerId?.value, header.customerDv?.value, header.customerName?.value);
    await tx.invoice.update({
      where: { id: invoiceId },
      data: {
        documentType: header.documentType?.value ?? null,
        number: header.number?.value ?? null,
        cufe: header.cufe?.value ?? null,
        issueDate: toDate(header.issueDate),
        issueTime: header.issueTime?.value ?? null,
        dueDate: toDate(header.dueDate),
        currency: header.currency?.value ?? "COP",
        supplierId,
        customerId,
        subtotal: header.subtotal?.value ?? null,
        taxTotal: sumAmounts(header.taxes.map((tax) => tax.amount.value)),
        withholdingTotal: sumAmounts(header.withholdings.map((tax) => tax.amount.value)),
        total: header.total?.value ?? null,
        confidence: outcome.confidence.toFixed(4),
        extraction: result as unknown as Prisma.InputJsonValue,
        validation: outcome as unknown as Prisma.InputJsonValue,
        extractedAt: new Date(),
      },
    });
    await tx.invoiceLine.deleteMany({ where: { invoiceId, lineNumber: { gt: lines.length } } });
    for (const [index, line] of lines.entries()) {
      const data = {
        description: line.description.value,
        sellerItemCode: line.sellerItemCode?.value ?? null,
        standardItemCode: line.standardItemCode?.value ?? null,
        standardItemScheme: line.standardItemScheme?.value ?? null,
        quantity: line.quantity?.value ?? null,
        unitCode: line.unitCode?.value ?? null,
        unitPrice: line.unitPrice?.value ?? null,
        lineAmount: line.lineAmount?.value ?? null,
        taxAmount: sumAmounts(line.taxes.map((tax) => tax.amount.value)),
      };
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
