import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { TPipelineEvent } from "@/lib/pipeline/events";
import { createTestUser } from "@/lib/testing/create-test-user";
import { exportInvoicesCsv } from "./export-invoices-csv";
import { runBulkInvoiceAction } from "./run-bulk-invoice-action";

let admin: { id: string; email: string; role: "ADMIN" };
let operator: { id: string; email: string; role: "OPERATOR" };

const createInvoice = (data: { status: "RECEIVED" | "FAILED" | "CERTIFIED"; number?: string; total?: string; supplierId?: string }) => {
  const sha256 = randomUUID().replaceAll("-", "").padEnd(64, "0");
  return db.invoice.create({
    data: { sourceType: "XML", sha256, storageKey: `k/${sha256}`, originalFilename: "f.xml", mimeType: "application/xml", sizeBytes: 1, uploadedById: admin.id, ...data },
  });
};

beforeAll(async () => {
  admin = { ...(await createTestUser({ email: "admin@bulk.test", role: "ADMIN" })), role: "ADMIN" };
  operator = { ...(await createTestUser({ email: "operador@bulk.test", role: "OPERATOR" })), role: "OPERATOR" };
});

describe("bulk invoice actions", () => {
  it("marks each invoice urgent and reports an unknown id without stopping the others", async () => {
    const waiting = await createInvoice({ status: "RECEIVED" });
    const done = await createInvoice({ status: "CERTIFIED" });
    const unknown = randomUUID();
    const sent: TPipelineEvent[] = [];
    const result = await runBulkInvoiceAction({ action: "urgent", ids: [waiting.id, unknown, done.id], actor: operator, send: async (events) => void sent.push(...events) });
    expect(result).toMatchObject({ action: "urgent", succeeded: 2, failed: 1 });
    expect(result.results).toEqual([
      { id: waiting.id, ok: true, status: "RECEIVED" },
      { id: unknown, ok: false, code: "NOT_FOUND", message: "Factura no encontrada." },
      { id: done.id, ok: true, status: "CERTIFIED" },
    ]);
    expect(await db.invoice.count({ where: { id: { in: [waiting.id, done.id] }, urgent: true } })).toBe(2);
    // Only the invoice no run has taken yet gets an urgent run of its own.
    expect(sent.map((event) => event.data.invoiceId)).toEqual([waiting.id]);
  });

  it("retries only FAILED invoices, and only for an Admin", async () => {
    const failed = await createInvoice({ status: "FAILED" });
    const fine = await createInvoice({ status: "CERTIFIED" });
    await expect(runBulkInvoiceAction({ action: "retry", ids: [failed.id], actor: operator })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const result = await runBulkInvoiceAction({ action: "retry", ids: [failed.id, fine.id], actor: admin, send: async () => undefined });
    expect(result.results).toEqual([
      { id: failed.id, ok: true, status: "RECEIVED" },
      { id: fine.id, ok: false, code: "CONFLICT", message: "Solo se reintenta una factura fallida." },
    ]);
  });

  it("exports the selection as CSV with Spanish headers and exact amounts", async () => {
    const supplier = await db.organization.create({ data: { nit: "900111222", dv: "7", name: "=Cafés Especiales" } });
    const invoice = await createInvoice({ status: "CERTIFIED", number: "FE-77", total: "12345678901234.57", supplierId: supplier.id });
    const { body, filename } = await exportInvoicesCsv({ ids: [invoice.id, randomUUID()] });
    const lines = body.toString("utf8").split("\r\n");
    expect(filename).toMatch(/^facturas-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(lines[0]).toBe("\uFEFFNúmero;Proveedor;NIT;Fecha de emisión;Total;Estado;Confianza;Origen;Urgente;Cargada;Archivo");
    expect(lines[1]).toMatch(/^FE-77;'=Cafés Especiales;900111222-7;;12345678901234,57;Certificada;;XML;No;\d{2}\/\d{2}\/\d{4} \d{2}:\d{2};f\.xml$/);
    expect(lines).toHaveLength(3);
  });
});
