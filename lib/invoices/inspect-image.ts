import sharp from "sharp";
import { AppError } from "@/lib/errors";

/** About 50 megapixels: a 300 DPI A3 scan fits; decompression bombs do not. */
export const MAX_IMAGE_PIXELS = 50_000_000;

export type InspectImageOptions = { filePath: string; maxPixels?: number };

const tooLarge = (maxPixels: number, details: unknown) =>
  new AppError("IMAGE_TOO_LARGE", {
    message: `La imagen supera ${Math.round(maxPixels / 1_000_000)} megapíxeles; escanéela a 300 DPI o menos y vuelva a subirla.`,
    details,
  });

/**
 * Reads the header first (cheap, rejects pixel bombs before any decoding), then decodes the whole image once
 * under sharp's own pixel limit so that truncated or corrupt images are refused at upload, not in extraction.
 */
export const inspectImage = async ({ filePath, maxPixels = MAX_IMAGE_PIXELS }: InspectImageOptions): Promise<void> => {
  const open = () => sharp(filePath, { limitInputPixels: maxPixels, failOn: "truncated", sequentialRead: true });
  try {
    const { width, height } = await open().metadata();
    if (!width || !height) throw new Error("sin dimensiones");
    if (width * height > maxPixels) throw tooLarge(maxPixels, { width, height });
    await open().stats();
  } catch (error) {
    if (error instanceof AppError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    if (/pixel limit/i.test(reason)) throw tooLarge(maxPixels, { reason });
    throw new AppError("IMAGE_CORRUPT", {
      message: "La imagen está dañada o incompleta y no se puede leer; vuelva a escanearla o a exportarla.",
      details: { reason },
    });
  }
};
