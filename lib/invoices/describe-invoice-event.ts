import { formatCop } from "@/lib/format/format-cop";
import { describeFieldKey } from "@/lib/review/list-extracted-fields";
import { FIELD_CORRECTED_ACTION, ZFieldCorrectionAudit, type TFieldCorrectionAudit } from "@/lib/review/schemas";
import { INVOICE_STATUS_LABELS, ZInvoiceStatus } from "./schemas";

export type DescribeInvoiceEventOptions = { action: string; before: unknown; after: unknown };

const record = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);
const statusLabel = (value: unknown) => {
  const status = ZInvoiceStatus.safeParse(value);
  return status.success ? INVOICE_STATUS_LABELS[status.data] : "—";
};
const shown = (value: string | null) => (value === null ? "(vacío)" : `«${value}»`);

const NOTICE_LABELS: Record<string, string> = {
  certified: "factura registrada",
  rejected: "factura rechazada",
  "review-reminder": "recordatorio de revisión",
};

/** The correction an audit entry records, or null when it is another action (or not a well-formed correction). */
export const readFieldCorrection = ({ action, after }: Omit<DescribeInvoiceEventOptions, "before">): TFieldCorrectionAudit | null => {
  if (action !== FIELD_CORRECTED_ACTION) return null;
  const parsed = ZFieldCorrectionAudit.safeParse(after);
  return parsed.success ? parsed.data : null;
};

/**
 * Pure: one audit entry of an invoice (or of its commission or certificate) in Spanish, for the invoice's history.
 * Unknown actions are shown by their code rather than hidden.
 */
export const describeInvoiceEvent = ({ action, before, after }: DescribeInvoiceEventOptions): string => {
  const data = record(after);
  switch (action) {
    case "invoice.uploaded":
      return `Cargada como ${text(data.originalFilename) ?? "archivo"}`;
    case "invoice.extracted": {
      const confidence = typeof data.confidence === "number" ? ` (confianza ${Math.round(data.confidence * 100)} %)` : "";
      return `Leída por el extractor${confidence}: ${data.decision === "auto-approve" ? "sin observaciones" : "requiere revisión"}`;
    }
    case "invoice.status-changed": {
      const reason = text(data.reason);
      return `Estado: ${statusLabel(record(before).status)} → ${statusLabel(data.status)}${reason ? ` (${reason})` : ""}`;
    }
    case "invoice.marked-urgent":
      return "Marcada como urgente";
    case "invoice.review-completed": {
      const reason = text(data.reason);
      return `Revisión terminada: ${data.decision === "approved" ? "aprobada" : "rechazada"}${reason ? ` (${reason})` : ""}`;
    }
    case "invoice.notified":
      return `Aviso enviado a ${text(data.to) ?? "el usuario"}: ${NOTICE_LABELS[text(data.notice) ?? ""] ?? text(data.notice) ?? "aviso"}`;
    case FIELD_CORRECTED_ACTION: {
      const correction = readFieldCorrection({ action, after });
      if (!correction) return "Corrección de un campo";
      return `Corrección de ${describeFieldKey(correction.field)}: ${shown(correction.before)} → ${shown(correction.after)}`;
    }
    case "commission.calculated":
    case "commission.recalculated": {
      const amount = text(data.commissionAmount);
      const verb = action === "commission.calculated" ? "calculada" : "recalculada";
      return `Comisión ${verb}${amount ? `: ${formatCop(amount)}` : ""}`;
    }
    case "certificate.issued":
    case "certificate.reissued":
      return `Certificado ${text(data.number) ?? "—"} ${action === "certificate.issued" ? "emitido" : "reemitido"}`;
    case "certificate.voided": {
      const reason = text(data.reason);
      return `Certificado ${text(data.number) ?? "—"} anulado${reason ? ` (${reason})` : ""}`;
    }
    case "certificate.emailed":
      return `Certificado enviado por correo${text(data.to) ? ` a ${text(data.to)}` : ""}`;
    default:
      return action;
  }
};
