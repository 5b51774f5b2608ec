import { db } from "@/lib/db";
import { CERTIFICATE_TRANSACTION_OPTIONS } from "./certificate-transaction-options";
import type { TCertificateActor } from "./issue-certificate-in-transaction";
import { lockCertificateInForce } from "./lock-certificate-in-force";
import { ZVoidReason, type TCertificateSummary } from "./schemas";
import { toCertificateSummary } from "./to-certificate-summary";
import { voidCertificateInTransaction } from "./void-certificate-in-transaction";

export type VoidCertificateOptions = { certificateId: string; reason: string; actor: TCertificateActor; now?: Date };

/** Voids a certificate in force without a replacement (issued in error); the record and its PDF stay. */
export const voidCertificate = async ({ certificateId, reason, actor, now = new Date() }: VoidCertificateOptions): Promise<TCertificateSummary> => {
  const validReason = ZVoidReason.parse(reason);
  return db.$transaction(async (tx) => {
    const certificate = await lockCertificateInForce({ tx, certificateId });
    return toCertificateSummary(await voidCertificateInTransaction({ tx, certificate, reason: validReason, actor, now }));
  }, CERTIFICATE_TRANSACTION_OPTIONS);
};
