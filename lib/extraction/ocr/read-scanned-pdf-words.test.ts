import PDFDocument from "pdfkit";
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { ZPageWords } from "@/lib/extraction/schemas";
import { readScannedPdfWords } from "./read-scanned-pdf-words";
import { renderPdfPages } from "./render-pdf-pages";
import { createTesseractPool } from "./tesseract-pool";
import { renderTextPage } from "./testing/render-text-page";

const pool = createTesseractPool({ size: 2 });
afterAll(() => pool.shutdown());

const A4 = { width: 595.28, height: 841.89 };

/** An image-only PDF, as a scanner writes it: one full-page raster per page, no text layer. */
const scannedPdf = (pages: Buffer[], options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const document = new PDFDocument({ size: "A4", margin: 0, autoFirstPage: false, ...options });
    const chunks: Buffer[] = [];
    document.on("data", (chunk: Buffer) => chunks.push(chunk));
    document.on("end", () => resolve(Buffer.concat(chunks)));
    document.on("error", reject);
    for (const png of pages) {
      document.addPage();
      document.image(png, 0, 0, { width: A4.width, height: A4.height });
    }
    document.end();
  });

const expectAppError = async (promise: Promise<unknown>, code: string) => {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
};

describe("readScannedPdfWords", () => {
  it("renders each scanned page and reads its words, boxes normalized to the page", async () => {
    const first = renderTextPage({
      lines: [
        { text: "FACTURA ELECTRÓNICA DE VENTA No. FE-1234", xIn: 0.8, yIn: 1.0, sizePt: 12 },
        { text: "NIT 900.373.115-3", xIn: 0.8, yIn: 1.4, sizePt: 11 },
      ],
      dpi: 200,
    });
    const second = renderTextPage({ lines: [{ text: "Total a pagar $ 1.234.567,89", xIn: 4, yIn: 9, sizePt: 11 }], dpi: 200 });
    const pdf = await scannedPdf([first.png, second.png]);
    const pages = await readScannedPdfWords({ bytes: pdf, pool });
    expect(pages).toHaveLength(2);
    for (const page of pages) ZPageWords.parse(page);
    expect(pages[0]?.width).toBeCloseTo(A4.width, 1);
    expect(pages[0]?.height).toBeCloseTo(A4.height, 1);
    expect(pages[0]?.words.map((word) => word.text)).toEqual(first.words.map((word) => word.text));
    expect(pages[1]?.words.map((word) => word.text)).toEqual(second.words.map((word) => word.text));
    const total = pages[1]?.words.at(-1);
    const drawn = second.words.at(-1);
    expect(Math.abs(total!.bbox.x - drawn!.bbox.x)).toBeLessThan(0.008);
    expect(Math.abs(total!.bbox.y - drawn!.bbox.y)).toBeLessThan(0.008);
  });

  it("renders at ~250 DPI", async () => {
    const pdf = await scannedPdf([renderTextPage({ lines: [], dpi: 50 }).png]);
    const [page] = await renderPdfPages({ bytes: pdf });
    expect(page?.pixelWidth).toBe(Math.floor((A4.width / 72) * 250));
    expect(page?.png.subarray(1, 4).toString("latin1")).toBe("PNG");
  });

  it("rejects a truncated PDF as corrupt", async () => {
    const pdf = await scannedPdf([renderTextPage({ lines: [], dpi: 50 }).png]);
    await expectAppError(readScannedPdfWords({ bytes: pdf.subarray(0, 400), pool }), "PDF_CORRUPT");
    await expectAppError(readScannedPdfWords({ bytes: Buffer.from("%PDF-1.7\n%%EOF"), pool }), "PDF_CORRUPT");
  });

  it("rejects a password-protected PDF", async () => {
    const pdf = await scannedPdf([renderTextPage({ lines: [], dpi: 50 }).png], { userPassword: "secreto", pdfVersion: "1.7" });
    await expectAppError(readScannedPdfWords({ bytes: pdf, pool }), "PDF_ENCRYPTED");
  });

  it("refuses a PDF with more pages than the cap before rendering any", async () => {
    const blank = renderTextPage({ lines: [], dpi: 20 }).png;
    const pdf = await scannedPdf(Array.from({ length: 6 }, () => blank));
    await expectAppError(readScannedPdfWords({ bytes: pdf, pool, maxPages: 5 }), "TOO_MANY_PAGES");
  });
});
