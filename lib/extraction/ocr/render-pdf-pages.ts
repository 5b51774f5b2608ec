import { createRequire } from "node:module";
import path from "node:path";
import { createCanvas } from "@napi-rs/canvas";
import { AppError } from "@/lib/errors";

/** 250 DPI reads the small print of a DIAN representation (CUFE, 7-pt tables) and stays ~6 MP per A4 page. */
export const OCR_RENDER_DPI = 250;
export const MAX_PDF_PAGES = 50;
/** Pixel cap per rendered page: a page declared poster-sized is scaled down rather than rendered at 250 DPI. */
export const MAX_RENDER_PIXELS = 40_000_000;

export type RenderPdfPagesOptions = {
  bytes: Buffer | Uint8Array;
  dpi?: number;
  maxPages?: number;
  maxPixels?: number;
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

const require = createRequire(import.meta.url);
const pdfjsRoot = path.dirname(require.resolve("pdfjs-dist/package.json"));
// pdf.js in Node reads these with fs and concatenates file names: the trailing separator matters.
const assetDir = (name: string) => path.join(pdfjsRoot, name) + path.sep;

const pdfError = (error: unknown): AppError => {
  if (error instanceof AppError) return error;
  const name = error instanceof Error ? error.name : "";
  if (name === "PasswordException") {
    return new AppError("PDF_ENCRYPTED", {
      message: "El PDF está protegido con contraseña; pida al proveedor una copia sin cifrar.",
    });
  }
  return new AppError("PDF_CORRUPT", {
    message: "El PDF está dañado o incompleto y no se puede leer; vuelva a descargarlo o escanearlo.",
    details: { cause: error instanceof Error ? error.message : String(error) },
  });
};

/**
 * Renders every page of a (scanned) PDF to a grayscale-ready PNG for OCR. The page count is checked before any
 * page is rendered; pages render one at a time so memory holds one raster, not the document's.
 */
export const renderPdfPages = async ({
  bytes,
  dpi = OCR_RENDER_DPI,
  maxPages = MAX_PDF_PAGES,
  maxPixels = MAX_RENDER_PIXELS,
}: RenderPdfPagesOptions): Promise<RenderedPdfPage[]> => {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const loadingTask = getDocument({
    // pdf.js transfers (detaches) the buffer it is given: hand it a copy, never the caller's bytes.
    data: new Uint8Array(bytes),
    // CVE-2024-4367: never compile font programs into JavaScript.
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    standardFontDataUrl: assetDir("standard_fonts"),
    cMapUrl: assetDir("cmaps"),
    cMapPacked: true,
    // Scanners write JBIG2 and JPEG 2000 images; their decoders are WebAssembly files shipped with pdf.js.
    wasmUrl: assetDir("wasm"),
    verbosity: 0,
  });
  let document: Awaited<typeof loadingTask.promise> | undefined;
  try {
    document = await loadingTask.promise;
    if (document.numPages > maxPages) {
      throw new AppError("TOO_MANY_PAGES", {
        message: `El PDF tiene ${document.numPages} páginas; el máximo es ${maxPages}. Divida el documento.`,
      });
    }
    const pages: RenderedPdfPage[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
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
  } catch (error) {
    throw pdfError(error);
  } finally {
    await (document ? document.destroy() : loadingTask.destroy());
  }
};
