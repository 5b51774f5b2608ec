import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createLocalStorage } from "@/lib/storage/create-local-storage";
import { createCommissionedInvoice } from "@/lib/testing/create-commissioned-invoice";
import { getCertificateVerification } from "./get-certificate-verification";
import { issueCertificate } from "./issue-certificate";
import { renderCertificatePdf } from "./render-certificate-pdf";
import { ZCertificateContent } from "./schemas";
import { verifyCertificateUpload } from "./verify-certificate-upload";

describe("public verification", () => {
  let rootDir: string;
  let issued: Awaited<ReturnType<typeof issueCertificate>>;
  let pdf: Buffer;
  beforeAll(async () => {
    rootDir = await mkdtemp(path.join(os.tmpdir(), "cotejo-verify-"));
    const storage = createLocalStorage({ rootDir });
    const { invoice, uploaderId } = await createCommissionedInvoice();
    issued = await issueCertificate({ invoiceId: invoice.id, actor: { id: uploaderId, email: "op@cotejo.test" }, storage });
    const row = await db.certificate.findUniqueOrThrow({ where: { id: issued.id } });
    pdf = await buffer(await storage.getObject({ key: row.storageKey, sha256: row.sha256 }));
  });
  afterAll(async () => {
    await rm(rootDir, { recursive: true, force: true });
  });
  const upload = (bytes: Buffer, code = issued.verificationCode) =>
    verifyCertificateUpload({ code, stream: Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]) });

  it("matches the issued PDF byte for byte", async () => {
    expect(await upload(pdf)).toEqual({ match: true });
  });

  it("does not match a PDF with one byte changed, or one re-rendered with another amount", async () => {
    const tampered = Buffer.from(pdf);
    const middle = Math.floor(tampered.length / 2);
    tampered.writeUInt8(tampered.readUInt8(middle) ^ 0x01, middle);
    expect(await upload(tampered)).toEqual({ match: false });

    const row = await db.certificate.findUniqueOrThrow({ where: { id: issued.id } });
    const content = ZCertificateContent.parse(row.content);
    const forged = await renderCertificatePdf({ content: { ...content, registeredValue: "9350000.00" } });
    expect(forged.length).toBeGreaterThan(1000);
    expect(await upload(forged)).toEqual({ match: false });
    // The forged file still looks like the real one to a person; only the hash tells them apart.
    expect(forged.subarray(0, 8).toString()).toBe(pdf.subarray(0, 8).toString());
  });

  it("refuses unknown codes, empty files and files over the cap", async () => {
    await expect(upload(pdf, "0000-0000-0000-0000-0000")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(upload(pdf, "no es un código")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(upload(Buffer.alloc(0))).rejects.toMatchObject({ code: "EMPTY_FILE" });
    await expect(
      verifyCertificateUpload({ code: issued.verificationCode, stream: Readable.from([pdf]), maxBytes: pdf.length - 1 }),
    ).rejects.toMatchObject({ code: "FILE_TOO_LARGE", status: 413 });
  });

  it("shows minimal data for a valid code and NOT_FOUND for others", async () => {
    const view = await getCertificateVerification({ code: issued.verificationCode });
    expect(view).toMatchObject({ status: "VALID", number: issued.number, registeredValue: "5350000.00", voidReason: null, replacedByNumber: null });
    expect(Object.keys(view).sort()).toEqual(
      ["status", "number", "issuedAt", "supplierName", "supplierNit", "invoiceNumber", "registeredValue", "voidedAt", "voidReason", "replacedByNumber"].sort(),
    );
    expect(await getCertificateVerification({ code: "0000-0000-0000-0000-0000" })).toEqual({ status: "NOT_FOUND" });
    expect(await getCertificateVerification({ code: "'; DROP TABLE" })).toEqual({ status: "NOT_FOUND" });
  });
});
