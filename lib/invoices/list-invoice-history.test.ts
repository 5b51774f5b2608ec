import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { issueCertificate } from "@/lib/certificates/issue-certificate";
import { db } from "@/lib/db";
import { FIELD_CORRECTED_ACTION } from "@/lib/review/schemas";
import { createLocalStorage } from "@/lib/storage/create-local-storage";
import { createApprovedInvoice } from "@/lib/testing/create-approved-invoice";
import { createCommissionedInvoice } from "@/lib/testing/create-commissioned-invoice";
import { getInvoiceDetail } from "./get-invoice-detail";
import { listInvoiceHistory } from "./list-invoice-history";

describe("listInvoiceHistory", () => {
  let rootDir: string;
  let operator: { id: string; email: string };
  beforeAll(async () => {
    rootDir = await mkdtemp(path.join(os.tmpdir(), "cotejo-history-"));
    operator = await db.user.create({ data: { email: "revisora@cotejo.test", name: "Rita Revisora", role: "OPERATOR" }, select: { id: true, email: true } });
  });
  afterAll(async () => {
    await rm(rootDir, { recursive: true, force: true });
  });

  it("lists the invoice's own entries and its commission's and certificate's, newest first, with corrections spelled out", async () => {
    const { invoice } = await createCommissionedInvoice({ uploaderEmail: "subio@cotejo.test" });
    const other = await createCommissionedInvoice({ uploaderEmail: "subio@cotejo.test" });
    await recordAuditEvent({
      actor: operator,
      action: FIELD_CORRECTED_ACTION,
      entityType: "Invoice",
      entityId: invoice.id,
      before: { value: "5350000.00" },
      after: { field: "header.total", ocrValue: "5850000.00", ocrConfidence: 0.62, before: "5350000.00", after: "5350000.50" },
    });
    await recordAuditEvent({ actor: operator, action: FIELD_CORRECTED_ACTION, entityType: "Invoice", entityId: other.invoice.id, after: {} });
    const certificate = await issueCertificate({ invoiceId: invoice.id, actor: operator, storage: createLocalStorage({ rootDir }), requestOrigin: "http://localhost:3260" });

    const history = await listInvoiceHistory({ invoiceId: invoice.id });
    expect(history.invoiceId).toBe(invoice.id);
    expect(history.entries.map((entry) => entry.action)).toEqual([
      "certificate.issued",
      "invoice.status-changed",
      FIELD_CORRECTED_ACTION,
      "invoice.status-changed",
      "commission.calculated",
    ]);
    const [issued, certified, corrected, commissioned, calculated] = history.entries;
    expect(issued).toMatchObject({ summary: `Certificado ${certificate.number} emitido`, actorName: "Rita Revisora", actorEmail: operator.email, correction: null });
    expect(certified?.summary).toBe("Estado: Liquidada → Certificada");
    expect(corrected).toMatchObject({
      actorName: "Rita Revisora",
      summary: "Corrección de Total a pagar: «5350000.00» → «5350000.50»",
      correction: { field: "header.total", ocrValue: "5850000.00", ocrConfidence: 0.62, before: "5350000.00", after: "5350000.50" },
    });
    expect(commissioned).toMatchObject({ summary: "Estado: Aprobada → Liquidada", actorName: null, actorEmail: null });
    expect(calculated?.summary).toMatch(/^Comisión calculada: \$ [\d.]+,\d\d$/);
    expect((await getInvoiceDetail({ id: invoice.id })).certificate).toMatchObject({ id: certificate.id, number: certificate.number, verificationCode: certificate.verificationCode });
    const ids = history.entries.map((entry) => BigInt(entry.id));
    expect([...ids].sort((a, b) => (a < b ? 1 : -1))).toEqual(ids);
  });

  it("an invoice with nothing audited has an empty history; unknown and malformed ids are NOT_FOUND", async () => {
    const invoice = await createApprovedInvoice({ lines: [{ lineAmount: "1000.00", classificationCode: null }] });
    expect(await listInvoiceHistory({ invoiceId: invoice.id })).toEqual({ invoiceId: invoice.id, entries: [] });
    await expect(listInvoiceHistory({ invoiceId: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listInvoiceHistory({ invoiceId: "no-es-un-uuid" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("getInvoiceDetail", () => {
  it("returns the matched lines with their product, DIAN classification and eligibility; no certificate before one is issued", async () => {
    const { invoice } = await createCommissionedInvoice();
    const detail = await getInvoiceDetail({ id: invoice.id });
    expect(detail).toMatchObject({ id: invoice.id, status: "COMMISSIONED", urgent: false, mimeType: "application/xml", certificate: null, extraction: null });
    expect(detail.lines.map((line) => [line.lineNumber, line.lineAmount, line.product?.classificationCode, line.product?.eligibility])).toEqual([
      [1, "4000000.00", "0901.11", "FIRST_TRANSFORMATION"],
      [2, "1000000.00", "1701.13", "FIRST_TRANSFORMATION"],
      [3, "350000.00", "6305.10", "NOT_ELIGIBLE"],
    ]);
    await expect(getInvoiceDetail({ id: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
