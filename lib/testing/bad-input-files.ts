import { crc32 } from "node:zlib";
import PDFDocument from "pdfkit";
import sharp from "sharp";

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
