import { readFile } from "node:fs/promises";
import sharp from "sharp";
import { prepareZXingModule, readBarcodes, type ReaderOptions } from "zxing-wasm/reader";
import type { TBoundingBox } from "@/lib/extraction/schemas";
import { resolveInstalledPackage } from "@/lib/runtime/resolve-installed-package";

export type TDecodedQr = { text: string; bbox: TBoundingBox };

/** The same bound the OCR path puts on a page: a bigger raster is refused before it is decoded. */
const MAX_INPUT_PIXELS = 50_000_000;

/**
 * A QR's modules are only a few pixels wide on a 200 DPI scan, and downscaling blurs them past reading; cap only
 * very large rasters (a 300 DPI Letter page is 2550 px wide).
 */
const MAX_DECODE_WIDTH = 2600;

/** Formats ZXing's own image reader decodes straight from the file, without a trip through sharp. */
const FORMATS_READ_DIRECTLY = new Set(["png", "jpeg"]);

const READER_OPTIONS: ReaderOptions = {
  formats: ["QRCode"],
  maxNumberOfSymbols: 1,
  // Printed QR codes are dark on light: the inverted pass would only double the time of a page without one.
  tryInvert: false,
};

let zxingReady: Promise<unknown> | null = null;

/**
 * Loads ZXing's WebAssembly from the installed package: its default fetches it from a CDN, which a production
 * worker must not depend on (and cannot reach here).
 */
const prepareZxing = () => {
  zxingReady ??= (async () => {
    const wasmPath = resolveInstalledPackage("zxing-wasm/reader/zxing_reader.wasm");
    if (!wasmPath) throw new Error("zxing-wasm no está instalado");
    const wasm = await readFile(wasmPath);
    await prepareZXingModule({
      overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer },
      fireImmediately: true,
    });
  })().catch((error: unknown) => {
    zxingReady = null;
    throw error;
  });
  return zxingReady;
};

/**
 * The page as ZXing should read it. PNG and JPEG scans in their stored orientation go as they are (ZXing decodes
 * them itself, twice as fast as converting them first); rotated (EXIF), oversized, TIFF and WebP pages are turned
 * upright and converted to RGBA by sharp, so the box found is where the operator sees the code.
 */
const toDecodableImage = async (image: Buffer) => {
  const metadata = await sharp(image).metadata();
  const width = metadata.autoOrient?.width ?? metadata.width;
  const height = metadata.autoOrient?.height ?? metadata.height;
  if (!width || !height) throw new Error("Imagen sin dimensiones");
  if (width * height > MAX_INPUT_PIXELS) throw new Error("Imagen demasiado grande para leer el código QR");
  if (FORMATS_READ_DIRECTLY.has(metadata.format) && (metadata.orientation ?? 1) === 1 && width <= MAX_DECODE_WIDTH) {
    return { input: new Uint8Array(image.buffer, image.byteOffset, image.byteLength), width, height };
  }
  const { data, info } = await sharp(image, { limitInputPixels: MAX_INPUT_PIXELS })
    .rotate()
    .resize({ width: MAX_DECODE_WIDTH, withoutEnlargement: true })
    // ZXing reads RGBA: greyscale scans would otherwise come out with one or two channels.
    .toColourspace("srgb")
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const pixels = new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength);
  // Shaped like the DOM's ImageData, which ZXing reads as RGBA pixels (there is no ImageData class in Node).
  const imageData = { data: pixels, width: info.width, height: info.height, colorSpace: "srgb" as const };
  return { input: imageData, width: info.width, height: info.height };
};

/**
 * Finds and decodes a QR code on a page image (PNG, JPEG, TIFF, WebP) with ZXing-C++, returning its text and where
 * it sits on the page (normalized). Null when there is none or it cannot be read.
 */
export const decodeQrCode = async ({ image }: { image: Buffer }): Promise<TDecodedQr | null> => {
  const [{ input, width, height }] = await Promise.all([toDecodableImage(image), prepareZxing()]);
  const [found] = await readBarcodes(input, READER_OPTIONS);
  if (!found?.isValid || !found.text) return null;
  const corners = [found.position.topLeft, found.position.topRight, found.position.bottomLeft, found.position.bottomRight];
  const xs = corners.map((corner) => corner.x);
  const ys = corners.map((corner) => corner.y);
  const clamp = (value: number) => Math.min(1, Math.max(0, value));
  const x = clamp(Math.min(...xs) / width);
  const y = clamp(Math.min(...ys) / height);
  return {
    text: found.text,
    bbox: { x, y, w: clamp(Math.max(...xs) / width) - x, h: clamp(Math.max(...ys) / height) - y },
  };
};
