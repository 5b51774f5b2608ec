import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createLocalStorage } from "./create-local-storage";

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

describe("createLocalStorage", () => {
  let rootDir: string;
  beforeEach(async () => {
    rootDir = await mkdtemp(path.join(os.tmpdir(), "cotejo-local-storage-"));
  });
  afterEach(async () => {
    await rm(rootDir, { recursive: true, force: true });
  });

  it("stores by content hash, reads back verified, and a second put of the same bytes is a no-op", async () => {
    const storage = createLocalStorage({ rootDir });
    const bytes = Buffer.from("factura de prueba");
    const hash = sha256(bytes);
    const first = await storage.putObject({
      sha256: hash,
      source: { stream: Readable.from([bytes]) },
      sizeBytes: bytes.length,
      contentType: "text/plain",
    });
    expect(first).toEqual({ key: `sha256/${hash.slice(0, 2)}/${hash.slice(2, 4)}/${hash}`, created: true });
    const second = await storage.putObject({
      sha256: hash,
      source: { stream: Readable.from([bytes]) },
      sizeBytes: bytes.length,
      contentType: "text/plain",
    });
    expect(second.created).toBe(false);
    expect(await text(await storage.getObject({ key: first.key, sha256: hash }))).toBe("factura de prueba");
    expect(await storage.headObject({ key: first.key })).toEqual({ sizeBytes: bytes.length, contentType: null });
    expect(await readdir(path.join(rootDir, "tmp"))).toEqual([]);
    expect(await storage.createDownloadUrl({ key: first.key, fileName: "x.pdf", contentType: "application/pdf" })).toBeNull();
  });

  it("refuses bytes whose hash differs from the one announced and leaves nothing behind", async () => {
    const storage = createLocalStorage({ rootDir });
    const bytes = Buffer.from("contenido real");
    const wrongHash = sha256(Buffer.from("otro contenido"));
    await expect(
      storage.putObject({ sha256: wrongHash, source: { stream: Readable.from([bytes]) }, sizeBytes: bytes.length, contentType: "text/plain" }),
    ).rejects.toMatchObject({ code: "STORAGE_CHECKSUM_MISMATCH" });
    expect(await storage.headObject({ key: `sha256/${wrongHash.slice(0, 2)}/${wrongHash.slice(2, 4)}/${wrongHash}` })).toBeNull();
    expect(await readdir(path.join(rootDir, "tmp"))).toEqual([]);
  });

  it("detects an object corrupted on disk when it is read", async () => {
    const storage = createLocalStorage({ rootDir });
    const source = path.join(rootDir, "source.bin");
    const bytes = Buffer.from("bytes originales de la factura");
    await writeFile(source, bytes);
    const { key } = await storage.putObject({ sha256: sha256(bytes), source: { filePath: source }, sizeBytes: bytes.length, contentType: "application/pdf" });
    await writeFile(path.join(rootDir, key), "bytes alterados en el disco!!!");
    const error: unknown = await storage.getObject({ key, sha256: sha256(bytes) }).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "STORAGE_CHECKSUM_MISMATCH", status: 500 });
    expect((await readFile(path.join(rootDir, key))).toString()).toBe("bytes alterados en el disco!!!");
  });

  it("answers NOT_FOUND for missing objects and for keys it did not produce", async () => {
    const storage = createLocalStorage({ rootDir });
    const hash = sha256(Buffer.from("nada"));
    const key = `sha256/${hash.slice(0, 2)}/${hash.slice(2, 4)}/${hash}`;
    await expect(storage.getObject({ key, sha256: hash })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(storage.getObject({ key: "../../etc/passwd", sha256: hash })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(storage.headObject({ key: "sha256/00/00/../../x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("reports health for a writable folder and not for an unusable one", async () => {
    expect(await createLocalStorage({ rootDir }).checkHealth()).toEqual({ ok: true, driver: "local" });
    const fileInTheWay = path.join(rootDir, "a-file");
    await writeFile(fileInTheWay, "x");
    expect((await createLocalStorage({ rootDir: fileInTheWay }).checkHealth()).ok).toBe(false);
  });
});
