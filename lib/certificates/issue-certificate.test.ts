import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { buffer } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createLocalStorage } from "@/lib/storage/create-local-storage";
import { createCommissionedInvoice } from "@/lib/testing/create-commissioned-invoice";
import { issueCertificate } from "./issue-certificate";
import { renderCertificatePdf } from "./render-certificate-pdf";
import { ZCertificateContent } from "./schemas";

const NOW = new Date("2026-11-23T19:42:07Z");

describe("issueCertificate", () => {
  let rootDir: string;
  let actor: { id: string; email: string };
  beforeAll(async () => {
    rootDir = await mkdtemp(path.join(os.tmpdir(), "cotejo-issue-"));
    actor = await db.user.create({ data: { email: "operador@cotejo.test", name: "Óscar", role: "OPERATOR" }, select: { id: true, email: true } });
  });
  afterAll(async () => {
    await rm(rootDir, { recursive: true, force: true });
  });
  const storage = () => createLocalStorage({ rootDir });

  it("numbers, renders, stores and records the certificate; the invoice becomes CERTIFIED; a second call returns it", async () => {
    const { invoice, commission } = await createCommissionedInvoice({ uploaderEmail: actor.email });
    const issued = await issueCertificate({ invoiceId: invoice.id, actor, now: NOW, storage: storage(), requestOrigin: "http://localhost:3120" });
    expect(issued).toMatchObject({ created: true, status: "VALID", invoiceId: invoice.id });
    expect(issued.number).toMatch(/^BMC-2026-\d{6}$/);

    const row = await db.certificate.findUniqueOrThrow({ where: { id: issued.id } });
    const statusChange = await db.auditEvent.findFirstOrThrow({
      where: { action: "invoice.status-changed", entityType: "Invoice", entityId: invoice.id, after: { path: ["status"], equals: "CERTIFIED" } },
    });
    expect(statusChange).toMatchObject({ actorId: actor.id, before: { status: "COMMISSIONED" }, after: { certificateNumber: row.number } });
    expect(row.year).toBe(2026);
    expect(row.number).toBe(`BMC-2026-${String(row.sequence).padStart(6, "0")}`);
    const content = ZCertificateContent.parse(row.content);
    expect(content).toMatchObject({
      certificateNumber: row.number,
      issuedAt: NOW.toISOString(),
      // The DV is DIAN's check digit of the NIT (900373115 → 3).
      supplier: { name: "Cooperativa Agraria del Huila", nit: "900373115", dv: "3" },
      customer: { name: "Comercializadora Andina S.A.S.", nit: "860002964", dv: "4" },
      invoice: { number: invoice.number, issueDate: "2026-11-18", cufe: invoice.cufe },
      registeredOn: "2026-11-23",
      registeredValue: "5350000.00",
      eligibleAmount: "5000000.00",
      feeAmount: commission.feeAmount.toFixed(2),
      commissionAmount: commission.commissionAmount.toFixed(2),
      // 2.5 % of the two first-transformation lines.
      withholdingAvoided: "125000.00",
      ruleSetVersion: 1,
      verificationCode: row.verificationCode,
      verificationUrl: `http://localhost:3120/verificar/${row.verificationCode}`,
      excluded: { count: 1, amount: "350000.00", reasons: [{ reason: "CLASSIFICATION_NOT_ELIGIBLE", count: 1, amount: "350000.00" }] },
    });
    expect(content.eligibleLines.map((line) => [line.lineNumber, line.classificationCode, line.amount])).toEqual([
      [1, "0901.11", "4000000.00"],
      [2, "1701.13", "1000000.00"],
    ]);

    // The stored object is the PDF of the stored content, byte for byte.
    const stored = await buffer(await storage().getObject({ key: row.storageKey, sha256: row.sha256 }));
    expect(createHash("sha256").update(stored).digest("hex")).toBe(row.sha256);
    expect(Buffer.compare(stored, await renderCertificatePdf({ content }))).toBe(0);

    expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("CERTIFIED");
    const audit = await db.auditEvent.findMany({ where: { entityType: "Certificate", entityId: issued.id } });
    expect(audit.map((event) => [event.action, event.actorId])).toEqual([["certificate.issued", actor.id]]);

    const again = await issueCertificate({ invoiceId: invoice.id, actor, now: NOW, storage: storage() });
    expect(again).toMatchObject({ id: issued.id, number: issued.number, created: false });
    expect(await db.certificate.count({ where: { invoiceId: invoice.id } })).toBe(1);
  });

  it("refuses an invoice without a commission and an unknown invoice", async () => {
    const { invoice } = await createCommissionedInvoice({ uploaderEmail: actor.email });
    await db.invoice.update({ where: { id: invoice.id }, data: { status: "NEEDS_REVIEW" } });
    await expect(issueCertificate({ invoiceId: invoice.id, actor, now: NOW, storage: storage() })).rejects.toMatchObject({
      code: "INVOICE_NOT_READY",
      details: { status: "NEEDS_REVIEW" },
    });
    await db.invoice.update({ where: { id: invoice.id }, data: { status: "COMMISSIONED" } });
    await db.commission.delete({ where: { invoiceId: invoice.id } });
    await expect(issueCertificate({ invoiceId: invoice.id, actor, now: NOW, storage: storage() })).rejects.toMatchObject({ code: "INVOICE_NOT_READY" });
    await expect(
      issueCertificate({ invoiceId: "00000000-0000-4000-8000-000000000000", actor, now: NOW, storage: storage() }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(issueCertificate({ invoiceId: "no-es-un-uuid", actor, now: NOW, storage: storage() })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("keeps the numbers gapless: 20 concurrent issuances take 1..20 and a failed one gives its number back", async () => {
    const year = 2031;
    const at = new Date(`${year}-03-01T15:00:00Z`);
    const invoices: string[] = [];
    for (let index = 0; index < 21; index += 1) invoices.push((await createCommissionedInvoice({ uploaderEmail: actor.email })).invoice.id);

    const results = await Promise.all(invoices.slice(0, 20).map((invoiceId) => issueCertificate({ invoiceId, actor, now: at, storage: storage() })));
    const sequences = (await db.certificate.findMany({ where: { year }, select: { sequence: true } })).map((row) => row.sequence).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    expect(new Set(results.map((result) => result.number)).size).toBe(20);
    expect(new Set(results.map((result) => result.verificationCode)).size).toBe(20);

    // A store that cannot write (its root is a file) fails after the number was taken: all of it rolls back.
    const blocked = path.join(rootDir, "not-a-folder");
    await writeFile(blocked, "x");
    const lastInvoice = invoices[20]!;
    await expect(issueCertificate({ invoiceId: lastInvoice, actor, now: at, storage: createLocalStorage({ rootDir: blocked }) })).rejects.toThrow();
    expect((await db.certificateSequence.findUniqueOrThrow({ where: { year } })).lastSequence).toBe(20);
    expect(await db.certificate.count({ where: { invoiceId: lastInvoice } })).toBe(0);
    expect((await db.invoice.findUniqueOrThrow({ where: { id: lastInvoice } })).status).toBe("COMMISSIONED");
    expect(await db.auditEvent.count({ where: { action: "certificate.issued", after: { path: ["invoiceId"], equals: lastInvoice } } })).toBe(0);

    const retried = await issueCertificate({ invoiceId: lastInvoice, actor, now: at, storage: storage() });
    expect(retried.number).toBe(`BMC-${year}-000021`);
  });

  it("answers concurrent requests for the same invoice with one certificate", async () => {
    const { invoice } = await createCommissionedInvoice({ uploaderEmail: actor.email });
    const results = await Promise.all(Array.from({ length: 5 }, () => issueCertificate({ invoiceId: invoice.id, actor, now: NOW, storage: storage() })));
    expect(new Set(results.map((result) => result.id)).size).toBe(1);
    expect(results.filter((result) => result.created)).toHaveLength(1);
  });

  it("starts each Bogotá year at 1: 31 December 23:30 in Bogotá is still the old year", async () => {
    const first = await createCommissionedInvoice({ uploaderEmail: actor.email });
    const second = await createCommissionedInvoice({ uploaderEmail: actor.email });
    const lateDecember = await issueCertificate({ invoiceId: first.invoice.id, actor, now: new Date("2033-01-01T04:30:00Z"), storage: storage() });
    const january = await issueCertificate({ invoiceId: second.invoice.id, actor, now: new Date("2033-01-01T05:30:00Z"), storage: storage() });
    expect(lateDecember.number).toBe("BMC-2032-000001");
    expect(january.number).toBe("BMC-2033-000001");
  });
});
