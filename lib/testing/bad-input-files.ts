import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { promisify } from "node:util";
import { crc32, deflateRawSync, gzipSync } from "node:zlib";
import PDFDocument from "pdfkit";
import sharp from "sharp";

const execFileAsync = promisify(execFile);

/** A small real PDF (pdfkit) with some text, so that extraction tests can reuse it too. */
export const makePdf = async (text = "Factura electrónica de venta No. SETP990000001"): Promise<Buffer> => {
  const doc = new PDFDocument({ size: "A4", info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on("end", () => resolve()));
  doc.text(text);
  doc.end();
  await done;
  return Buffer.concat(chunks);
};

export const makePng = (width = 16, height = 16): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: "#ffffff" } }).png().toBuffer();

export const makeJpeg = (): Promise<Buffer> =>
  sharp({ create: { width: 32, height: 32, channels: 3, background: "#336699" } }).jpeg().toBuffer();

const pngChunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData) >>> 0);
  return Buffer.concat([length, typeAndData, crc]);
};

/** A valid PNG header that claims width × height pixels (a decompression bomb needs no more than this). */
export const makePngBomb = (width = 100_000, height = 100_000): Buffer => {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
};

/** A one-entry ZIP archive (stored, no compression). */
export const makeZip = (name = "factura.pdf", content = Buffer.from("%PDF-1.7 dentro del zip")): Buffer => {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt32LE(crc32(content) >>> 0, 14);
  header.writeUInt32LE(content.length, 18);
  header.writeUInt32LE(content.length, 22);
  header.writeUInt16LE(Buffer.byteLength(name), 26);
  return Buffer.concat([header, Buffer.from(name), content]);
};

/** The first bytes of a Windows executable (MZ header pointing at a PE signature). */
export const makeExe = (): Buffer => {
  const bytes = Buffer.alloc(256);
  bytes.write("MZ", 0, "latin1");
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write("PE\0\0", 0x80, "latin1");
  return bytes;
};

/** A PDF of `pages` pages (more than MAX_PDF_PAGES makes TOO_MANY_PAGES). */
export const makeManyPagePdf = async (pages: number): Promise<Buffer> => {
  const doc = new PDFDocument({ size: "A4", info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on("end", () => resolve()));
  for (let page = 1; page <= pages; page += 1) {
    if (page > 1) doc.addPage();
    doc.text(`Página ${page}`);
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
};

/** A real PDF encrypted with AES-256 by qpdf (user password "u"), as a bank or an ERP exports them. */
export const makeEncryptedPdf = async (): Promise<Buffer> => {
  const directory = await mkdtemp(path.join(os.tmpdir(), "cotejo-encrypted-pdf-"));
  try {
    await writeFile(path.join(directory, "plain.pdf"), await makePdf("Factura protegida con contraseña"));
    await execFileAsync("qpdf", ["--encrypt", "u", "o", "256", "--", path.join(directory, "plain.pdf"), path.join(directory, "locked.pdf")]);
    return await readFile(path.join(directory, "locked.pdf"));
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
};

/** A small real JPEG whose frame header (SOF0) is rewritten to claim width × height pixels. */
export const makeJpegClaiming = async (width: number, height: number): Promise<Buffer> => {
  const jpeg = Buffer.from(await makeJpeg());
  const frame = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
  if (frame === -1) throw new Error("The JPEG has no baseline frame header");
  jpeg.writeUInt16BE(height, frame + 5);
  jpeg.writeUInt16BE(width, frame + 7);
  return jpeg;
};

/** A one-entry ZIP whose deflated entry expands to `expandedBytes` zeros (a decompression bomb, ~1000:1). */
export const makeZipBomb = (expandedBytes = 64 * 1024 * 1024): Buffer => {
  const expanded = Buffer.alloc(expandedBytes);
  const compressed = deflateRawSync(expanded, { level: 9 });
  const name = Buffer.from("factura.xml");
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(8, 8); // deflate
  header.writeUInt32LE(crc32(expanded) >>> 0, 14);
  header.writeUInt32LE(compressed.length, 18);
  header.writeUInt32LE(expandedBytes, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name, compressed]);
};

/** A gzip stream of `expandedBytes` zeros: tiny on the wire, huge if anything inflated it. */
export const makeGzipBomb = (expandedBytes = 64 * 1024 * 1024): Buffer => gzipSync(Buffer.alloc(expandedBytes), { level: 9 });

/** Every regular file under a folder, recursively: what an upload left in the object store or its temp folder. */
export const listFiles = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
};

/** `bytes` arriving in several chunks, as over a network. */
export const streamOf = (bytes: Buffer, chunkSize = 16 * 1024) =>
  Readable.from(
    (function* () {
      for (let offset = 0; offset < bytes.length; offset += chunkSize) yield bytes.subarray(offset, offset + chunkSize);
    })(),
  );

/** `totalBytes` of generated content, never held in memory at once. */
export const largeStream = (totalBytes: number, head = Buffer.from("%PDF-1.7\n")) =>
  Readable.from(
    (function* () {
      yield head;
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      for (let sent = head.length; sent < totalBytes; sent += chunk.length) yield chunk.subarray(0, Math.min(chunk.length, totalBytes - sent));
    })(),
  );
