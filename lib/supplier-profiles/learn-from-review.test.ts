import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { renderCorpusPdf } from "@/lib/extraction/corpus/render-corpus-pdf";
import { ZExtractionResult } from "@/lib/extraction/schemas";
import type { Prisma } from "@/lib/generated/prisma/client";
import { applyReviewDecision } from "@/lib/pipeline/apply-review-decision";
import { extractInvoice } from "@/lib/pipeline/extract-invoice";
import { matchInvoice } from "@/lib/pipeline/match-invoice";
import { validateInvoice } from "@/lib/pipeline/validate-invoice";
import { FIELD_CORRECTED_ACTION, type TFieldCorrectionAudit } from "@/lib/review/schemas";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createLocalStorage } from "@/lib/storage/create-local-storage";
import type { ObjectStorage } from "@/lib/storage/types";
import { correctHeaderField, recurringSupplierInvoices } from "@/lib/testing/supplier-profile-fixtures";
import { findSupplierProfile } from "./find-supplier-profile";
import { learnFromApprovedReview } from "./learn-from-approved-review";
import { SUPPLIER_PROFILE_WARNING } from "./schemas";

const { supplier, first, second, sharedCode } = recurringSupplierInvoices();
const NOW = new Date("2026-12-31T15:00:00Z");

let rootDir = "";
let storage: ObjectStorage;
let reviewer: { id: string; email: string };

beforeAll(async () => {
  rootDir = await mkdtemp(path.join(os.tmpdir(), "cotejo-profiles-"));
  storage = createLocalStorage({ rootDir });
  await seedDatabase({ demoPasswords: null, catalogSize: 300 });
  reviewer = await db.user.create({ data: { email: "revisora@perfiles.test", name: "Revisora", role: "OPERATOR" }, select: { id: true, email: true } });
});
afterAll(async () => {
  await rm(rootDir, { recursive: true, force: true });
});

const storePdf = async (bytes: Buffer) => {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const { key } = await storage.putObject({ sha256, source: { stream: Readable.from([bytes]) }, sizeBytes: bytes.length, contentType: "application/pdf" });
  return db.invoice.create({
    data: { sourceType: "PDF", sha256, storageKey: key, originalFilename: "f.pdf", mimeType: "application/pdf", sizeBytes: bytes.length, uploadedById: reviewer.id },
  });
};

/** Upload → extract → match → validate, as the pipeline runs them. */
const processPdf = async (invoice: typeof first) => {
  const { id } = await storePdf(await renderCorpusPdf({ invoice }));
  await extractInvoice({ invoiceId: id, pipelineRunId: `run-${id}`, storage, now: NOW });
  await matchInvoice({ invoiceId: id });
  return { id, validation: await validateInvoice({ invoiceId: id }) };
};

const audit = (invoiceId: string, correction: TFieldCorrectionAudit) =>
  recordAuditEvent({ actor: reviewer, action: FIELD_CORRECTED_ACTION, entityType: "Invoice", entityId: invoiceId, before: { value: correction.before }, after: correction });

/** What the correction API does for the number: the column, the extraction's value, and the audit event. */
const correctNumber = async (invoiceId: string, number: string) => {
  const row = await db.invoice.findUniqueOrThrow({ where: { id: invoiceId }, select: { extraction: true } });
  const { correction, result } = correctHeaderField(ZExtractionResult.parse(row.extraction), "number", number);
  await db.invoice.update({ where: { id: invoiceId }, data: { number, extraction: result as unknown as Prisma.InputJsonValue } });
  await audit(invoiceId, correction);
};

/** What the correction API does for a line's product: the line's product, and the audit event. */
const chooseProduct = async (invoiceId: string, sellerItemCode: string, productCode: string) => {
  const line = await db.invoiceLine.findFirstOrThrow({ where: { invoiceId, sellerItemCode }, select: { id: true, lineNumber: true } });
  const product = await db.product.findUniqueOrThrow({ where: { code: productCode }, select: { id: true } });
  await db.invoiceLine.update({ where: { id: line.id }, data: { productId: product.id, matchScore: "1" } });
  await audit(invoiceId, { field: `lines.${line.lineNumber}.productCode`, ocrValue: null, ocrConfidence: null, before: null, after: productCode });
};

const catalogProduct = async (code: string, name: string) => {
  const classification = await db.dianClassification.findFirstOrThrow({ select: { id: true } });
  return db.product.create({ data: { code, name, normalizedName: name.toLowerCase(), classificationId: classification.id, category: "Prueba", unitCode: "KGM" } });
};

describe("learning from an approved review", () => {
  it("learns once from the reviewer's corrections; the supplier's next invoice is completed and its lines mapped", async () => {
    const chosen = await catalogProduct("PERFIL-0001", "Producto elegido por la revisora");
    // A catalog product whose code is the supplier's item code: without the profile the matcher takes it outright.
    const lookalike = await catalogProduct(sharedCode, "Producto con el mismo código");

    const firstRun = await processPdf(first);
    expect(firstRun.validation.next).toBe("review");
    await correctNumber(firstRun.id, first.number);
    await chooseProduct(firstRun.id, sharedCode, chosen.code);
    await applyReviewDecision({ invoiceId: firstRun.id, decision: "approved", reviewerId: reviewer.id });

    expect(await learnFromApprovedReview({ invoiceId: firstRun.id, storage })).toMatchObject({ learned: true, nit: supplier.nit, corrections: 2 });
    // A repeated step (a retry after a crash) learns nothing twice.
    expect(await learnFromApprovedReview({ invoiceId: firstRun.id, storage })).toEqual({ learned: false, reason: "El perfil ya aprendió de esta factura." });
    const profile = await findSupplierProfile({ nit: supplier.nit });
    expect(profile).toMatchObject({ supplierName: supplier.name, invoicesLearned: 1, correctionsLearned: 2 });
    expect(profile?.fields.number).toMatchObject({ label: supplier.numberLabel?.toLowerCase(), value: first.number });
    expect(profile?.lineProducts).toContainEqual({ code: sharedCode, codeKind: "seller", productCode: chosen.code, count: 1 });

    const secondRun = await processPdf(second);
    const invoice = await db.invoice.findUniqueOrThrow({
      where: { id: secondRun.id },
      select: { number: true, extraction: true, lines: { where: { sellerItemCode: sharedCode }, select: { productId: true, matchScore: true } } },
    });
    expect(invoice.number).toBe(second.number);
    const extraction = ZExtractionResult.parse(invoice.extraction);
    expect(extraction.header.number?.confidence).toBeGreaterThanOrEqual(0.9);
    expect(extraction.warnings).toContainEqual({ code: SUPPLIER_PROFILE_WARNING, message: expect.stringContaining("completado número") });
    expect(invoice.lines).toEqual([{ productId: chosen.id, matchScore: expect.anything() }]);
    expect(invoice.lines[0]?.productId).not.toBe(lookalike.id);
  });

  it("a learning failure (an unreadable stored document) is logged and reported, never thrown", async () => {
    const { id } = await processPdf({ ...first, number: "FEV1", cufe: "a".repeat(96) });
    await applyReviewDecision({ invoiceId: id, decision: "approved", reviewerId: reviewer.id });
    const before = await findSupplierProfile({ nit: supplier.nit });
    await db.invoice.update({ where: { id }, data: { sha256: "0".repeat(64) } });

    const result = await learnFromApprovedReview({ invoiceId: id, storage });
    expect(result).toMatchObject({ learned: false, reason: expect.stringMatching(/^No se pudo aprender del proveedor: /) });
    expect(await findSupplierProfile({ nit: supplier.nit })).toEqual(before);
    expect(await db.supplierProfileLearning.count({ where: { invoiceId: id } })).toBe(0);
  });

  it("an invoice that is not approved teaches nothing", async () => {
    const { id } = await processPdf({ ...first, number: "FEV2", cufe: "b".repeat(96) });
    expect(await learnFromApprovedReview({ invoiceId: id, storage })).toEqual({ learned: false, reason: "La factura no está aprobada." });
  });
});

describe("matching with a supplier profile", () => {
  it("a remembered item code comes before fuzzy name matching", async () => {
    const named = await db.product.findFirstOrThrow({ where: { active: true }, orderBy: { code: "asc" }, skip: 40, select: { id: true, code: true, name: true } });
    const chosen = await catalogProduct("PERFIL-0002", "Otro producto elegido");
    const organization = await db.organization.create({ data: { nit: "900555111", dv: "0", name: "Proveedor Recurrente S.A.S." } });
    await db.supplierProfile.create({
      data: { nit: organization.nit, invoicesLearned: 1, lineProducts: [{ code: "ABC-1", codeKind: "seller", productCode: chosen.code, count: 1 }] },
    });
    const invoice = await db.invoice.create({
      data: {
        status: "MATCHING", sourceType: "PDF", sha256: "c".repeat(64), storageKey: "k", originalFilename: "f.pdf", mimeType: "application/pdf", sizeBytes: 1,
        uploadedById: reviewer.id, supplierId: organization.id,
        lines: { create: [{ lineNumber: 1, description: named.name, sellerItemCode: "ABC-1" }, { lineNumber: 2, description: named.name, sellerItemCode: "ZZZ-9" }] },
      },
    });

    expect(await matchInvoice({ invoiceId: invoice.id })).toMatchObject({ lineCount: 2, matched: true });
    const lines = await db.invoiceLine.findMany({ where: { invoiceId: invoice.id }, orderBy: { lineNumber: "asc" }, select: { productId: true } });
    // Line 2, with a code the profile does not know, shows what the name alone matches.
    expect(lines.map((line) => line.productId)).toEqual([chosen.id, named.id]);
  });
});
