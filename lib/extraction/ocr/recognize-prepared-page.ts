import type { TPageWords } from "@/lib/extraction/schemas";
import type { PreparedImagePage } from "./prepare-image-pages";
import type { TesseractPool } from "./tesseract-pool";
import { wordsFromTesseractPage } from "./words-from-tesseract-page";

export type RecognizePreparedPageOptions = {
  pool: TesseractPool;
  prepared: PreparedImagePage;
  /** The page's number and size as the caller reports them (image pixels, or PDF points for rendered pages). */
  page: Pick<TPageWords, "page" | "width" | "height">;
};

/** Reads one prepared page with the pool; boxes come back normalized to the page. */
export const recognizePreparedPage = async ({ pool, prepared, page }: RecognizePreparedPageOptions): Promise<TPageWords> => {
  const result = await pool.recognize({ image: prepared.png });
  return {
    page: page.page,
    width: page.width,
    height: page.height,
    words: wordsFromTesseractPage({ result, imageWidth: prepared.ocrWidth, imageHeight: prepared.ocrHeight }),
  };
};
