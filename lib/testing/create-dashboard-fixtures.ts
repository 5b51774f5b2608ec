import { createHash, randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { TInvoiceStatus } from "@/lib/invoices/schemas";
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
