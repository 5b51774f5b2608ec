import { buffer } from "node:stream/consumers";
import sharp from "sharp";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { MAX_IMAGE_PIXELS } from "@/lib/extraction/ocr/prepare-image-pages";
import { getStorage } from "@/lib/storage/get-storage";
import type { ObjectStorage } from "@/lib/storage/types";

export type RenderInvoiceImagePageOptions = {
  id: string;
  /** 1-based page of the image (a multi-page TIFF has several). */
  page: number;
  storage?: ObjectStorage;
};

/** Browsers show PNG, JPEG and WebP themselves; a long side of 2400 px keeps an A4 scan legible at 300 % zoom. */
const MAX_LONG_SIDE = 2400;

/**
 * One page of a scanned invoice as PNG, for originals a browser cannot display (TIFF). EXIF orientation is applied
 * like the OCR does, so the extraction's boxes land where they were read.
 */
export const renderInvoiceImagePage = async ({ id, page, storage = getStorage() }: RenderInvoiceImagePageOptions): Promise<Buffer> => {
  const notFound = new AppError("NOT_FOUND", { message: "Página no encontrada." });
  if (!z.uuid().safeParse(id).success) throw notFound;
  const invoice = await db.invoice.findUnique({ where: { id }, select: { sourceType: true, storageKey: true, sha256: true } });
  if (!invoice || invoice.sourceType !== "IMAGE") throw notFound;
  const bytes = await buffer(await storage.getObject({ key: invoice.storageKey, sha256: invoice.sha256 }));
  const { pages = 1 } = await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS }).metadata();
  if (page > pages) throw notFound;
  return sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, page: page - 1 })
    .rotate()
    .resize(MAX_LONG_SIDE, MAX_LONG_SIDE, { fit: "inside", withoutEnlargement: true })
    .flatten({ background: "#ffffff" })
    .png()
    .toBuffer();
};
