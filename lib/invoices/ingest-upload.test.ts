import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createLocalStorage } from "@/lib/storage/create-local-storage";
import type { ObjectStorage } from "@/lib/storage/types";
import { largeStream, listFiles, makeJpeg, makePdf, makePng, streamOf } from "@/lib/testing/bad-input-files";
import { ingestUpload } from "./ingest-upload";

const MAX_BYTES = 1024 * 1024;

describe("ingestUpload", () => {
  let rootDir: string;
  let tempDir: string;
  let storage: ObjectStorage;
  let uploader: { id: string; email: string };

  beforeAll(async () => {
    uploader = await db.user.create({
      data: { email: "operador-ingesta@cotejo.test", name: "Operador", role: "OPERATOR" },
      select: { id: true, email: true },
    });
  });

  beforeEach(async () => {
    rootDir = await mkdtemp(path.join(os.tmpdir(), "cotejo-ingest-objects-"));
    tempDir = await mkdtemp(path.join(os.tmpdir(), "cotejo-ingest-temp-"));
    storage = createLocalStorage({ rootDir });
  });

  afterEach(async () => {
    await rm(rootDir, { recursive: true, force: true });
    await rm(tempDir, { recursive: true, force: true });
  });

  const ingest = (stream: Readable, fileName: string, maxBytes = MAX_BYTES) =>
    ingestUpload({ stream, fileName, uploader, storage, tempDir, maxBytes });

  it("rejects a stream past the default 25 MiB cap without storing anything", async () => {
    const error: unknown = await ingestUpload({ stream: largeStream(25 * 1024 * 1024 + 1), fileName: "g.pdf", uploader, storage, tempDir }).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: "FILE_TOO_LARGE", status: 413 });
    expect(await listFiles(rootDir)).toEqual([]);
    expect(await listFiles(tempDir)).toEqual([]);
  });

  it("leaves nothing behind when the client disconnects mid-upload", async () => {
    const broken = new Readable({ read() {} });
    broken.push(Buffer.from("%PDF-1.7\n"));
    setTimeout(() => broken.destroy(new Error("socket hang up")), 10);
    await expect(ingest(broken, "cortado.pdf")).rejects.toThrow("socket hang up");
    expect(await db.invoice.count({ where: { originalFilename: "cortado.pdf" } })).toBe(0);
    expect(await listFiles(rootDir)).toEqual([]);
    expect(await listFiles(tempDir)).toEqual([]);
  });

  it("stores a PDF by content hash with a RECEIVED row and an audit entry, typed by bytes not by name", async () => {
    const pdf = await makePdf("Factura SETP1 para .jpg");
    const sha256 = createHash("sha256").update(pdf).digest("hex");
    const result = await ingest(streamOf(pdf), "C:\\Users\\op\\Escritorio\\factura.jpg");
    expect(result).toMatchObject({ isDuplicate: false, sourceType: "PDF", sha256, sizeBytes: pdf.length, fileName: "factura.jpg" });
    const invoice = await db.invoice.findUniqueOrThrow({ where: { id: result.id } });
    expect(invoice).toMatchObject({
      status: "RECEIVED",
      sourceType: "PDF",
      sha256,
      storageKey: `sha256/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`,
      originalFilename: "factura.jpg",
      mimeType: "application/pdf",
      sizeBytes: pdf.length,
      uploadedById: uploader.id,
    });
    const audit = await db.auditEvent.findMany({ where: { entityType: "Invoice", entityId: result.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "invoice.uploaded", actorId: uploader.id, actorEmail: uploader.email });
    expect(await listFiles(rootDir)).toEqual([path.join(rootDir, invoice.storageKey)]);
    expect(await listFiles(tempDir)).toEqual([]);
  });

  it("accepts a PDF named .xml as a PDF", async () => {
    const result = await ingest(streamOf(await makePdf("PDF con nombre xml")), "factura.xml");
    expect(result).toMatchObject({ sourceType: "PDF", isDuplicate: false });
  });

  it.each([
    { label: "UTF-8 XML with declaration", bytes: Buffer.from('<?xml version="1.0" encoding="UTF-8"?><Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>') },
    { label: "UTF-8 BOM + whitespace", bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('\r\n <?xml version="1.0"?><AttachedDocument/>')]) },
    { label: "UBL root without declaration", bytes: Buffer.from('<fe:Invoice xmlns:fe="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"></fe:Invoice>') },
    { label: "UTF-16LE with BOM", bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<?xml version="1.0" encoding="UTF-16"?><CreditNote/>', "utf16le")]) },
  ])("accepts $label as XML", async ({ bytes }) => {
    const result = await ingest(streamOf(bytes), "factura.xml");
    expect(result).toMatchObject({ sourceType: "XML", isDuplicate: false });
    expect((await db.invoice.findUniqueOrThrow({ where: { id: result.id } })).mimeType).toBe("application/xml");
  });

  it("accepts PNG, JPEG, TIFF and WebP images", async () => {
    const sharp = (await import("sharp")).default;
    const base = () => sharp({ create: { width: 24, height: 24, channels: 3, background: "#abcdef" } });
    const images = [
      { bytes: await makePng(), mime: "image/png" },
      { bytes: await makeJpeg(), mime: "image/jpeg" },
      { bytes: await base().tiff().toBuffer(), mime: "image/tiff" },
      { bytes: await base().webp().toBuffer(), mime: "image/webp" },
    ];
    for (const { bytes, mime } of images) {
      const result = await ingest(streamOf(bytes), "scan.bin");
      expect(result.sourceType).toBe("IMAGE");
      expect((await db.invoice.findUniqueOrThrow({ where: { id: result.id } })).mimeType).toBe(mime);
    }
  });

  it.each([
    { fileName: "../../etc/passwd", expected: "passwd" },
    { fileName: "factura\0.pdf", expected: "factura.pdf" },
    { fileName: "factura\u202Efdp.exe", expected: "facturafdp.exe" },
    { fileName: `${"a".repeat(300)}.pdf`, expected: `${"a".repeat(196)}.pdf` },
  ])("keeps the hostile name $fileName only as cleaned metadata", async ({ fileName, expected }) => {
    const pdf = await makePdf(`nombre hostil ${fileName.length} ${expected}`);
    const result = await ingest(streamOf(pdf), fileName);
    const invoice = await db.invoice.findUniqueOrThrow({ where: { id: result.id } });
    expect(invoice.originalFilename).toBe(expected);
    expect(invoice.storageKey).toBe(`sha256/${result.sha256.slice(0, 2)}/${result.sha256.slice(2, 4)}/${result.sha256}`);
    expect(await listFiles(rootDir)).toEqual([path.join(rootDir, invoice.storageKey)]);
  });

  it("gives 50 concurrent identical uploads one row, one object, one audit entry and the same id", async () => {
    const pdf = await makePdf("Cincuenta copias idénticas");
    const results = await Promise.all(Array.from({ length: 50 }, (_, index) => ingest(streamOf(pdf, 997), `copia-${index}.pdf`)));
    const ids = new Set(results.map((result) => result.id));
    expect(ids.size).toBe(1);
    expect(results.filter((result) => !result.isDuplicate)).toHaveLength(1);
    const sha256 = createHash("sha256").update(pdf).digest("hex");
    expect(await db.invoice.count({ where: { sha256 } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: [...ids][0]!, action: "invoice.uploaded" } })).toBe(1);
    expect(await listFiles(rootDir)).toHaveLength(1);
    expect(await listFiles(tempDir)).toEqual([]);
    const again = await ingest(streamOf(pdf), "otra-vez.pdf");
    expect(again).toMatchObject({ id: [...ids][0], isDuplicate: true });
  });
});
