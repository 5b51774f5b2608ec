import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { createMailTransport, type TMailTransport } from "@/lib/email/create-mail-transport";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { formatCop } from "@/lib/format/format-cop";
import { formatCalendarDate, formatDate } from "@/lib/format/format-date";
import { formatNit } from "@/lib/format/format-nit";
import { getStorage } from "@/lib/storage/get-storage";
import type { ObjectStorage } from "@/lib/storage/types";
import type { TCertificateActor } from "./issue-certificate-in-transaction";
import { readCertificatePdf } from "./read-certificate-pdf";
import { ZCertificateContent, ZEmailCertificateBody, type TEmailCertificateResult } from "./schemas";

export type EmailCertificateOptions = {
  certificateId: string;
  to: string[];
  message?: string;
  actor: TCertificateActor & { name?: string };
  storage?: ObjectStorage;
  transport?: TMailTransport;
};

/**
 * Sends a certificate in force as a PDF attachment with its verification link, through the configured transport, and
 * audits who sent it to whom. The attachment is read back verified against the recorded SHA-256.
 */
export const emailCertificate = async ({
  certificateId,
  to,
  message,
  actor,
  storage = getStorage(),
  transport = createMailTransport(),
}: EmailCertificateOptions): Promise<TEmailCertificateResult> => {
  const body = ZEmailCertificateBody.parse({ to, message });
  const notFound = new AppError("NOT_FOUND", { message: "Certificado no encontrado." });
  if (!z.uuid().safeParse(certificateId).success) throw notFound;
  const certificate = await db.certificate.findUnique({
    where: { id: certificateId },
    select: { id: true, number: true, sha256: true, storageKey: true, content: true, voidedAt: true },
  });
  if (!certificate) throw notFound;
  if (certificate.voidedAt) {
    throw new AppError("CONFLICT", { message: `El certificado ${certificate.number} está anulado; envíe el certificado vigente.` });
  }
  const content = ZCertificateContent.parse(certificate.content);
  const pdf = await readCertificatePdf({ storage, storageKey: certificate.storageKey, sha256: certificate.sha256 });
  const note = body.message ? `${body.message}\n\n` : "";
  const text =
    `Buen día:\n\n${note}` +
    `Adjuntamos el comprobante de registro ${content.certificateNumber} de la Bolsa Mercantil de Colombia, emitido el ` +
    `${formatDate(content.issuedAt)}, para la factura ${content.invoice.number} del ${formatCalendarDate(content.invoice.issueDate)}.\n\n` +
    `Proveedor: ${content.supplier.name} (NIT ${formatNit(content.supplier.nit, content.supplier.dv)})\n` +
    `Valor registrado: ${formatCop(content.registeredValue)}\n` +
    `Retención en la fuente evitada: ${formatCop(content.withholdingAvoided)}\n\n` +
    `Puede verificar su autenticidad y vigencia en ${content.verificationUrl} (código ${content.verificationCode}), ` +
    `donde también puede cargar el PDF para comprobar que no fue modificado.\n\n` +
    `Este mensaje fue enviado desde Cotejo por ${actor.name ?? actor.email}. Por favor no responda a esta dirección.\n`;
  const sent = await transport.send({
    from: getEnv().EMAIL_FROM,
    to: body.to,
    subject: `Comprobante de registro ${content.certificateNumber} · factura ${content.invoice.number}`,
    text,
    attachments: [{ filename: `certificado-${content.certificateNumber}.pdf`, content: pdf, contentType: "application/pdf" }],
  });
  await recordAuditEvent({
    actor,
    action: "certificate.emailed",
    entityType: "Certificate",
    entityId: certificate.id,
    after: { number: certificate.number, to: body.to, messageId: sent.messageId, transport: transport.mode, withMessage: Boolean(body.message) },
  });
  return { messageId: sent.messageId, accepted: sent.accepted };
};
