import QRCode from "qrcode";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { renderCorpusPdf } from "@/lib/extraction/corpus/render-corpus-pdf";
import { generateCorpusInvoice } from "@/lib/extraction/corpus/generate-corpus-invoice";
import { renderCorpusScan } from "@/lib/extraction/corpus/render-corpus-scan";
import { decodeQrCode } from "./decode-qr-code";

const TEXT = "NumFac: SETP990000001\nCUFE: 4f1d0c";

/** A white Letter page at 150 DPI with a QR code whose top-left corner is at (900, 1200). */
const pageWithQr = async () => {
  const qr = await QRCode.toBuffer(TEXT, { width: 300, margin: 0 });
  return sharp({ create: { width: 1275, height: 1650, channels: 3, background: "#ffffff" } })
    .composite([{ input: qr, left: 900, top: 1200 }])
    .png()
    .toBuffer();
};

describe("decodeQrCode", () => {
  it("decodes a QR on a PNG page and says where it is, normalized", async () => {
    const decoded = await decodeQrCode({ image: await pageWithQr() });
    expect(decoded?.text).toBe(TEXT);
    expect(decoded!.bbox.x).toBeCloseTo(900 / 1275, 1);
    expect(decoded!.bbox.y).toBeCloseTo(1200 / 1650, 1);
    expect(decoded!.bbox.w).toBeCloseTo(300 / 1275, 1);
  });

  it("reads TIFF pages and gives the box of an EXIF-rotated photo in the upright page", async () => {
    const page = await pageWithQr();
    const tiff = await decodeQrCode({ image: await sharp(page).tiff().toBuffer() });
    expect(tiff?.text).toBe(TEXT);
    // Stored turned a quarter clockwise, with orientation 8 telling viewers to turn it back.
    const stored = await sharp(page).rotate(90).withMetadata({ orientation: 8 }).jpeg({ quality: 95 }).toBuffer();
    const rotated = await decodeQrCode({ image: stored });
    expect(rotated?.text).toBe(TEXT);
    expect(rotated!.bbox.x).toBeCloseTo(tiff!.bbox.x, 1);
    expect(rotated!.bbox.y).toBeCloseTo(tiff!.bbox.y, 1);
  });

  it("reads the DIAN QR of every scanned corpus invoice, noise and skew included", async () => {
    const texts = [];
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const pdf = await renderCorpusPdf({ invoice: generateCorpusInvoice({ seed, index: 0 }) });
      const scan = await renderCorpusScan({ pdf, seed, dpi: seed % 2 ? 150 : 200 });
      texts.push((await decodeQrCode({ image: scan.bytes }))?.text ?? null);
    }
    expect(texts.every((text) => text?.includes("CUFE"))).toBe(true);
  });

  it("returns null for a page without a QR and refuses rasters past the pixel bound", async () => {
    const blank = await sharp({ create: { width: 800, height: 1000, channels: 3, background: "#ffffff" } }).png().toBuffer();
    expect(await decodeQrCode({ image: blank })).toBeNull();
    const huge = await sharp({ create: { width: 9000, height: 6000, channels: 3, background: "#ffffff" } }).png().toBuffer();
    await expect(decodeQrCode({ image: huge })).rejects.toThrow(/demasiado grande/);
  });
});
