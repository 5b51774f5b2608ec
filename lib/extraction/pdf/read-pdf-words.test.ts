import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { generateCorpusInvoice } from "@/lib/extraction/corpus/generate-corpus-invoice";
import { renderCorpusPdf } from "@/lib/extraction/corpus/render-corpus-pdf";
import { AppError } from "@/lib/errors";
import { ZPageWords } from "@/lib/extraction/schemas";
import { readPdfWords } from "./read-pdf-words";

const makePdf = async (draw: (doc: InstanceType<typeof PDFDocument>) => void): Promise<Buffer> => {
  const doc = new PDFDocument({ size: "LETTER", margin: 0 });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on("end", () => resolve()));
  draw(doc);
  doc.end();
  await done;
  return Buffer.concat(chunks);
};

const codeOf = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
    return "no error";
  } catch (error) {
    return error instanceof AppError ? error.code : `not an AppError: ${String(error)}`;
  }
};

describe("readPdfWords", () => {
  it("reads the text layer of a generated invoice with sane, normalized boxes", async () => {
    const invoice = generateCorpusInvoice({ seed: 3, index: 0 });
    const result = await readPdfWords({ bytes: await renderCorpusPdf({ invoice }) });
    expect(result.pageCount).toBe(1);
    expect(result.pagesWithoutText).toEqual([]);
    const page = ZPageWords.parse(result.pages[0]);
    expect(page.width).toBeCloseTo(612);
    expect(page.height).toBeCloseTo(792);
    for (const word of page.words) {
      expect(word.text.trim()).toBe(word.text);
      expect(word.text).not.toBe("");
      expect(word.bbox.w).toBeGreaterThan(0);
      expect(word.bbox.h).toBeGreaterThan(0.005);
      expect(word.bbox.h).toBeLessThan(0.05);
      expect(word.confidence).toBe(1);
    }
    const texts = page.words.map((word) => word.text);
    expect(texts).toContain("Subtotal");
    expect(texts).toContain(`${invoice.prefix}-${invoice.consecutive}`);
    // The title is near the top, the CUFE near the bottom, and words on one line are ordered left to right.
    const title = page.words.find((word) => word.text === "Factura");
    const cufe = page.words.find((word) => word.text === invoice.cufe);
    expect(title?.bbox.y).toBeLessThan(0.1);
    expect(cufe?.bbox.y).toBeGreaterThan(0.85);
    const factura = page.words.findIndex((word) => word.text === "Factura");
    expect(page.words[factura + 1]?.text).toBe("electrónica");
    expect(page.words[factura + 1]?.bbox.x).toBeGreaterThan((title?.bbox.x ?? 1) + (title?.bbox.w ?? 1) - 0.001);
  });

  it("reports pages without a text layer so they can go to OCR", async () => {
    const bytes = await makePdf((doc) => {
      doc.font("Helvetica").fontSize(12).text("Página con texto", 50, 50);
      doc.addPage();
      doc.rect(50, 50, 300, 200).fill("#333333");
    });
    const result = await readPdfWords({ bytes });
    expect(result.pageCount).toBe(2);
    expect(result.pagesWithoutText).toEqual([2]);
    expect(result.pages[1]?.words).toEqual([]);
    expect(result.pages[0]?.words.map((word) => word.text)).toEqual(["Página", "con", "texto"]);
  });

  it("rejects encrypted, corrupt, truncated and oversized documents with stable codes", async () => {
    const directory = mkdtempSync(path.join(tmpdir(), "pdf-words-"));
    const plain = await makePdf((doc) => doc.font("Helvetica").text("Factura", 50, 50));
    writeFileSync(path.join(directory, "plain.pdf"), plain);
    execFileSync("qpdf", ["--encrypt", "u", "o", "256", "--", path.join(directory, "plain.pdf"), path.join(directory, "locked.pdf")]);
    expect(await codeOf(readPdfWords({ bytes: readFileSync(path.join(directory, "locked.pdf")) }))).toBe("PDF_ENCRYPTED");
    expect(await codeOf(readPdfWords({ bytes: plain.subarray(0, Math.floor(plain.length * 0.6)) }))).toBe("PDF_CORRUPT");
    expect(await codeOf(readPdfWords({ bytes: Buffer.from("%PDF-1.7\n garbage garbage\n%%EOF\n") }))).toBe("PDF_CORRUPT");
    expect(await codeOf(readPdfWords({ bytes: Buffer.from("<html>no soy un PDF</html>") }))).toBe("PDF_CORRUPT");
    const many = await makePdf((doc) => {
      for (let page = 1; page < 51; page += 1) doc.text(`Página ${page}`).addPage();
    });
    expect(await codeOf(readPdfWords({ bytes: many }))).toBe("TOO_MANY_PAGES");
    expect(await codeOf(readPdfWords({ bytes: many, maxPages: 60 }))).toBe("no error");
    expect(await codeOf(readPdfWords({ bytes: plain, maxPages: 1 }))).toBe("no error");
  });
});
