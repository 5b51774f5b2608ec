import { describe, expect, test } from "vitest";
import { describeInvoiceEvent, readFieldCorrection } from "./describe-invoice-event";

describe("describeInvoiceEvent", () => {
  test.each([
    [{ action: "invoice.uploaded", before: null, after: { originalFilename: "factura.pdf" } }, "Cargada como factura.pdf"],
    [{ action: "invoice.extracted", before: null, after: { confidence: 0.624, decision: "review" } }, "Leída por el extractor (confianza 62 %): requiere revisión"],
    [{ action: "invoice.extracted", before: null, after: { confidence: 1, decision: "auto-approve" } }, "Leída por el extractor (confianza 100 %): sin observaciones"],
    [{ action: "invoice.status-changed", before: { status: "NEEDS_REVIEW" }, after: { status: "REJECTED", reason: "Factura duplicada" } }, "Estado: En revisión → Rechazada (Factura duplicada)"],
    [{ action: "invoice.status-changed", before: { status: "BOGUS" }, after: { status: "APPROVED" } }, "Estado: — → Aprobada"],
    [{ action: "invoice.review-completed", before: null, after: { decision: "approved" } }, "Revisión terminada: aprobada"],
    [{ action: "invoice.review-completed", before: null, after: { decision: "rejected", reason: "Ilegible" } }, "Revisión terminada: rechazada (Ilegible)"],
    [{ action: "invoice.notified", before: null, after: { notice: "review-reminder", to: "op@cotejo.test" } }, "Aviso enviado a op@cotejo.test: recordatorio de revisión"],
    [{ action: "invoice.marked-urgent", before: null, after: { urgent: true } }, "Marcada como urgente"],
    [{ action: "commission.recalculated", before: null, after: { commissionAmount: "12500.00" } }, "Comisión recalculada: $ 12.500,00"],
    [{ action: "certificate.voided", before: { number: "BMC-2026-000007" }, after: { number: "BMC-2026-000007", reason: "Error de NIT" } }, "Certificado BMC-2026-000007 anulado (Error de NIT)"],
    [{ action: "certificate.emailed", before: null, after: { to: "cliente@example.com" } }, "Certificado enviado por correo a cliente@example.com"],
    [
      { action: "invoice.field-corrected", before: { value: null }, after: { field: "lines.2.quantity", ocrValue: null, ocrConfidence: null, before: null, after: "12" } },
      "Corrección de Línea 2 · Cantidad: (vacío) → «12»",
    ],
    [{ action: "invoice.field-corrected", before: null, after: { field: "no válido" } }, "Corrección de un campo"],
    [{ action: "algo.nuevo", before: null, after: null }, "algo.nuevo"],
  ])("%j → %s", (event, summary) => expect(describeInvoiceEvent(event)).toBe(summary));

  test("readFieldCorrection reads only well-formed corrections", () => {
    const after = { field: "header.total", ocrValue: "1", ocrConfidence: 0.5, before: "1", after: "2" };
    expect(readFieldCorrection({ action: "invoice.field-corrected", after })).toEqual(after);
    expect(readFieldCorrection({ action: "invoice.status-changed", after })).toBeNull();
    expect(readFieldCorrection({ action: "invoice.field-corrected", after: { field: "header.total" } })).toBeNull();
  });
});
