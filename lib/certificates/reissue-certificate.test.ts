import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createLocalStorage } from "@/lib/storage/create-local-storage";
import { createCommissionedInvoice } from "@/lib/testing/create-commissioned-invoice";
import { repriceInvoice } from "@/lib/commissions/reprice-invoice";
import { getCertificateVerification } from "./get-certificate-verification";
import { issueCertificate } from "./issue-certificate";
import { reissueCertificate } from "./reissue-certificate";
import { ZCertificateContent } from "./schemas";
import { voidCertificate } from "./void-certificate";

describe("voidCertificate and reissueCertificate", () => {
  let rootDir: string;
  let admin: { id: string; email: string };
  beforeAll(async () => {
    rootDir = await mkdtemp(path.join(os.tmpdir(), "cotejo-reissue-"));
    admin = await db.user.create({ data: { email: "admin@cotejo.test", name: "Ana", role: "ADMIN" }, select: { id: true, email: true } });
  });
  afterAll(async () => {
    await rm(rootDir, { recursive: true, force: true });
  });
  const storage = () => createLocalStorage({ rootDir });

  it("reissue voids the old certificate with its reason and issues a linked one with a new number; both are kept", async () => {
    const { invoice } = await createCommissionedInvoice({ uploaderEmail: admin.email });
    const original = await issueCertificate({ invoiceId: invoice.id, actor: admin, storage: storage() });
    const { voided, issued } = await reissueCertificate({
      certificateId: original.id,
      reason: "Corrección del NIT del comprador",
      actor: admin,
      storage: storage(),
    });
    expect(voided).toMatchObject({ id: original.id, status: "VOIDED" });
    expect(issued).toMatchObject({ status: "VALID", invoiceId: invoice.id });
    expect(issued.number).not.toBe(original.number);
    expect(issued.verificationCode).not.toBe(original.verificationCode);

    const rows = await db.certificate.findMany({ where: { invoiceId: invoice.id }, orderBy: { sequence: "asc" } });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ id: original.id, voidReason: "Corrección del NIT del comprador", voidedById: admin.id });
    expect(rows[1]).toMatchObject({ id: issued.id, replacesId: original.id, voidedAt: null });
    expect(rows[1]!.sequence).toBe(rows[0]!.sequence + 1);
    expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("CERTIFIED");

    const actions = await db.auditEvent.findMany({ where: { entityType: "Certificate" }, orderBy: { id: "asc" }, select: { action: true, entityId: true } });
    expect(actions.slice(-2)).toEqual([
      { action: "certificate.voided", entityId: original.id },
      { action: "certificate.reissued", entityId: issued.id },
    ]);

    // The public page tells the voided one apart and names its replacement.
    expect(await getCertificateVerification({ code: original.verificationCode })).toMatchObject({
      status: "VOIDED",
      voidReason: "Corrección del NIT del comprador",
      replacedByNumber: issued.number,
    });
    expect(await getCertificateVerification({ code: issued.verificationCode.toLowerCase() })).toMatchObject({ status: "VALID", number: issued.number });

    await expect(reissueCertificate({ certificateId: original.id, reason: "Otra vez el mismo", actor: admin, storage: storage() })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("void without replacement returns the invoice to COMMISSIONED so it can be issued again; a reason is required", async () => {
    const { invoice } = await createCommissionedInvoice({ uploaderEmail: admin.email });
    const original = await issueCertificate({ invoiceId: invoice.id, actor: admin, storage: storage() });
    await expect(voidCertificate({ certificateId: original.id, reason: "  ", actor: admin })).rejects.toMatchObject({ name: "ZodError" });
    const voided = await voidCertificate({ certificateId: original.id, reason: "Emitido por error", actor: admin });
    expect(voided.status).toBe("VOIDED");
    expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("COMMISSIONED");
    await expect(voidCertificate({ certificateId: original.id, reason: "Emitido por error", actor: admin })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      voidCertificate({ certificateId: "00000000-0000-4000-8000-000000000000", reason: "No existe este", actor: admin }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const next = await issueCertificate({ invoiceId: invoice.id, actor: admin, storage: storage() });
    expect(next.created).toBe(true);
    expect(next.id).not.toBe(original.id);
  });

  it("after a correction is repriced, the reissued certificate carries the new amounts and the old one keeps its own", async () => {
    const { invoice } = await createCommissionedInvoice({ uploaderEmail: admin.email });
    const original = await issueCertificate({ invoiceId: invoice.id, actor: admin, storage: storage() });
    // Review corrects the panela line (1.000.000 → 1.500.000); pricing is redone with the same rule version.
    await db.invoiceLine.update({ where: { invoiceId_lineNumber: { invoiceId: invoice.id, lineNumber: 2 } }, data: { lineAmount: "1500000.00" } });
    await db.invoice.update({ where: { id: invoice.id }, data: { total: "5850000.00" } });
    expect((await repriceInvoice({ invoiceId: invoice.id, actor: admin, reason: "Valor de la línea 2 corregido" })).changed).toBe(true);
    const { issued } = await reissueCertificate({ certificateId: original.id, reason: "Valor de la línea 2 corregido", actor: admin, storage: storage() });

    const [oldRow, newRow] = await Promise.all([
      db.certificate.findUniqueOrThrow({ where: { id: original.id } }),
      db.certificate.findUniqueOrThrow({ where: { id: issued.id } }),
    ]);
    const before = ZCertificateContent.parse(oldRow.content);
    const after = ZCertificateContent.parse(newRow.content);
    expect([before.eligibleAmount, before.registeredValue]).toEqual(["5000000.00", "5350000.00"]);
    expect([after.eligibleAmount, after.registeredValue]).toEqual(["5500000.00", "5850000.00"]);
    expect(after.eligibleLines.find((line) => line.lineNumber === 2)?.amount).toBe("1500000.00");
    expect(newRow.sha256).not.toBe(oldRow.sha256);
  });

  it("a reissue that fails leaves the old certificate in force and its number unused", async () => {
    const { invoice } = await createCommissionedInvoice({ uploaderEmail: admin.email });
    const now = new Date("2034-06-01T15:00:00Z");
    const original = await issueCertificate({ invoiceId: invoice.id, actor: admin, now, storage: storage() });
    const blocked = path.join(rootDir, "blocked");
    await writeFile(blocked, "x");
    await expect(
      reissueCertificate({ certificateId: original.id, reason: "Corrección de valores", actor: admin, now, storage: createLocalStorage({ rootDir: blocked }) }),
    ).rejects.toThrow();
    const rows = await db.certificate.findMany({ where: { invoiceId: invoice.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: original.id, voidedAt: null, voidReason: null });
    expect((await db.certificateSequence.findUniqueOrThrow({ where: { year: 2034 } })).lastSequence).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "certificate.voided", entityId: original.id } })).toBe(0);
  });
});
