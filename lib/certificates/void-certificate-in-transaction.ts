import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { DbTransaction } from "@/lib/db";
import type { TCertificateActor } from "./issue-certificate-in-transaction";

export type VoidCertificateInTransactionOptions = {
  tx: DbTransaction;
  certificate: { id: string; number: string; invoiceId: string };
  reason: string;
  actor: TCertificateActor;
  now: Date;
};

/** Marks a locked certificate void (it is kept, with who, when and why) and returns the invoice to COMMISSIONED. */
export const voidCertificateInTransaction = async ({ tx, certificate, reason, actor, now }: VoidCertificateInTransactionOptions) => {
  const voided = await tx.certificate.update({
    where: { id: certificate.id },
    data: { voidedAt: now, voidReason: reason, voidedById: actor.id },
  });
  await tx.invoice.update({ where: { id: certificate.invoiceId }, data: { status: "COMMISSIONED" } });
  await recordAuditEvent({
    tx,
    actor,
    action: "certificate.voided",
    entityType: "Certificate",
    entityId: certificate.id,
    before: { number: certificate.number, status: "VALID" },
    after: { number: certificate.number, status: "VOIDED", reason },
  });
  return voided;
};
