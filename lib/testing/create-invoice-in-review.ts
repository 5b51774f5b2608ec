import { createHash, randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { saveExtraction } from "@/lib/extraction/save-extraction";
import type { TExtractionResult } from "@/lib/extraction/schemas";
import { toBogotaIsoDate } from "@/lib/format/bogota-day";
import { validateExtraction } from "@/lib/validation/validate-extraction";
import { buildExtractionResult } from "./build-extraction-result";

export type CreateInvoiceInReviewOptions = {
  result?: TExtractionResult;
  urgent?: boolean;
  createdAt?: Date;
  uploaderEmail?: string;
};

/**
 * Test fixture: an invoice waiting in NEEDS_REVIEW with its extraction and validation stored exactly as the
 * extraction step stores them (header columns, parties, lines), lines unmatched.
 */
export const createInvoiceInReview = async ({
  result = buildExtractionResult({}, undefined),
  urgent = false,
  createdAt,
  uploaderEmail = "operador@cotejo.test",
}: CreateInvoiceInReviewOptions = {}) => {
  const uploader = await db.user.upsert({
    where: { email: uploaderEmail },
    update: {},
    create: { email: uploaderEmail, name: "Operador de prueba", role: "OPERATOR" },
  });
  const invoice = await db.invoice.create({
    data: {
      status: "VALIDATING",
      sourceType: result.sourceType,
      sha256: createHash("sha256").update(randomUUID()).digest("hex"),
      storageKey: "test/fixture",
      originalFilename: "fixture",
      mimeType: "application/xml",
      sizeBytes: 1,
      urgent,
      uploadedById: uploader.id,
      ...(createdAt ? { createdAt } : {}),
    },
  });
  const outcome = validateExtraction({ result, today: toBogotaIsoDate(), maxInvoiceAgeDays: 100_000, duplicateOfInvoiceId: null });
  await saveExtraction({ invoiceId: invoice.id, result, outcome });
  await db.invoice.update({ where: { id: invoice.id }, data: { status: "NEEDS_REVIEW" } });
  return invoice;
};
