import path from "node:path";
import { getDocument, type PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { resolveInstalledPackage } from "@/lib/runtime/resolve-installed-package";

export type OpenPdfDocumentOptions = {
  bytes: Uint8Array;
  maxPages?: number;
  timeoutMs?: number;
};

export type TOpenedPdf = { document: PDFDocumentProxy; destroy: () => Promise<void> };

export const DEFAULT_PDF_TIMEOUT_MS = 20_000;

/** pdf.js's folder, resolved when a PDF is first opened (resolving at import time breaks the bundled app). */
const pdfjsRoot = () => {
  const packageJson = resolveInstalledPackage("pdfjs-dist/package.json");
  if (!packageJson) throw new Error("pdfjs-dist is not installed");
  return path.dirname(packageJson);
};
// pdf.js in Node reads these with fs and concatenates file names: the trailing separator matters.
const assetDir = (name: string) => path.join(pdfjsRoot(), name) + path.sep;

const containsAscii = (bytes: Uint8Array, needle: string): boolean =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle, 0, "latin1");

/**
 * Opens a PDF for reading with pdfjs in its safest Node configuration (no eval of font programs, no font faces, no
 * separate worker) and turns pdfjs's failures into the stable upload codes. The caller must call `destroy`.
 */
export const openPdfDocument = async ({ bytes, maxPages = getEnv().MAX_PDF_PAGES, timeoutMs = DEFAULT_PDF_TIMEOUT_MS }: OpenPdfDocumentOptions): Promise<TOpenedPdf> => {
  if (!containsAscii(bytes.subarray(0, 1024), "%PDF-")) {
    throw new AppError("PDF_CORRUPT", { message: "El archivo no es un PDF válido: falta la cabecera %PDF. Solicite al emisor el archivo original." });
  }
  // pdfjs silently rebuilds truncated files from whatever objects survive; a missing end marker means bytes were
  // lost in transit, and reading half an invoice is worse than asking for the file again.
  if (!containsAscii(bytes.subarray(Math.max(0, bytes.byteLength - 2048)), "%%EOF")) {
    throw new AppError("PDF_CORRUPT", { message: "El PDF está incompleto o dañado (no termina en %%EOF). Vuelva a descargarlo o solicítelo al emisor." });
  }
  // pdfjs transfers (detaches) the buffer it is given; copy so the caller's bytes stay usable.
  const task = getDocument({
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
    stopAtErrors: true,
    verbosity: 0,
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AppError("PDF_CORRUPT", { message: `El PDF tardó más de ${timeoutMs} ms en abrirse; puede estar dañado o ser malicioso.`, details: { reason: "timeout" } })), timeoutMs);
  });
  try {
    const document = await Promise.race([task.promise, timeout]);
    if (document.numPages > maxPages) {
      await task.destroy();
      throw new AppError("TOO_MANY_PAGES", { message: `El PDF tiene ${document.numPages} páginas; el máximo es ${maxPages}. Divida el documento y cárguelo por partes.`, details: { pages: document.numPages, maxPages } });
    }
    return { document, destroy: () => task.destroy() };
  } catch (error) {
    if (error instanceof AppError) {
      await task.destroy();
      throw error;
    }
    await task.destroy();
    const name = error instanceof Error ? error.name : "";
    if (name === "PasswordException") {
      throw new AppError("PDF_ENCRYPTED", { message: "El PDF está protegido con contraseña. Solicite al emisor una copia sin cifrar." });
    }
    throw new AppError("PDF_CORRUPT", { message: "El PDF está dañado y no se puede leer. Vuelva a descargarlo o solicítelo al emisor.", details: { reason: error instanceof Error ? error.message : String(error) } });
  } finally {
    clearTimeout(timer);
  }
};
