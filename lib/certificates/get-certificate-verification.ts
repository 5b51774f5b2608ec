import { db } from "@/lib/db";
import { formatNit } from "@/lib/format/format-nit";
import { normalizeVerificationCode } from "./normalize-verification-code";
import { ZCertificateContent, ZCertificateVerification, type TCertificateVerification } from "./schemas";

/**
 * What the public verification page may show for a code: whether the certificate is in force and the few facts that
 * identify it (number, date, supplier, invoice, value). No lines, no people, no internal ids.
 */
export const getCertificateVerification = async ({ code }: { code: string }): Promise<TCertificateVerification> => {
  const verificationCode = normalizeVerificationCode(code);
  if (!verificationCode) return { status: "NOT_FOUND" };
  const certificate = await db.certificate.findUnique({
    where: { verificationCode },
    select: { number: true, issuedAt: true, voidedAt: true, voidReason: true, content: true, replacedBy: { select: { number: true } } },
  });
  if (!certificate) return { status: "NOT_FOUND" };
  const content = ZCertificateContent.parse(certificate.content);
  return ZCertificateVerification.parse({
    status: certificate.voidedAt ? "VOIDED" : "VALID",
    number: certificate.number,
    issuedAt: certificate.issuedAt.toISOString(),
    supplierName: content.supplier.name,
    supplierNit: formatNit(content.supplier.nit, content.supplier.dv),
    invoiceNumber: content.invoice.number,
    registeredValue: content.registeredValue,
    voidedAt: certificate.voidedAt?.toISOString() ?? null,
    voidReason: certificate.voidReason,
    replacedByNumber: certificate.replacedBy?.number ?? null,
  });
};
