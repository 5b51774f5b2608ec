import { db } from "@/lib/db";
import { getStorage } from "@/lib/storage/get-storage";
import type { ObjectStorage } from "@/lib/storage/types";
import { CERTIFICATE_TRANSACTION_OPTIONS } from "./certificate-transaction-options";
import { issueCertificateInTransaction, type TCertificateActor } from "./issue-certificate-in-transaction";
import { lockCertificateInForce } from "./lock-certificate-in-force";
import { resolvePublicBaseUrl } from "./resolve-public-base-url";
import { ZVoidReason, type TReissueCertificateResult } from "./schemas";
import { toCertificateSummary } from "./to-certificate-summary";
import { voidCertificateInTransaction } from "./void-certificate-in-transaction";

export type ReissueCertificateOptions = {
  certificateId: string;
  reason: string;
  actor: TCertificateActor;
  requestOrigin?: string;
  now?: Date;
  storage?: ObjectStorage;
};

/**
 * Replaces a certificate in force (after a correction): voids it with the reason and issues a new one, with a new
 * number and code, from the invoice's current data, linked by replacesId. One transaction: never both void and
 * no replacement, never two in force.
 */
export const reissueCertificate = async ({
  certificateId,
  reason,
  actor,
  requestOrigin,
  now = new Date(),
  storage = getStorage(),
}: ReissueCertificateOptions): Promise<TReissueCertificateResult> => {
  const validReason = ZVoidReason.parse(reason);
  const publicBaseUrl = resolvePublicBaseUrl({ requestOrigin });
  return db.$transaction(async (tx) => {
    const certificate = await lockCertificateInForce({ tx, certificateId });
    const voided = await voidCertificateInTransaction({ tx, certificate, reason: validReason, actor, now });
    const issued = await issueCertificateInTransaction({
      tx,
      invoiceId: certificate.invoiceId,
      actor,
      now,
      publicBaseUrl,
      storage,
      replacesId: certificate.id,
    });
    return { voided: toCertificateSummary(voided), issued: toCertificateSummary(issued) };
  }, CERTIFICATE_TRANSACTION_OPTIONS);
};
