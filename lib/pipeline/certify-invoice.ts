import { issueCertificate } from "@/lib/certificates/issue-certificate";
import { db } from "@/lib/db";
import type { ObjectStorage } from "@/lib/storage/types";

export type CertifyInvoiceOptions = { invoiceId: string; storage?: ObjectStorage; now?: Date };

export type TCertifyInvoiceResult = { certificateId: string; number: string; created: boolean };

/**
 * The certificate step. The certificate in force is looked up first, without the issuing transaction and its
 * locks, so a repeated step costs one indexed read; otherwise issueCertificate numbers, renders and stores it
 * (itself idempotent under its invoice lock, should two runs race).
 */
export const certifyInvoice = async ({ invoiceId, storage, now }: CertifyInvoiceOptions): Promise<TCertifyInvoiceResult> => {
  const inForce = await db.certificate.findFirst({ where: { invoiceId, voidedAt: null }, select: { id: true, number: true } });
  if (inForce) return { certificateId: inForce.id, number: inForce.number, created: false };
  const issued = await issueCertificate({ invoiceId, actor: null, storage, now });
  return { certificateId: issued.id, number: issued.number, created: issued.created };
};
