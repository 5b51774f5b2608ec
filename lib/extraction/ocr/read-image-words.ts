import type { TPageWords } from "@/lib/extraction/schemas";
import { getTesseractPool } from "./get-tesseract-pool";
import { prepareImagePages } from "./prepare-image-pages";
import type { TesseractPool } from "./tesseract-pool";
import { recognizePreparedPage } from "./recognize-prepared-page";

export type ReadImageWordsOptions = {
  /** PNG, JPEG, TIFF (multi-page too) or WebP bytes. */
  bytes: Buffer;
  /** Defaults to the process-wide pool. */
  pool?: TesseractPool;
  maxPixels?: number;
  maxPages?: number;
};

/** OCR of a scanned image: one entry per page, words with boxes normalized to the (EXIF-oriented) page. */
export const readImageWords = async ({
  bytes,
  pool = getTesseractPool(),
  maxPixels,
  maxPages,
}: ReadImageWordsOptions): Promise<TPageWords[]> => {
  const pages = await prepareImagePages({ bytes, maxPixels, maxPages });
  // All pages are queued at once, so a multi-page TIFF uses every worker.
  return Promise.all(
    pages.map((prepared) => recognizePreparedPage({ pool, prepared, page: prepared })),
  );
};
