import { createHash, randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { TInvoiceStatus } from "@/lib/invoices/schemas";
import { FIELD_CORRECTED_ACTION, type TFieldCorrectionAudit } from "@/lib/review/schemas";
import { createTestUser } from "./create-test-user";

/** The uploader every dashboard fixture invoice belongs to. */
export const createFixtureUploader = () => createTestUser({ email: `operador-${randomUUID()}@cotejo.test`, role: "OPERATOR" });

export type CreateInvoiceAtOptions = {
  uploadedById: string;
  status: TInvoiceStatus;
  createdAt: Date;
  confidence?: string | null;
};

/** A bare invoice uploaded at a chosen instant: the dashboard's aggregates only read its status, time and confidence. */
export const createInvoiceAt = ({ uploadedById, status, createdAt, confidence = null }: CreateInvoiceAtOptions) =>
  db.invoice.create({
    data: {
      status,
      createdAt,
      confidence,
      uploadedById,
      sourceType: "XML",
      sha256: createHash("sha256").update(randomUUID()).digest("hex"),
      storageKey: "objects/test",
      originalFilename: "factura.xml",
      mimeType: "application/xml",
      sizeBytes: 1024,
    },
    select: { id: true, createdAt: true },
  });

/** The audit entry changeInvoiceStatus writes, dated as the test needs. */
export const recordStatusChangeAt = ({ invoiceId, from, to, at }: { invoiceId: string; from: TInvoiceStatus; to: TInvoiceStatus; at: Date }) =>
  db.auditEvent.create({
    data: { action: "invoice.status-changed", entityType: "Invoice", entityId: invoiceId, before: { status: from }, after: { status: to }, createdAt: at },
  });

/** One corrected value in the shared contract's shape (lib/review/schemas.ts), dated as the test needs. */
export const recordCorrectionAt = ({ invoiceId, field, at }: { invoiceId: string; field: string; at: Date }) => {
  const after: TFieldCorrectionAudit = { field, ocrValue: "1.000", ocrConfidence: 0.42, before: "1.000", after: "10.000" };
  return db.auditEvent.create({
    data: { action: FIELD_CORRECTED_ACTION, entityType: "Invoice", entityId: invoiceId, before: { value: "1.000" }, after, createdAt: at },
  });
};

/** The entry completeReview records when a reviewer decides, dated as the test needs. */
export const recordReviewCompletedAt = ({ invoiceId, at }: { invoiceId: string; at: Date }) =>
  db.auditEvent.create({
    data: { action: "invoice.review-completed", entityType: "Invoice", entityId: invoiceId, after: { invoiceId, decision: "approved" }, createdAt: at },
  });
