import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { DbTransaction } from "@/lib/db";
import { changeInvoiceStatus } from "@/lib/invoices/change-invoice-status";
import { AppError } from "@/lib/errors";
import { toBogotaIsoDate } from "@/lib/format/bogota-day";
import type { ObjectStorage } from "@/lib/storage/types";
import { buildCertificateContent } from "./build-certificate-content";
import { formatCertificateNumber } from "./format-certificate-number";
import { generateVerificationCode } from "./generate-verification-code";
import { renderCertificatePdf } from "./render-certificate-pdf";

export type TCertificateActor = { id: string; email: string };

export type IssueCertificateInTransactionOptions = {
  tx: DbTransaction;
  invoiceId: string;
  /** Null when the pipeline issues it on its own. */
  actor: TCertificateActor | null;
  now: Date;
  publicBaseUrl: string;
  storage: ObjectStorage;
  /** The voided certificate this one replaces (reissue). */
  replacesId?: string;
};

const bogotaYear = (instant: Date) => Number(toBogotaIsoDate(instant).slice(0, 4));

/**
 * Takes the next number of the year and writes the certificate, inside the caller's transaction. The upsert on
 * CertificateSequence row-locks the year until commit, so concurrent issuances queue for their numbers, and a
 * rollback anywhere after it returns the number: the sequence stays gapless. The caller has locked the invoice row
 * and checked that it has no certificate in force.
 */
export const issueCertificateInTransaction = async ({
  tx,
  invoiceId,
  actor,
  now,
  publicBaseUrl,
  storage,
  replacesId,
}: IssueCertificateInTransactionOptions) => {
  const invoice = await tx.invoice.findUnique({
    where: { id: invoiceId },
    select: {
      number: true,
      issueDate: true,
      cufe: true,
      status: true,
      supplier: { select: { name: true, nit: true, dv: true } },
      customer: { select: { name: true, nit: true, dv: true } },
      lines: { select: { lineNumber: true, description: true } },
      commission: {
        select: {
          registeredOn: true,
          invoiceTotal: true,
          eligibleAmount: true,
          excludedAmount: true,
          feeAmount: true,
          commissionAmount: true,
          withholdingAvoided: true,
          ruleSet: { select: { version: true } },
          lines: { select: { lineNumber: true, classificationCode: true, excludedReason: true, lineAmount: true } },
        },
      },
    },
  });
  if (!invoice) throw new AppError("NOT_FOUND", { message: "Factura no encontrada." });
  const { commission } = invoice;
  if (!commission) {
    throw new AppError("INVOICE_NOT_READY", {
      message: "La factura aún no tiene comisión liquidada; calcule la comisión antes de emitir el certificado.",
    });
  }

  // An invoice sent back to review (or rejected) after pricing must be approved and priced again first.
  if (invoice.status !== "COMMISSIONED" && invoice.status !== "CERTIFIED") {
    throw new AppError("INVOICE_NOT_READY", {
      message: "La factura no está lista para certificar (debe estar aprobada y liquidada); revise su estado.",
      details: { status: invoice.status },
    });
  }

  const year = bogotaYear(now);
  const [allocated] = await tx.$queryRaw<{ lastSequence: number }[]>`
    INSERT INTO "CertificateSequence" ("year", "lastSequence") VALUES (${year}, 1)
    ON CONFLICT ("year") DO UPDATE SET "lastSequence" = "CertificateSequence"."lastSequence" + 1
    RETURNING "lastSequence"`;
  if (!allocated) throw new Error("CertificateSequence upsert returned no row");
  const sequence = allocated.lastSequence;
  const number = formatCertificateNumber({ year, sequence });
  const verificationCode = generateVerificationCode();
  const content = buildCertificateContent({
    source: { invoice, commission },
    certificateNumber: number,
    issuedAt: now,
    verificationCode,
    publicBaseUrl,
  });
  const bytes = await renderCertificatePdf({ content });
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  // Content-addressed: an object left behind by a rolled-back issuance is never referenced and harms nothing.
  const { key } = await storage.putObject({
    sha256,
    source: { stream: Readable.from([bytes]) },
    sizeBytes: bytes.length,
    contentType: "application/pdf",
  });
  const certificate = await tx.certificate.create({
    data: {
      invoiceId,
      year,
      sequence,
      number,
      verificationCode,
      sha256,
      storageKey: key,
      content,
      issuedAt: now,
      issuedById: actor?.id ?? null,
      replacesId: replacesId ?? null,
    },
  });
  // Audited like every status change, so an invoice's history reads as one chain of statuses (a reissue keeps it).
  if (invoice.status !== "CERTIFIED") {
    await changeInvoiceStatus({ tx, invoiceId, from: invoice.status, to: "CERTIFIED", actor, details: { certificateNumber: number } });
  }
  await recordAuditEvent({
    tx,
    actor,
    action: replacesId ? "certificate.reissued" : "certificate.issued",
    entityType: "Certificate",
    entityId: certificate.id,
    after: { number, invoiceId, sha256, verificationCode, replacesId: replacesId ?? null, invoiceStatusBefore: invoice.status },
  });
  return certificate;
};
