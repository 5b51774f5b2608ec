import { createCanvas } from "@napi-rs/canvas";
import { openPdfDocument } from "@/lib/extraction/pdf/open-pdf-document";

/** 250 DPI reads the small print of a DIAN representation (CUFE, 7-pt tables) and stays ~6 MP per A4 page. */
export const OCR_RENDER_DPI = 250;
/** Pixel cap per rendered page: a page declared poster-sized is scaled down rather than rendered at 250 DPI. */
export const MAX_RENDER_PIXELS = 40_000_000;

export type RenderPdfPagesOptions = {
  bytes: Buffer | Uint8Array;
  dpi?: number;
  maxPages?: number;
  maxPixels?: number;
  /** Render only the first N pages (e.g. 1 to look for the QR code of the printed representation). */
  firstPages?: number;
};

export type RenderedPdfPage = {
  page: number;
  /** Page size in PDF points (1/72 in), as the text-layer reader reports it. */
  width: number;
  height: number;
  png: Buffer;
  pixelWidth: number;
  pixelHeight: number;
};

/**
 * Renders every page of a (scanned) PDF to a grayscale-ready PNG for OCR. The page count is checked before any
 * page is rendered; pages render one at a time so memory holds one raster, not the document's.
 */
export const renderPdfPages = async ({
  bytes,
  dpi = OCR_RENDER_DPI,
  maxPages,
  maxPixels = MAX_RENDER_PIXELS,
  firstPages = Number.POSITIVE_INFINITY,
}: RenderPdfPagesOptions): Promise<RenderedPdfPage[]> => {
  // Same safe configuration, page cap and error codes as the text-layer reader.
  const { document, destroy } = await openPdfDocument({ bytes, maxPages });
  try {
    const pages: RenderedPdfPage[] = [];
    for (let number = 1; number <= Math.min(document.numPages, firstPages); number += 1) {
      const page = await document.getPage(number);
      const base = page.getViewport({ scale: 1 });
      const wanted = dpi / 72;
      const capped = Math.sqrt(maxPixels / (base.width * base.height));
      const viewport = page.getViewport({ scale: Math.min(wanted, capped) });
      const pixelWidth = Math.max(1, Math.floor(viewport.width));
      const pixelHeight = Math.max(1, Math.floor(viewport.height));
      const canvas = createCanvas(pixelWidth, pixelHeight);
      const context = canvas.getContext("2d");
      // Scans are often image-only pages with transparent margins; OCR wants ink on white.
      context.fillStyle = "#ffffff";
      context.fillRect(0, 0, pixelWidth, pixelHeight);
      await page.render({
        canvas: canvas as unknown as HTMLCanvasElement,
        viewport,
      }).promise;
      pages.push({
        page: number,
        width: base.width,
        height: base.height,
        png: await canvas.encode("png"),
        pixelWidth,
        pixelHeight,
      });
      page.cleanup();
    }
    return pages;
  } finally {
    await destroy();
  }
};
