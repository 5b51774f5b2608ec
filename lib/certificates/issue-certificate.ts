import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getStorage } from "@/lib/storage/get-storage";
import type { ObjectStorage } from "@/lib/storage/types";
import { CERTIFICATE_TRANSACTION_OPTIONS } from "./certificate-transaction-options";
import { issueCertificateInTransaction, type TCertificateActor } from "./issue-certificate-in-transaction";
import { lockInvoiceForCertificate } from "./lock-invoice-for-certificate";
import { resolvePublicBaseUrl } from "./resolve-public-base-url";
import type { TCertificateSummary } from "./schemas";
import { toCertificateSummary } from "./to-certificate-summary";

export type IssueCertificateOptions = {
  invoiceId: string;
  /** Null when the pipeline issues it on its own (audited as a system action). */
  actor: TCertificateActor | null;
  /** Origin of the request, used in the verification link when NEXTAUTH_URL is unset. */
  requestOrigin?: string;
  now?: Date;
  storage?: ObjectStorage;
};

export type TIssueCertificateResult = TCertificateSummary & { created: boolean };

/**
 * Issues the registration certificate of a priced invoice: number, PDF, stored object, record, invoice CERTIFIED and
 * audit, all or nothing. Idempotent: an invoice that already has a certificate in force gets that one back.
 */
export const issueCertificate = async ({
  invoiceId,
  actor,
  requestOrigin,
  now = new Date(),
  storage = getStorage(),
}: IssueCertificateOptions): Promise<TIssueCertificateResult> => {
  if (!z.uuid().safeParse(invoiceId).success) throw new AppError("NOT_FOUND", { message: "Factura no encontrada." });
  const publicBaseUrl = resolvePublicBaseUrl({ requestOrigin });
  return db.$transaction(async (tx) => {
    await lockInvoiceForCertificate({ tx, invoiceId });
    const inForce = await tx.certificate.findFirst({ where: { invoiceId, voidedAt: null } });
    if (inForce) return { ...toCertificateSummary(inForce), created: false };
    const certificate = await issueCertificateInTransaction({ tx, invoiceId, actor, now, publicBaseUrl, storage });
    return { ...toCertificateSummary(certificate), created: true };
  }, CERTIFICATE_TRANSACTION_OPTIONS);
};
