import { randomUUID } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createLocalStorage } from "@/lib/storage/create-local-storage";
import { createS3Storage } from "@/lib/storage/create-s3-storage";
import { makePdf, makePng } from "@/lib/testing/bad-input-files";
import { S3RVER_CREDENTIALS, startS3rver, type RunningS3rver } from "@/lib/testing/start-s3rver";
import { getInvoiceFile } from "./get-invoice-file";
import { ingestUpload } from "./ingest-upload";

describe("getInvoiceFile", () => {
  let rootDir: string;
  let tempDir: string;
  let s3rver: RunningS3rver;
  let uploader: { id: string; email: string };

  beforeAll(async () => {
    rootDir = await mkdtemp(path.join(os.tmpdir(), "cotejo-file-objects-"));
    tempDir = await mkdtemp(path.join(os.tmpdir(), "cotejo-file-temp-"));
    s3rver = await startS3rver({ bucket: "cotejo-file-test" });
    uploader = await db.user.create({ data: { email: "lector@cotejo.test", name: "Lector", role: "OPERATOR" }, select: { id: true, email: true } });
  });
  afterAll(async () => {
    await s3rver?.stop();
    await rm(rootDir, { recursive: true, force: true });
    await rm(tempDir, { recursive: true, force: true });
  });

  it("streams the original from the local store under a fixed name and detects corruption", async () => {
    const storage = createLocalStorage({ rootDir });
    const png = await makePng(40, 30);
    const { id } = await ingestUpload({ stream: Readable.from([png]), fileName: "../../malicioso\u202Egnp.exe", uploader, storage, tempDir });
    const file = await getInvoiceFile({ id, storage });
    if (file.kind !== "stream") throw new Error("expected a stream");
    expect(file).toMatchObject({ mimeType: "image/png", fileName: `factura-${id}.png`, sizeBytes: png.length });
    expect(Buffer.compare(await buffer(file.stream), png)).toBe(0);

    const { storageKey } = await db.invoice.findUniqueOrThrow({ where: { id } });
    await writeFile(path.join(rootDir, storageKey), Buffer.alloc(png.length, 1));
    // Refused before any byte is sent, so the route answers 500 instead of a 200 with wrong content.
    await expect(getInvoiceFile({ id, storage })).rejects.toMatchObject({ code: "STORAGE_CHECKSUM_MISMATCH" });
  });

  it("redirects to a presigned S3 URL that serves the bytes", async () => {
    const storage = createS3Storage({ bucket: s3rver.bucket, region: "us-east-1", endpoint: s3rver.endpoint, credentials: S3RVER_CREDENTIALS });
    const pdf = await makePdf("descarga desde s3");
    const { id } = await ingestUpload({ stream: Readable.from([pdf]), fileName: "f.pdf", uploader, storage, tempDir });
    const file = await getInvoiceFile({ id, storage });
    if (file.kind !== "redirect") throw new Error("expected a redirect");
    const response = await fetch(file.url);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="factura-${id}.pdf"`);
    expect(Buffer.compare(Buffer.from(await response.arrayBuffer()), pdf)).toBe(0);

    // The document viewer's request: the same bytes streamed through the app, never a redirect to another origin.
    const inline = await getInvoiceFile({ id, storage, inline: true });
    if (inline.kind !== "stream") throw new Error("expected a stream");
    expect(inline).toMatchObject({ mimeType: "application/pdf", sizeBytes: pdf.length });
    expect(Buffer.compare(await buffer(inline.stream), pdf)).toBe(0);
  });

  it("answers NOT_FOUND for unknown and malformed ids", async () => {
    const storage = createLocalStorage({ rootDir });
    await expect(getInvoiceFile({ id: randomUUID(), storage })).rejects.toMatchObject({ code: "NOT_FOUND", status: 404 });
    await expect(getInvoiceFile({ id: "../../etc/passwd", storage })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
