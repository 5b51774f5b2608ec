import type { PDFDocumentProxy } from "pdfjs-dist";

/**
 * Opens a PDF with pdf.js in the browser. pdf.js parses in a module worker served from this origin (the bundler
 * emits the worker file), which the page CSP allows; font programs are never compiled to JavaScript
 * (CVE-2024-4367), and no eval is needed, which the CSP would refuse anyway.
 */
export const openBrowserPdf = async (bytes: ArrayBuffer): Promise<PDFDocumentProxy> => {
  const pdfjs = await import("pdfjs-dist");
  // One worker for the whole page: each document gets its own port on it, and destroying a document leaves it up.
  pdfjs.GlobalWorkerOptions.workerPort ??= new Worker(new URL("pdfjs-dist/build/pdf.worker.min.mjs", import.meta.url), {
    type: "module",
  });
  return pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, stopAtErrors: false }).promise;
};
