import jsQR from "jsqr";
import sharp from "sharp";
import type { TBoundingBox } from "@/lib/extraction/schemas";

export type TDecodedQr = { text: string; bbox: TBoundingBox };

/**
 * A QR's modules are only a few pixels wide on a 200 DPI scan, and downscaling blurs them past reading; cap only
 * very large rasters (a 300 DPI Letter page is 2550 px wide).
 */
const MAX_DECODE_WIDTH = 2600;

/**
 * Finds and decodes a QR code on a page image (PNG, JPEG, TIFF, WebP), returning its text and where it sits on
 * the page (normalized). Null when there is none or it cannot be read.
 */
export const decodeQrCode = async ({ image }: { image: Buffer }): Promise<TDecodedQr | null> => {
  const { data, info } = await sharp(image, { limitInputPixels: 50_000_000 })
    .rotate()
    .resize({ width: MAX_DECODE_WIDTH, withoutEnlargement: true })
    // jsQR wants RGBA: greyscale scans would otherwise come out with two channels.
    .toColourspace("srgb")
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const found = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height, {
    // Printed QR codes are dark on light; skipping the inverted pass halves the time.
    inversionAttempts: "dontInvert",
  });
  if (!found?.data) return null;
  const xs = [found.location.topLeftCorner.x, found.location.topRightCorner.x, found.location.bottomLeftCorner.x, found.location.bottomRightCorner.x];
  const ys = [found.location.topLeftCorner.y, found.location.topRightCorner.y, found.location.bottomLeftCorner.y, found.location.bottomRightCorner.y];
  const clamp = (value: number) => Math.min(1, Math.max(0, value));
  const x = clamp(Math.min(...xs) / info.width);
  const y = clamp(Math.min(...ys) / info.height);
  return {
    text: found.data,
    bbox: { x, y, w: clamp(Math.max(...xs) / info.width) - x, h: clamp(Math.max(...ys) / info.height) - y },
  };
};
