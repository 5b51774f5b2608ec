import { mkdtemp, readdir, rm } from "node:fs/promises";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createLocalStorage } from "@/lib/storage/create-local-storage";
import { makeExe, makePdf, makePngBomb } from "@/lib/testing/bad-input-files";
import { ZUploadResponse } from "./schemas";
import { uploadInvoices } from "./upload-invoices";

const MAX_BYTES = 256 * 1024;

const listFiles = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
};

/**
 * The route's lib call behind a real HTTP server: requests are real multipart bodies sent over a socket, so the
 * streaming parser sees what it sees in production (Next hands the same bytes to the route as a stream).
 */
describe("uploadInvoices over HTTP", () => {
  let server: Server;
  let baseUrl: string;
  let rootDir: string;
  let tempDir: string;

  beforeAll(async () => {
    rootDir = await mkdtemp(path.join(os.tmpdir(), "cotejo-upload-objects-"));
    tempDir = await mkdtemp(path.join(os.tmpdir(), "cotejo-upload-temp-"));
    const storage = createLocalStorage({ rootDir });
    const uploader = await db.user.create({
      data: { email: "operador-http@cotejo.test", name: "Operador", role: "OPERATOR" },
      select: { id: true, email: true },
    });
    server = createServer((req, res) => {
      uploadInvoices({ contentType: req.headers["content-type"] ?? "", body: req, uploader, storage, maxBytes: MAX_BYTES, tempDir })
        .then(({ status, body }) => {
          res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
        })
        .catch((error: unknown) => {
          const appError = error instanceof AppError ? error : new AppError("INTERNAL", { message: String(error) });
          res.writeHead(appError.status, { "content-type": "application/json" }).end(JSON.stringify({ error: { code: appError.code } }));
        });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(rootDir, { recursive: true, force: true });
    await rm(tempDir, { recursive: true, force: true });
  });

  const post = async (parts: { field?: string; name: string; bytes: Buffer }[]) => {
    const form = new FormData();
    for (const { field = "files", name, bytes } of parts) form.append(field, new Blob([new Uint8Array(bytes)]), name);
    const response = await fetch(baseUrl, { method: "POST", body: form });
    return { status: response.status, body: (await response.json()) as unknown };
  };

  it("creates one invoice per new file (201) and reports byte-identical files as duplicates (200)", async () => {
    const first = await makePdf("HTTP uno");
    const second = await makePdf("HTTP dos");
    const created = await post([
      { name: "uno.pdf", bytes: first },
      { name: "dos.pdf", bytes: second },
    ]);
    expect(created.status).toBe(201);
    const body = ZUploadResponse.parse(created.body);
    expect(body.files.map((file) => [file.fileName, file.status])).toEqual([
      ["uno.pdf", "created"],
      ["dos.pdf", "created"],
    ]);
    const again = await post([{ name: "uno-otra-vez.pdf", bytes: first }]);
    expect(again.status).toBe(200);
    expect(ZUploadResponse.parse(again.body).files[0]).toEqual({ fileName: "uno-otra-vez.pdf", status: "duplicate", invoiceId: body.files[0]!.invoiceId });
  });

  it.each([
    { label: "spoofed EXE", name: "f.pdf", bytes: () => makeExe(), status: 415, code: "UNSUPPORTED_MEDIA_TYPE" },
    { label: "oversized", name: "g.pdf", bytes: () => Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(3 * MAX_BYTES, 0x20)]), status: 413, code: "FILE_TOO_LARGE" },
    { label: "empty", name: "v.pdf", bytes: () => Buffer.alloc(0), status: 422, code: "EMPTY_FILE" },
    { label: "pixel bomb", name: "b.png", bytes: () => makePngBomb(), status: 422, code: "IMAGE_TOO_LARGE" },
  ])("answers a single rejected $label file with $status and stores nothing", async ({ name, bytes, status, code }) => {
    const before = await db.invoice.count();
    const response = await post([{ name, bytes: bytes() }]);
    expect(response.status).toBe(status);
    expect(ZUploadResponse.parse(response.body).files).toEqual([{ fileName: name, status: "rejected", error: { code, message: expect.any(String) } }]);
    expect(await db.invoice.count()).toBe(before);
    expect(await listFiles(tempDir)).toEqual([]);
  });

  it("keeps going after a too-large file and accepts the file after it in the same request", async () => {
    const good = await makePdf("después del grande");
    const response = await post([
      { name: "grande.pdf", bytes: Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(2 * MAX_BYTES)]) },
      { field: "otro", name: "ignorado.pdf", bytes: await makePdf("campo ignorado") },
      { name: "../../bueno.pdf", bytes: good },
    ]);
    expect(response.status).toBe(201);
    expect(ZUploadResponse.parse(response.body).files.map((file) => [file.fileName, file.status, file.error?.code])).toEqual([
      ["grande.pdf", "rejected", "FILE_TOO_LARGE"],
      ["bueno.pdf", "created", undefined],
    ]);
  });

  it("answers files past the 50th as rejected, one result each, and still stores the first 50", async () => {
    const parts = await Promise.all(Array.from({ length: 52 }, async (_, index) => ({ name: `lote-${index}.pdf`, bytes: await makePdf(`lote ${index}`) })));
    const response = await post(parts);
    expect(response.status).toBe(201);
    const files = ZUploadResponse.parse(response.body).files;
    expect(files).toHaveLength(52);
    expect(files.slice(0, 50).every((file) => file.status === "created")).toBe(true);
    expect(files.slice(50).map((file) => [file.fileName, file.error?.code])).toEqual([
      ["lote-50.pdf", "INVALID_INPUT"],
      ["lote-51.pdf", "INVALID_INPUT"],
    ]);
    expect(await db.invoice.count({ where: { originalFilename: { startsWith: "lote-" } } })).toBe(50);
  });

  it("answers 422 when files were rejected for different reasons", async () => {
    const response = await post([
      { name: "a.pdf", bytes: makeExe() },
      { name: "b.pdf", bytes: Buffer.alloc(0) },
    ]);
    expect(response.status).toBe(422);
  });

  it("refuses a body without files, a non-multipart body and a truncated body", async () => {
    expect((await post([{ field: "otro", name: "x.pdf", bytes: Buffer.from("%PDF") }])).status).toBe(422);
    const json = await fetch(baseUrl, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(json.status).toBe(415);
    const boundary = "----cotejo";
    const truncated = await new Promise<number>((resolve, reject) => {
      const req = request(baseUrl, { method: "POST", headers: { "content-type": `multipart/form-data; boundary=${boundary}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.end(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="a.pdf"\r\n\r\n%PDF-1.7 sin cierre`);
    });
    expect(truncated).toBe(422);
    expect(await listFiles(tempDir)).toEqual([]);
  });

  it("cleans up when the client disconnects in the middle of a file", async () => {
    const boundary = "----cotejo-corte";
    const before = await db.invoice.count();
    await new Promise<void>((resolve) => {
      const req = request(baseUrl, { method: "POST", headers: { "content-type": `multipart/form-data; boundary=${boundary}` } });
      req.on("error", () => resolve());
      req.write(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="a.pdf"\r\n\r\n%PDF-1.7\n`);
      req.write(Buffer.alloc(64 * 1024, 0x20));
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 100);
    });
    await expect.poll(() => listFiles(tempDir), { timeout: 5000 }).toEqual([]);
    expect(await db.invoice.count()).toBe(before);
  });
});
