import { z } from "zod";
import type { DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockInvoiceForCertificate } from "./lock-invoice-for-certificate";

/**
 * The certificate to void, with its invoice row locked first (the same order issuance takes, so the two never
 * deadlock). A certificate already voided cannot be voided again.
 */
export const lockCertificateInForce = async ({ tx, certificateId }: { tx: DbTransaction; certificateId: string }) => {
  const notFound = new AppError("NOT_FOUND", { message: "Certificado no encontrado." });
  if (!z.uuid().safeParse(certificateId).success) throw notFound;
  const found = await tx.certificate.findUnique({ where: { id: certificateId }, select: { invoiceId: true } });
  if (!found) throw notFound;
  await lockInvoiceForCertificate({ tx, invoiceId: found.invoiceId });
  const certificate = await tx.certificate.findUniqueOrThrow({ where: { id: certificateId } });
  if (certificate.voidedAt) {
    throw new AppError("CONFLICT", { message: `El certificado ${certificate.number} ya está anulado.` });
  }
  return certificate;
};
