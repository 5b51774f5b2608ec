import { Util } from "pdfjs-dist/legacy/build/pdf.mjs";
import { AppError } from "@/lib/errors";
import type { TPageWords } from "@/lib/extraction/schemas";
import { DEFAULT_PDF_TIMEOUT_MS, openPdfDocument } from "./open-pdf-document";
import { textItemsToWords, type TGlyphRun } from "./text-items-to-words";

export type ReadPdfWordsOptions = { bytes: Uint8Array; maxPages?: number; timeoutMs?: number };

export type TPdfWords = {
  pageCount: number;
  /** One entry per page, in order; a page without a text layer has no words. */
  pages: TPageWords[];
  /** 1-based pages with no text layer (scanned): the pipeline must send these to OCR. */
  pagesWithoutText: number[];
};

type TTextItem = { str: string; transform: number[]; width: number; height: number };

const isTextItem = (item: unknown): item is TTextItem =>
  typeof item === "object" && item !== null && "str" in item && "transform" in item;

/** Words with boxes from a PDF's text layer, every page normalized to 0..1 from its top-left corner. */
export const readPdfWords = async ({ bytes, maxPages, timeoutMs = DEFAULT_PDF_TIMEOUT_MS }: ReadPdfWordsOptions): Promise<TPdfWords> => {
  const deadline = Date.now() + timeoutMs;
  const { document, destroy } = await openPdfDocument({ bytes, maxPages, timeoutMs });
  try {
    const pages: TPageWords[] = [];
    const pagesWithoutText: number[] = [];
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber += 1) {
      if (Date.now() > deadline) {
        throw new AppError("PDF_CORRUPT", { message: `El PDF tardó más de ${timeoutMs} ms en leerse; puede estar dañado o ser malicioso.`, details: { reason: "timeout", page: pageNumber } });
      }
      const page = await document.getPage(pageNumber);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs: TGlyphRun[] = [];
      for (const item of content.items) {
        if (!isTextItem(item) || item.str.trim().length === 0) continue;
        // Page space → viewport space handles rotated pages and non-zero MediaBox origins in one step.
        const [a, b, c, d, e, f] = Util.transform(viewport.transform, item.transform) as number[];
        const fontSize = Math.hypot(c ?? 0, d ?? 0) || item.height;
        const scaleX = Math.hypot(a ?? 0, b ?? 0) / (Math.hypot(item.transform[0] ?? 0, item.transform[1] ?? 0) || 1);
        runs.push({ text: item.str, x: e ?? 0, baseline: f ?? 0, width: item.width * scaleX, fontSize });
      }
      const words = textItemsToWords({ runs, pageWidth: viewport.width, pageHeight: viewport.height });
      if (words.length === 0) pagesWithoutText.push(pageNumber);
      pages.push({ page: pageNumber, width: viewport.width, height: viewport.height, words });
      page.cleanup();
    }
    return { pageCount: document.numPages, pages, pagesWithoutText };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("PDF_CORRUPT", { message: "El PDF está dañado y no se puede leer. Vuelva a descargarlo o solicítelo al emisor.", details: { reason: error instanceof Error ? error.message : String(error) } });
  } finally {
    await destroy();
  }
};
