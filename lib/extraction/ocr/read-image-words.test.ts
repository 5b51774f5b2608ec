import { crc32 } from "node:zlib";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { ZPageWords, type TBoundingBox } from "@/lib/extraction/schemas";
import { readImageWords } from "./read-image-words";
import { createTesseractPool } from "./tesseract-pool";
import { renderTextPage } from "./testing/render-text-page";

const pool = createTesseractPool({ size: 1 });
afterAll(() => pool.shutdown());

const invoiceLines = [
  { text: "FACTURA ELECTRÓNICA DE VENTA No. FE-1234", xIn: 0.8, yIn: 1.0, sizePt: 12 },
  { text: "NIT 900.373.115-3", xIn: 0.8, yIn: 1.4, sizePt: 11 },
  { text: "Total a pagar $ 1.234.567,89", xIn: 0.8, yIn: 1.8, sizePt: 11 },
];

const near = (actual: TBoundingBox, expected: TBoundingBox, tolerance: number) => {
  expect(Math.abs(actual.x - expected.x)).toBeLessThan(tolerance);
  expect(Math.abs(actual.y - expected.y)).toBeLessThan(tolerance);
  expect(Math.abs(actual.x + actual.w - (expected.x + expected.w))).toBeLessThan(tolerance);
  expect(Math.abs(actual.y + actual.h - (expected.y + expected.h))).toBeLessThan(tolerance);
};

const expectAppError = async (promise: Promise<unknown>, code: string) => {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
};

describe("readImageWords", () => {
  it("reads a 200 DPI Spanish invoice with the words where they were drawn", async () => {
    const page = renderTextPage({ lines: invoiceLines, dpi: 200 });
    const [result, ...rest] = await readImageWords({ bytes: page.png, pool });
    expect(rest).toHaveLength(0);
    expect(ZPageWords.parse(result)).toBeTruthy();
    expect(result?.page).toBe(1);
    expect(result?.width).toBe(page.width);
    expect(result?.height).toBe(page.height);
    const read = result?.words ?? [];
    expect(read.map((word) => word.text)).toEqual(page.words.map((word) => word.text));
    // Half a character at 11 pt / 200 DPI is ~0.005 of the page width.
    page.words.forEach((drawn, index) => near(read[index]!.bbox, drawn.bbox, 0.006));
    for (const word of read) expect(word.confidence).toBeGreaterThan(0.7);
  });

  it("applies the EXIF orientation, so boxes refer to the page as a person sees it", async () => {
    const page = renderTextPage({ lines: invoiceLines, dpi: 200 });
    // Stored rotated 90° clockwise with orientation 8 ("rotate 270° to view"): viewers show it upright.
    const stored = await sharp(page.png).rotate(90).withMetadata({ orientation: 8 }).jpeg({ quality: 92 }).toBuffer();
    const [result] = await readImageWords({ bytes: stored, pool });
    expect(result?.width).toBe(page.width);
    expect(result?.height).toBe(page.height);
    const nit = result?.words.find((word) => word.text === "900.373.115-3");
    const drawn = page.words.find((word) => word.text === "900.373.115-3");
    expect(nit && drawn).toBeTruthy();
    near(nit!.bbox, drawn!.bbox, 0.008);
  });

  it("reads every page of a multi-page TIFF", async () => {
    const first = renderTextPage({ lines: [{ text: "Página uno FE-1001", xIn: 1, yIn: 1, sizePt: 14 }], dpi: 150, widthIn: 5, heightIn: 3 });
    const second = renderTextPage({ lines: [{ text: "Página dos FE-1002", xIn: 1, yIn: 2, sizePt: 14 }], dpi: 150, widthIn: 5, heightIn: 3 });
    const tiff = await sharp([first.png, second.png], { join: { animated: true } }).tiff().toBuffer();
    expect((await sharp(tiff).metadata()).pages).toBe(2);
    const pages = await readImageWords({ bytes: tiff, pool });
    expect(pages.map((page) => page.page)).toEqual([1, 2]);
    expect(pages[0]?.words.map((word) => word.text)).toContain("FE-1001");
    expect(pages[1]?.words.map((word) => word.text)).toContain("FE-1002");
    expect(pages[1]?.height).toBe(first.height);
  });

  it("reads a transparent 16-bit PNG as ink on white paper", async () => {
    const page = renderTextPage({ lines: invoiceLines, dpi: 200, widthIn: 5, heightIn: 2.2 });
    // Black text on a fully transparent background: a naive grayscale would make the whole page black.
    const { data, info } = await sharp(page.png).greyscale().raw().toBuffer({ resolveWithObject: true });
    const rgba = Buffer.alloc(info.width * info.height * 4);
    for (let i = 0; i < info.width * info.height; i += 1) rgba[i * 4 + 3] = 255 - data[i]!;
    const transparent = await sharp(rgba, { raw: { width: info.width, height: info.height, channels: 4 } })
      .png()
      .toColourspace("rgb16")
      .toBuffer();
    expect((await sharp(transparent).metadata()).depth).toBe("ushort");
    const [result] = await readImageWords({ bytes: transparent, pool });
    expect(result?.words.map((word) => word.text)).toEqual(page.words.map((word) => word.text));
  });

  it("rejects an image bomb from its header, before decoding", async () => {
    // A valid PNG header declaring 60000 × 60000 pixels (3.6 GP) over a few bytes of data.
    const bomb = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#ffffff" } }).png().toBuffer();
    bomb.writeUInt32BE(60_000, 16);
    bomb.writeUInt32BE(60_000, 20);
    // Keep the IHDR chunk's CRC valid, so that only the size gives the bomb away.
    bomb.writeUInt32BE(crc32(bomb.subarray(12, 29)), 29);
    await expectAppError(readImageWords({ bytes: bomb, pool }), "IMAGE_TOO_LARGE");
  });

  it("rejects a real image above the pixel cap", async () => {
    const big = await sharp({ create: { width: 4000, height: 4000, channels: 3, background: "#ffffff" } }).png().toBuffer();
    await expectAppError(readImageWords({ bytes: big, pool, maxPixels: 10_000_000 }), "IMAGE_TOO_LARGE");
  });

  it("rejects a truncated PNG as corrupt", async () => {
    const page = renderTextPage({ lines: invoiceLines, dpi: 100 });
    await expectAppError(readImageWords({ bytes: page.png.subarray(0, Math.floor(page.png.length / 2)), pool }), "IMAGE_CORRUPT");
  });

  it("rejects bytes that are no image", async () => {
    await expectAppError(readImageWords({ bytes: Buffer.from("%PDF-1.7 not an image at all"), pool }), "IMAGE_CORRUPT");
  });
});
