import { buffer } from "node:stream/consumers";
import { db } from "@/lib/db";
import { readDocumentWords } from "@/lib/extraction/read-document-words";
import { ZExtractionResult } from "@/lib/extraction/schemas";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isPast } from "@/lib/pipeline/invoice-progress";
import { FIELD_CORRECTED_ACTION, ZFieldCorrectionAudit, type TFieldCorrectionAudit } from "@/lib/review/schemas";
import { getStorage } from "@/lib/storage/get-storage";
import type { ObjectStorage } from "@/lib/storage/types";
import { findSupplierProfile } from "./find-supplier-profile";
import { updateSupplierProfile } from "./update-supplier-profile";

export type LearnFromReviewOptions = { invoiceId: string; storage?: ObjectStorage };

export type TLearnFromReviewResult =
  | { learned: true; nit: string; corrections: number; fields: string[]; lineProducts: number }
  | { learned: false; reason: string };

/**
 * After a reviewer approved an invoice: its supplier's profile learns from the reviewer's corrections (the
 * `invoice.field-corrected` audit events) and the invoice's final values, where they are printed (the stored
 * document's words) and which product each item code became. Once per invoice: the learning row is the key, taken
 * in the same transaction as the profile update, under a lock on the profile so concurrent approvals of one
 * supplier add up.
 */
export const learnFromReview = async ({ invoiceId, storage = getStorage() }: LearnFromReviewOptions): Promise<TLearnFromReviewResult> => {
  const invoice = await db.invoice.findUnique({
    where: { id: invoiceId },
    select: {
      status: true,
      sourceType: true,
      storageKey: true,
      sha256: true,
      extraction: true,
      supplier: { select: { nit: true } },
      lines: { orderBy: { lineNumber: "asc" }, select: { lineNumber: true, sellerItemCode: true, standardItemCode: true, product: { select: { code: true } } } },
    },
  });
  if (!invoice) return { learned: false, reason: "La factura no existe." };
  if (invoice.status !== "APPROVED" && !isPast(invoice.status, "APPROVED")) return { learned: false, reason: "La factura no está aprobada." };
  const extraction = ZExtractionResult.safeParse(invoice.extraction);
  if (!extraction.success) return { learned: false, reason: "La factura no tiene extracción." };
  const nit = invoice.supplier?.nit ?? extraction.data.header.supplierNit?.value;
  if (!nit) return { learned: false, reason: "La factura no tiene NIT del proveedor." };
  if (await db.supplierProfileLearning.findUnique({ where: { invoiceId }, select: { invoiceId: true } })) {
    return { learned: false, reason: "El perfil ya aprendió de esta factura." };
  }

  const events = await db.auditEvent.findMany({
    where: { entityType: "Invoice", entityId: invoiceId, action: FIELD_CORRECTED_ACTION },
    orderBy: { id: "asc" },
    select: { after: true },
  });
  const corrections = events.map((event) => ZFieldCorrectionAudit.safeParse(event.after).data).filter((audit): audit is TFieldCorrectionAudit => audit !== undefined);
  // Read before the transaction: OCR of a scan takes seconds, and the profile lock is held only for the update.
  const pages =
    invoice.sourceType === "XML"
      ? null
      : await readDocumentWords({ bytes: await buffer(await storage.getObject({ key: invoice.storageKey, sha256: invoice.sha256 })), sourceType: invoice.sourceType });
  const lines = invoice.lines.map((line) => ({ lineNumber: line.lineNumber, sellerItemCode: line.sellerItemCode, standardItemCode: line.standardItemCode, productCode: line.product?.code ?? null }));

  return db.$transaction(async (tx) => {
    await tx.supplierProfile.createMany({ data: [{ nit }], skipDuplicates: true });
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "SupplierProfile" WHERE "nit" = ${nit} FOR UPDATE`;
    if (!locked) throw new Error(`Supplier profile ${nit} vanished while learning`);
    const claimed = await tx.supplierProfileLearning.createMany({
      data: [{ invoiceId, supplierProfileId: locked.id, corrections: corrections.length }],
      skipDuplicates: true,
    });
    if (claimed.count === 0) return { learned: false as const, reason: "El perfil ya aprendió de esta factura." };
    const current = await findSupplierProfile({ nit, tx });
    const known = current && current.invoicesLearned > 0 ? current : null;
    const next = updateSupplierProfile({ profile: known, nit, extraction: extraction.data, corrections, lines, pages });
    await tx.supplierProfile.update({
      where: { id: locked.id },
      data: {
        supplierName: next.supplierName,
        fields: next.fields as Prisma.InputJsonValue,
        lineProducts: next.lineProducts as Prisma.InputJsonValue,
        invoicesLearned: next.invoicesLearned,
        correctionsLearned: next.correctionsLearned,
      },
    });
    return { learned: true as const, nit, corrections: corrections.length, fields: Object.keys(next.fields), lineProducts: next.lineProducts.length };
  });
};
