import { getEnv } from "@/lib/env";
import { extractFieldsFromWords } from "./layout/extract-fields-from-words";
import { chooseOcrEngine } from "./ocr/choose-ocr-engine";
import { readImageWords } from "./ocr/read-image-words";
import { readPdfWords } from "./pdf/read-pdf-words";
import { applyDianQr } from "./qr/apply-dian-qr";
import { readDianQr, type TDianQrReading } from "./qr/read-dian-qr";
import { withScannedPages } from "./read-document-words";
import type { TExtractionResult, TPageWords, TValueSource } from "./schemas";
import { analyzeExpenseBytes } from "./textract/analyze-expense-bytes";
import { createTextractClient } from "./textract/create-textract-client";
import { extractUbl } from "./ubl/extract-ubl";
import { findTechnicalKey } from "./ubl/find-technical-key";
import { applySupplierProfile } from "@/lib/supplier-profiles/apply-supplier-profile";
import type { TSupplierProfile } from "@/lib/supplier-profiles/schemas";

export type ExtractDocumentOptions = {
  bytes: Buffer;
  /** From the upload's magic-byte check (lib/invoices/detect-file-type.ts), never from the file name. */
  sourceType: "XML" | "PDF" | "IMAGE";
  /**
   * The profile of a supplier by NIT (lib/supplier-profiles), when profiles are on: a known supplier's invoice is
   * completed with what reviewers taught about it, from the same page words, before validation decides on review.
   */
  findSupplierProfile?: (nit: string) => Promise<TSupplierProfile | null>;
};

type ReadScanOptions = {
  bytes: Buffer;
  sourceType: "PDF" | "IMAGE";
  pageCount: number;
  /** The local engine's reading of the pages (text-layer pages of a partly scanned PDF keep their text). */
  readPagesLocally: () => Promise<TPageWords[]>;
  localEngines: string[];
  /** Receives the words the local engine read (Textract's are not kept). */
  onPages: (pages: TPageWords[]) => void;
};

/** Cross-checks a reading with the QR code of DIAN's printed representation, when the document has one. */
const withDianQr = async (result: TExtractionResult, qrReading: Promise<TDianQrReading | null>) => {
  const qr = await qrReading;
  if (!qr) return result;
  const source: TValueSource = result.engines.includes("textract")
    ? "textract"
    : result.engines.includes("tesseract")
      ? "ocr"
      : "pdf-text";
  return applyDianQr({ result, qr: qr.content, page: qr.page, bbox: qr.bbox, source });
};

const readScan = async ({ bytes, sourceType, pageCount, readPagesLocally, localEngines, onPages }: ReadScanOptions) => {
  const env = getEnv();
  // Decoded on this thread while the OCR workers read the page, so it costs almost no wall time.
  const qrReading = readDianQr({ bytes, sourceType }).catch(() => null);
  const result = await chooseOcrEngine({
    mode: env.OCR_ENGINE,
    textract: async () => {
      // Synchronous AnalyzeExpense reads images and one-page documents; longer scans are read locally.
      if (sourceType === "PDF" && pageCount > 1) throw new Error("Textract síncrono solo lee documentos de una página");
      return analyzeExpenseBytes({ client: createTextractClient({ region: env.AWS_REGION, endpoint: env.TEXTRACT_ENDPOINT }), bytes, sourceType });
    },
    local: async () => {
      const pages = await readPagesLocally();
      onPages(pages);
      return { ...extractFieldsFromWords({ pages, source: "ocr", sourceType, engines: localEngines }), engines: localEngines };
    },
  });
  return withDianQr(result, qrReading);
};

export type TExtractedDocument = {
  result: TExtractionResult;
  /** The words the result was read from; null for XML and for Textract, whose raw words are not kept. */
  pages: TPageWords[] | null;
};

/** extractDocument without the supplier profile: the generic reading and the page words it came from. */
export const extractDocumentAndWords = async ({ bytes, sourceType }: Pick<ExtractDocumentOptions, "bytes" | "sourceType">): Promise<TExtractedDocument> => {
  const env = getEnv();
  if (sourceType === "XML") {
    const result = await extractUbl({
      xml: bytes,
      technicalKey: (invoiceNumber) => findTechnicalKey({ invoiceNumber, setting: env.DIAN_TECHNICAL_KEYS }),
    });
    return { result, pages: null };
  }
  let pagesRead: TPageWords[] | null = null;
  const onPages = (pages: TPageWords[]) => {
    pagesRead = pages;
  };
  if (sourceType === "IMAGE") {
    const result = await readScan({ bytes, sourceType, pageCount: 1, readPagesLocally: () => readImageWords({ bytes }), localEngines: ["tesseract"], onPages });
    return { result, pages: pagesRead };
  }
  const { pages, pageCount, pagesWithoutText } = await readPdfWords({ bytes, maxPages: env.MAX_PDF_PAGES });
  if (pagesWithoutText.length === 0) {
    const result = extractFieldsFromWords({ pages, source: "pdf-text", sourceType: "PDF", engines: ["pdf-text"] });
    // The text layer usually prints the CUFE; rendering the page for its QR is only worth it when it does not.
    return { result: result.header.cufe ? result : await withDianQr(result, readDianQr({ bytes, sourceType: "PDF" })), pages };
  }
  const localEngines = pagesWithoutText.length < pageCount ? ["pdf-text", "tesseract"] : ["tesseract"];
  const result = await readScan({ bytes, sourceType, pageCount, readPagesLocally: () => withScannedPages({ bytes, pages, pagesWithoutText }), localEngines, onPages });
  return { result, pages: pagesRead };
};

/**
 * One entry point for every format: UBL XML is parsed; a PDF's text layer is read directly; scans (images, and
 * PDF pages without text) go to the configured OCR engine, cross-checked with the QR code of DIAN's printed
 * representation. All produce the same result shape. A supplier with a profile has its invoice completed from it.
 */
export const extractDocument = async ({ bytes, sourceType, findSupplierProfile }: ExtractDocumentOptions): Promise<TExtractionResult> => {
  const { result, pages } = await extractDocumentAndWords({ bytes, sourceType });
  // XML values are signed and certain: there is nothing for a profile to add.
  const nit = sourceType === "XML" ? undefined : result.header.supplierNit?.value;
  const profile = nit && findSupplierProfile ? await findSupplierProfile(nit) : null;
  return profile ? applySupplierProfile({ result, profile, pages }) : result;
};
