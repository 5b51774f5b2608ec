import { getEnv } from "@/lib/env";
import { readImageWords } from "./ocr/read-image-words";
import { readScannedPdfWords } from "./ocr/read-scanned-pdf-words";
import { readPdfWords } from "./pdf/read-pdf-words";
import type { TPageWords } from "./schemas";

export type WithScannedPagesOptions = { bytes: Buffer; pages: TPageWords[]; pagesWithoutText: number[] };

/** A PDF's pages with local OCR in place of the pages that have no text layer (the others keep their text). */
export const withScannedPages = async ({ bytes, pages, pagesWithoutText }: WithScannedPagesOptions): Promise<TPageWords[]> => {
  if (pagesWithoutText.length === 0) return pages;
  const scanned = await readScannedPdfWords({ bytes, maxPages: getEnv().MAX_PDF_PAGES });
  return pages.map((page) => (pagesWithoutText.includes(page.page) ? (scanned.find((candidate) => candidate.page === page.page) ?? page) : page));
};

export type ReadDocumentWordsOptions = { bytes: Buffer; sourceType: "XML" | "PDF" | "IMAGE" };

/** The positioned words of a document as the local readers see them (text layer, local OCR); null for XML. */
export const readDocumentWords = async ({ bytes, sourceType }: ReadDocumentWordsOptions): Promise<TPageWords[] | null> => {
  if (sourceType === "XML") return null;
  if (sourceType === "IMAGE") return readImageWords({ bytes });
  const { pages, pagesWithoutText } = await readPdfWords({ bytes, maxPages: getEnv().MAX_PDF_PAGES });
  return withScannedPages({ bytes, pages, pagesWithoutText });
};
