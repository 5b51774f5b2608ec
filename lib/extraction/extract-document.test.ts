import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { generateCorpusInvoice } from "./corpus/generate-corpus-invoice";
import { renderCorpusPdf } from "./corpus/render-corpus-pdf";
import { renderCorpusScan } from "./corpus/render-corpus-scan";
import { extractDocument } from "./extract-document";
import { getTesseractPool } from "./ocr/get-tesseract-pool";

const invoice = generateCorpusInvoice({ seed: 11, index: 0 });
let pdf: Buffer;

beforeAll(async () => {
  process.env.DIAN_TECHNICAL_KEYS = "SETP=fc8eac422eba16e22ffd8c6f94b3f40a6e38162c";
  process.env.OCR_ENGINE = "local";
  pdf = await renderCorpusPdf({ invoice });
  return () => getTesseractPool().shutdown();
});

describe("extractDocument", () => {
  test("UBL XML is parsed and its CUFE verified with the configured key of its range", async () => {
    const xml = readFileSync(path.resolve("lib/extraction/ubl/fixtures/dian/Consumidor_Final.xml"));
    const result = await extractDocument({ bytes: xml, sourceType: "XML" });
    expect(result.engines).toEqual(["xml"]);
    expect(result.header.number?.value).toBe("SETP990058987");
    expect(result.cufeCheck?.status).toBe("verified");
  });

  test("a digital PDF is read from its text layer, with pages and boxes", async () => {
    const result = await extractDocument({ bytes: pdf, sourceType: "PDF" });
    expect(result.engines).toEqual(["pdf-text"]);
    expect(result.header.number?.value).toBe(invoice.number);
    expect(result.header.issueDate?.value).toBe(invoice.issueDate);
    expect(result.header.number?.page).toBe(1);
    expect(result.header.number?.bbox).not.toBeNull();
  });

  test("a scanned image goes through the local OCR engine into the same shape", async () => {
    const scan = await renderCorpusScan({ pdf, seed: 3, dpi: 200 });
    const result = await extractDocument({ bytes: scan.bytes, sourceType: "IMAGE" });
    expect(result.engines).toEqual(["tesseract"]);
    expect(result.sourceType).toBe("IMAGE");
    expect(result.header.number?.value).toBe(invoice.number);
    expect(result.header.number?.source).toBe("ocr");
    // The QR code of the printed representation confirms the number and supplies the CUFE OCR cannot read.
    expect(result.header.number?.confidence).toBe(0.99);
    expect(result.header.cufe).toMatchObject({ value: invoice.cufe, page: 1 });
    expect(result.header.cufe?.bbox?.x).toBeGreaterThan(0.7);
  }, 120_000);
});
