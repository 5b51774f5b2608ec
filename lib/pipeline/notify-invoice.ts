import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { createMailTransport, type TMailTransport } from "@/lib/email/create-mail-transport";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";

export type TInvoiceNotice = "certified" | "rejected" | "review-reminder";

export type NotifyInvoiceOptions = {
  invoiceId: string;
  notice: TInvoiceNotice;
  /** Reminders are numbered so that each one is sent once. */
  round?: number;
  transport?: TMailTransport;
};

export type TNotifyInvoiceResult = { sent: boolean; reason?: "disabled" | "inactive-uploader" | "already-sent" };

const SUBJECTS: Record<TInvoiceNotice, (number: string) => string> = {
  certified: (number) => `Factura ${number} registrada`,
  rejected: (number) => `Factura ${number} rechazada`,
  "review-reminder": (number) => `Factura ${number} pendiente de revisión`,
};

const describe = (notice: TInvoiceNotice, invoice: { number: string; certificate?: string; reason?: string | null }) => {
  if (notice === "certified") return `La factura ${invoice.number} quedó registrada con el comprobante ${invoice.certificate ?? ""}.`;
  if (notice === "rejected") return `La factura ${invoice.number} fue rechazada en revisión: ${invoice.reason ?? "sin motivo registrado"}.`;
  return `La factura ${invoice.number} espera revisión de un operador en Cotejo (Revisión).`;
};

/**
 * Tells the uploader how an invoice ended (certified, rejected) or that it still waits for review, by e-mail through
 * the configured transport, once per notice: an audit entry records each one sent, and a repeated step finds it.
 * System uploads (scheduled intake) and inactive users get nothing; NOTIFY_UPLOADER=false turns notices off.
 */
export const notifyInvoice = async ({ invoiceId, notice, round = 0, transport }: NotifyInvoiceOptions): Promise<TNotifyInvoiceResult> => {
  if (getEnv().NOTIFY_UPLOADER === false) return { sent: false, reason: "disabled" };
  const invoice = await db.invoice.findUnique({
    where: { id: invoiceId },
    select: {
      number: true,
      originalFilename: true,
      failureReason: true,
      uploadedBy: { select: { email: true, active: true } },
      certificates: { where: { voidedAt: null }, select: { number: true } },
    },
  });
  if (!invoice) throw new AppError("NOT_FOUND", { message: `La factura ${invoiceId} no existe.` });
  if (!invoice.uploadedBy.active) return { sent: false, reason: "inactive-uploader" };
  const already = await db.auditEvent.findFirst({
    where: {
      entityType: "Invoice",
      entityId: invoiceId,
      action: "invoice.notified",
      AND: [{ after: { path: ["notice"], equals: notice } }, { after: { path: ["round"], equals: round } }],
    },
    select: { id: true },
  });
  if (already) return { sent: false, reason: "already-sent" };

  const number = invoice.number ?? invoice.originalFilename;
  const sent = await (transport ?? createMailTransport()).send({
    from: getEnv().EMAIL_FROM,
    to: invoice.uploadedBy.email,
    subject: SUBJECTS[notice](number),
    text:
      `Buen día:\n\n${describe(notice, { number, certificate: invoice.certificates[0]?.number, reason: invoice.failureReason })}\n\n` +
      `Este mensaje fue enviado automáticamente por Cotejo. Por favor no responda a esta dirección.\n`,
  });
  await recordAuditEvent({
    actor: null,
    action: "invoice.notified",
    entityType: "Invoice",
    entityId: invoiceId,
    after: { notice, round, to: invoice.uploadedBy.email, messageId: sent.messageId },
  });
  return { sent: true };
};
