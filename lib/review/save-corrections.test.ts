import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { completeReview } from "@/lib/pipeline/complete-review";
import type { TPipelineEvent } from "@/lib/pipeline/events";
import { buildExtractionResult, buildLine, extracted } from "@/lib/testing/build-extraction-result";
import { createInvoiceInReview } from "@/lib/testing/create-invoice-in-review";
import { createTestUser } from "@/lib/testing/create-test-user";
import { claimReviewLock } from "./claim-review-lock";
import { getReviewInvoice } from "./get-review-invoice";
import { saveCorrections } from "./save-corrections";
import { FIELD_CORRECTED_ACTION, ZFieldCorrectionAudit } from "./schemas";

let ana: { id: string; email: string };
let beto: { id: string; email: string };
let productCode = "";

beforeAll(async () => {
  [ana, beto] = await Promise.all([
    createTestUser({ email: "ana@corrections.test", role: "OPERATOR" }),
    createTestUser({ email: "beto@corrections.test", role: "OPERATOR" }),
  ]);
  const classification = await db.dianClassification.create({
    data: { code: "0901.11", name: "Café sin tostar", eligibility: "AGRO_NATURAL", withholdingRateBps: 150 },
  });
  productCode = (
    await db.product.create({
      data: { code: "CAF-001", name: "Café pergamino seco", normalizedName: "cafe pergamino seco", classificationId: classification.id, category: "Café", unitCode: "KGM" },
    })
  ).code;
});

/** Read by OCR: the total was misread (1.500.000 instead of 1.050.000) and the number with low confidence. */
const scannedResult = () =>
  buildExtractionResult({
    total: extracted("1500000.00", { confidence: 0.62, source: "ocr" }),
    number: extracted("FE-1O01", { confidence: 0.55, source: "ocr" }),
  });

const recorder = () => {
  const sent: TPipelineEvent[] = [];
  return { sent, send: async (events: TPipelineEvent[]) => void sent.push(...events) };
};

describe("corrections", () => {
  it("are saved by the lock holder in one go: columns, extraction, product, validation and one audit event per value", async () => {
    const invoice = await createInvoiceInReview({ result: scannedResult() });
    const before = await getReviewInvoice({ invoiceId: invoice.id });
    expect(before.validation?.findings.map((finding) => finding.code)).toContain("TOTAL_MISMATCH");
    await claimReviewLock({ invoiceId: invoice.id, user: ana });

    const saved = await saveCorrections({
      invoiceId: invoice.id,
      user: ana,
      corrections: {
        header: { total: "1050000.00", number: "FE-1001", subtotal: "1000000" },
        lines: [{ lineNumber: 2, description: "Cacao en grano fermentado", productCode }],
      },
    });

    expect(saved.extraction.header.total).toMatchObject({ value: "1050000.00", confidence: 1, source: "ocr", bbox: { x: 0.1 } });
    expect(saved.validation?.findings.map((finding) => finding.code)).not.toContain("TOTAL_MISMATCH");
    expect(saved.products[1]).toEqual({ lineNumber: 2, productCode, productName: "Café pergamino seco", matchScore: 1 });
    expect(saved.ocr).toEqual({
      "header.total": { value: "1500000.00", confidence: 0.62 },
      "header.number": { value: "FE-1O01", confidence: 0.55 },
      "lines.2.description": { value: "Cacao en grano", confidence: 1 },
      "lines.2.productCode": { value: null, confidence: null },
    });
    const stored = await db.invoice.findUniqueOrThrow({ where: { id: invoice.id }, include: { lines: { orderBy: { lineNumber: "asc" } } } });
    expect(stored.total?.toFixed(2)).toBe("1050000.00");
    expect(stored.number).toBe("FE-1001");
    expect(stored.lines[1]).toMatchObject({ description: "Cacao en grano fermentado", matchScore: expect.anything() });
    expect(stored.lines[1]?.matchScore?.toString()).toBe("1");

    const audits = await db.auditEvent.findMany({ where: { entityId: invoice.id, action: FIELD_CORRECTED_ACTION }, orderBy: { id: "asc" } });
    // The subtotal was retyped with the same amount: not a change, not audited.
    expect(audits.map((audit) => ZFieldCorrectionAudit.parse(audit.after))).toEqual([
      { field: "header.total", ocrValue: "1500000.00", ocrConfidence: 0.62, before: "1500000.00", after: "1050000.00" },
      { field: "header.number", ocrValue: "FE-1O01", ocrConfidence: 0.55, before: "FE-1O01", after: "FE-1001" },
      { field: "lines.2.description", ocrValue: "Cacao en grano", ocrConfidence: 1, before: "Cacao en grano", after: "Cacao en grano fermentado" },
      { field: "lines.2.productCode", ocrValue: null, ocrConfidence: null, before: null, after: productCode },
    ]);
    expect(audits.every((audit) => audit.actorEmail === ana.email && audit.entityType === "Invoice")).toBe(true);
    expect(audits[0]?.before).toEqual({ value: "1500000.00" });

    // A second correction of the same field keeps the extractor's reading.
    await saveCorrections({ invoiceId: invoice.id, user: ana, corrections: { header: { total: "1050001.00" } } });
    const last = await db.auditEvent.findFirstOrThrow({ where: { entityId: invoice.id, action: FIELD_CORRECTED_ACTION }, orderBy: { id: "desc" } });
    expect(ZFieldCorrectionAudit.parse(last.after)).toEqual({
      field: "header.total",
      ocrValue: "1500000.00",
      ocrConfidence: 0.62,
      before: "1050000.00",
      after: "1050001.00",
    });
  });

  it("are refused from anyone but the lock holder, for products not in the catalog and for lines that do not exist", async () => {
    const invoice = await createInvoiceInReview({ result: scannedResult() });
    await expect(saveCorrections({ invoiceId: invoice.id, user: ana, corrections: { header: { number: "X" } } })).rejects.toMatchObject({ code: "REVIEW_LOCKED" });
    await claimReviewLock({ invoiceId: invoice.id, user: ana });
    await expect(saveCorrections({ invoiceId: invoice.id, user: beto, corrections: { header: { number: "X" } } })).rejects.toMatchObject({
      code: "REVIEW_LOCKED",
      message: `La factura está en revisión por ${ana.email}.`,
    });
    await expect(saveCorrections({ invoiceId: invoice.id, user: ana, corrections: { lines: [{ lineNumber: 1, productCode: "NO-EXISTE" }] } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(saveCorrections({ invoiceId: invoice.id, user: ana, corrections: { lines: [{ lineNumber: 9, quantity: "2" }] } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    expect(await db.auditEvent.count({ where: { entityId: invoice.id, action: FIELD_CORRECTED_ACTION } })).toBe(0);
  });
});

describe("the decision", () => {
  it("needs the lock; an approval that disagrees with the document needs confirmation; the decision frees the lock", async () => {
    const invoice = await createInvoiceInReview({ result: scannedResult() });
    const events = recorder();
    await expect(completeReview({ invoiceId: invoice.id, decision: "approved", reviewer: ana, send: events.send })).rejects.toMatchObject({ code: "REVIEW_LOCKED" });
    await claimReviewLock({ invoiceId: invoice.id, user: ana });

    // As read, the total does not add up.
    await expect(completeReview({ invoiceId: invoice.id, decision: "approved", reviewer: ana, send: events.send })).rejects.toMatchObject({
      code: "REVIEW_CONFIRMATION_REQUIRED",
      status: 409,
      details: { concerns: [expect.objectContaining({ code: "TOTAL_MISMATCH", field: "header.total" })] },
    });
    // Corrected, it adds up, but the total no longer says what the document says.
    await saveCorrections({ invoiceId: invoice.id, user: ana, corrections: { header: { total: "1050000.00" } } });
    await expect(completeReview({ invoiceId: invoice.id, decision: "approved", reviewer: ana, send: events.send })).rejects.toMatchObject({
      code: "REVIEW_CONFIRMATION_REQUIRED",
      details: { concerns: [expect.objectContaining({ code: "DIFFERS_FROM_OCR", field: "header.total" })] },
    });
    expect(events.sent).toEqual([]);

    expect(await completeReview({ invoiceId: invoice.id, decision: "approved", confirmed: true, reviewer: ana, send: events.send })).toEqual({
      invoiceId: invoice.id,
      decision: "approved",
    });
    expect(events.sent).toHaveLength(1);
    const decision = await db.auditEvent.findFirstOrThrow({ where: { entityId: invoice.id, action: "invoice.review-completed" } });
    expect(decision.after).toMatchObject({ decision: "approved", confirmedConcerns: ["DIFFERS_FROM_OCR"] });
    expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).reviewLockedById).toBeNull();
  });

  it("an invoice that adds up and was not corrected is approved without confirmation; a rejection never needs one", async () => {
    const clean = await createInvoiceInReview({ result: buildExtractionResult({}, [buildLine(1, "Café", "600000.00"), buildLine(2, "Cacao", "400000.00")]) });
    await claimReviewLock({ invoiceId: clean.id, user: beto });
    expect(await completeReview({ invoiceId: clean.id, decision: "approved", reviewer: beto, send: recorder().send })).toMatchObject({ decision: "approved" });

    const wrong = await createInvoiceInReview({ result: scannedResult() });
    await claimReviewLock({ invoiceId: wrong.id, user: beto });
    expect(await completeReview({ invoiceId: wrong.id, decision: "rejected", reason: "Total ilegible", reviewer: beto, send: recorder().send })).toMatchObject({
      decision: "rejected",
    });
  });
});
