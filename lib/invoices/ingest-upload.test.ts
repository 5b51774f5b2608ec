import { createHash } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError, type AppErrorCode } from "@/lib/errors";
import { createLocalStorage } from "@/lib/storage/create-local-storage";
import type { ObjectStorage } from "@/lib/storage/types";
import { makeExe, makeJpeg, makePdf, makePng, makePngBomb, makeZip } from "@/lib/testing/bad-input-files";
import { ingestUpload } from "./ingest-upload";

const MAX_BYTES = 1024 * 1024;

/** Every regular file under a folder, recursively (the object store and the upload temp folder). */
const listFiles = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
};

/** `bytes` arrives in several chunks, as over a network. */
const streamOf = (bytes: Buffer, chunkSize = 1000) =>
  Readable.from(
    (function* () {
      for (let offset = 0; offset < bytes.length; offset += chunkSize) yield bytes.subarray(offset, offset + chunkSize);
    })(),
  );

/** `totalBytes` of generated content without ever holding it in memory. */
const largeStream = (totalBytes: number, head = Buffer.from("%PDF-1.7\n")) =>
  Readable.from(
    (function* () {
      yield head;
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      for (let sent = head.length; sent < totalBytes; sent += chunk.length) yield chunk.subarray(0, Math.min(chunk.length, totalBytes - sent));
    })(),
  );

type BadInput = { label: string; fileName: string; bytes: () => Buffer | Promise<Buffer> | Readable; code: AppErrorCode };

const truncate = async (bytes: Promise<Buffer>, keep: number) => (await bytes).subarray(0, keep);

const BAD_INPUTS: BadInput[] = [
  { label: "EXE renamed .pdf", fileName: "factura.pdf", bytes: makeExe, code: "UNSUPPORTED_MEDIA_TYPE" },
  { label: "ELF binary renamed .pdf", fileName: "factura.pdf", bytes: () => Buffer.concat([Buffer.from("\x7fELF\x02\x01\x01", "latin1"), Buffer.alloc(120)]), code: "UNSUPPORTED_MEDIA_TYPE" },
  { label: "ZIP renamed .pdf", fileName: "factura.pdf", bytes: () => makeZip(), code: "UNSUPPORTED_MEDIA_TYPE" },
  { label: "ZIP archive .zip", fileName: "facturas-octubre.zip", bytes: () => makeZip("a.xml", Buffer.from("<Invoice/>")), code: "UNSUPPORTED_MEDIA_TYPE" },
  { label: "gzip archive", fileName: "facturas.xml.gz", bytes: () => Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03, 0x03, 0, 0, 0, 0, 0, 0, 0, 0, 0]), code: "UNSUPPORTED_MEDIA_TYPE" },
  { label: "HTML renamed .pdf", fileName: "factura.pdf", bytes: () => Buffer.from("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"), code: "UNSUPPORTED_MEDIA_TYPE" },
  { label: "HTML renamed .xml", fileName: "factura.xml", bytes: () => Buffer.from("\n  <html><body>Factura</body></html>"), code: "UNSUPPORTED_MEDIA_TYPE" },
  { label: "SVG (no XML declaration) renamed .png", fileName: "logo.png", bytes: () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), code: "UNSUPPORTED_MEDIA_TYPE" },
  { label: "plain text file", fileName: "notas.txt", bytes: () => Buffer.from("Total a pagar: 1.000.000\n"), code: "UNSUPPORTED_MEDIA_TYPE" },
  { label: "whitespace only", fileName: "vacio.xml", bytes: () => Buffer.from(" \n\t \r\n"), code: "UNSUPPORTED_MEDIA_TYPE" },
  { label: "GIF renamed .jpg", fileName: "scan.jpg", bytes: () => Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "latin1"), code: "UNSUPPORTED_MEDIA_TYPE" },
  { label: "PDF magic not at offset 0", fileName: "factura.pdf", bytes: () => Buffer.from("garbage before %PDF-1.7\n"), code: "UNSUPPORTED_MEDIA_TYPE" },
  { label: "empty file", fileName: "factura.pdf", bytes: () => Buffer.alloc(0), code: "EMPTY_FILE" },
  { label: "oversized stream (cap + 1 byte)", fileName: "grande.pdf", bytes: () => largeStream(MAX_BYTES + 1), code: "FILE_TOO_LARGE" },
  { label: "oversized stream (3× cap)", fileName: "grande.pdf", bytes: () => largeStream(3 * MAX_BYTES), code: "FILE_TOO_LARGE" },
  { label: "PNG bomb claiming 100k×100k", fileName: "bomba.png", bytes: () => makePngBomb(), code: "IMAGE_TOO_LARGE" },
  { label: "PNG bomb 8000×8000 (64 MP, just over cap)", fileName: "bomba.png", bytes: () => makePngBomb(8000, 8000), code: "IMAGE_TOO_LARGE" },
  { label: "truncated PNG", fileName: "scan.png", bytes: () => truncate(makePng(400, 400), 120), code: "IMAGE_CORRUPT" },
  { label: "truncated JPEG", fileName: "scan.jpg", bytes: () => truncate(makeJpeg(), 200), code: "IMAGE_CORRUPT" },
  { label: "JPEG magic then garbage", fileName: "scan.jpg", bytes: () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(300, 0x41)]), code: "IMAGE_CORRUPT" },
  { label: "hostile name ../../etc/passwd (text content)", fileName: "../../etc/passwd", bytes: () => Buffer.from("root:x:0:0:root:/root:/bin/bash\n"), code: "UNSUPPORTED_MEDIA_TYPE" },
  { label: "hostile name with NUL (exe content)", fileName: "factura.pdf\0.exe", bytes: makeExe, code: "UNSUPPORTED_MEDIA_TYPE" },
  { label: "hostile name with RTL override (exe content)", fileName: "factura\u202Efdp.exe", bytes: makeExe, code: "UNSUPPORTED_MEDIA_TYPE" },
];

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

  it("has at least 20 bad inputs", () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(20);
  });

  it.each(BAD_INPUTS)("rejects $label with $code and stores nothing", async ({ fileName, bytes, code }) => {
    const before = await db.invoice.count();
    const input = await bytes();
    const stream = input instanceof Readable ? input : streamOf(input);
    const error: unknown = await ingest(stream, fileName).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    expect((error as AppError).message).toMatch(/[a-z]/);
    expect(stream.readableEnded || stream.destroyed).toBe(true);
    expect(await db.invoice.count()).toBe(before);
    expect(await listFiles(rootDir)).toEqual([]);
    expect(await listFiles(tempDir)).toEqual([]);
  });

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
