import type { TPageWords } from "@/lib/extraction/schemas";
import { getTesseractPool } from "./get-tesseract-pool";
import { prepareImagePages } from "./prepare-image-pages";
import { renderPdfPages } from "./render-pdf-pages";
import type { TesseractPool } from "./tesseract-pool";
import { recognizePreparedPage } from "./recognize-prepared-page";

export type ReadScannedPdfWordsOptions = {
  bytes: Buffer | Uint8Array;
  /** Defaults to the process-wide pool. */
  pool?: TesseractPool;
  maxPages?: number;
  dpi?: number;
};

/**
 * OCR of a PDF without a text layer: each page rendered at ~250 DPI, prepared like a scanned image, read by the
 * pool. Width and height are in PDF points, like the text-layer reader's, so the layout extractor sees one scale.
 */
export const readScannedPdfWords = async ({
  bytes,
  pool = getTesseractPool(),
  maxPages,
  dpi,
}: ReadScannedPdfWordsOptions): Promise<TPageWords[]> => {
  const rendered = await renderPdfPages({ bytes, maxPages, dpi });
  return Promise.all(
    rendered.map(async (page) => {
      const [prepared] = await prepareImagePages({ bytes: page.png, maxPages: 1 });
      if (!prepared) throw new Error(`Rendered page ${page.page} produced no image`);
      return recognizePreparedPage({ pool, prepared, page });
    }),
  );
};
