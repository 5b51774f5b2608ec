import { readFileSync } from "node:fs";
import path from "node:path";
import { AnalyzeExpenseCommand, BadDocumentException, TextractClient, ThrottlingException, type AnalyzeExpenseResponse } from "@aws-sdk/client-textract";
import { mockClient } from "aws-sdk-client-mock";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { ZExtractionResult, type TExtractionResult, type TPageWords } from "@/lib/extraction/schemas";
import { analyzeExpenseBytes } from "@/lib/extraction/textract/analyze-expense-bytes";
import { chooseOcrEngine } from "./choose-ocr-engine";
import { readImageWords } from "./read-image-words";
import { createTesseractPool } from "./tesseract-pool";
import { renderTextPage } from "./testing/render-text-page";

const fixture = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "..", "textract", "fixtures", "analyze-expense-factura-fe1234.json"), "utf8"),
) as AnalyzeExpenseResponse;
const textractMock = mockClient(TextractClient);
const client = new TextractClient({ region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" } });
const retry = { maxAttempts: 2, sleep: async () => undefined };
const pool = createTesseractPool({ size: 1 });
afterAll(() => pool.shutdown());
beforeEach(() => textractMock.reset());

const page = renderTextPage({
  lines: [
    { text: "FACTURA ELECTRÓNICA DE VENTA No. FE-1234", xIn: 0.8, yIn: 1.0, sizePt: 12 },
    { text: "Total a pagar $ 1.234.567,89", xIn: 0.8, yIn: 1.4, sizePt: 11 },
  ],
  dpi: 200,
  widthIn: 6,
  heightIn: 2,
});

/**
 * The layout extractor is another module's job; this minimal one turns the word after "No." into the number, so
 * that the local path here is the real OCR end to end.
 */
const numberFromWords = (pages: TPageWords[]): TExtractionResult => {
  const words = pages.flatMap((p) => p.words.map((word) => ({ ...word, page: p.page })));
  const index = words.findIndex((word) => word.text === "No.");
  const numberWord = index >= 0 ? words[index + 1] : undefined;
  const empty = ZExtractionResult.shape.header.parse({
    documentType: null, number: null, issueDate: null, issueTime: null, dueDate: null, currency: null,
    supplierName: null, supplierNit: null, supplierDv: null, customerName: null, customerId: null, customerDv: null,
    subtotal: null, taxExclusiveAmount: null, taxInclusiveAmount: null, allowanceTotal: null, chargeTotal: null,
    prepaidAmount: null, taxes: [], withholdings: [], total: null, cufe: null, paymentMeans: null,
  });
  return {
    sourceType: "IMAGE", engines: [], pageCount: pages.length, cufeCheck: null, dianValidation: null, wrapper: null, warnings: [], lines: [],
    header: {
      ...empty,
      number: numberWord
        ? { value: numberWord.text.replace("-", ""), confidence: numberWord.confidence, source: "ocr", page: numberWord.page, bbox: numberWord.bbox }
        : null,
    },
  };
};

const engines = {
  textract: () => analyzeExpenseBytes({ client, bytes: page.png, sourceType: "IMAGE", retry }),
  local: async () => numberFromWords(await readImageWords({ bytes: page.png, pool })),
};

describe("chooseOcrEngine", () => {
  it("local: reads on this machine and never calls Textract", async () => {
    const result = await chooseOcrEngine({ mode: "local", ...engines });
    expect(result.engines).toEqual(["tesseract"]);
    expect(result.header.number).toMatchObject({ value: "FE1234", source: "ocr", page: 1 });
    expect(textractMock.calls()).toHaveLength(0);
  });

  it("textract: Textract's result, and its failure is the caller's", async () => {
    textractMock.on(AnalyzeExpenseCommand).resolves(fixture);
    const result = await chooseOcrEngine({ mode: "textract", ...engines });
    expect(result.engines).toEqual(["textract"]);
    expect(result.header.number?.source).toBe("textract");

    textractMock.reset();
    textractMock.on(AnalyzeExpenseCommand).rejects(new ThrottlingException({ message: "slow", $metadata: {} }));
    await expect(chooseOcrEngine({ mode: "textract", ...engines })).rejects.toMatchObject({ retriable: true });
  });

  it("auto: uses Textract when it answers", async () => {
    textractMock.on(AnalyzeExpenseCommand).resolves(fixture);
    const result = await chooseOcrEngine({ mode: "auto", ...engines });
    expect(result.engines).toEqual(["textract"]);
    expect(result.warnings.map((warning) => warning.code)).not.toContain("OCR_FALLBACK_LOCAL");
  });

  it("auto: falls back to the local engine when Textract throttles past its retries, and says so", async () => {
    textractMock.on(AnalyzeExpenseCommand).rejects(new ThrottlingException({ message: "slow", $metadata: {} }));
    const result = await chooseOcrEngine({ mode: "auto", ...engines });
    expect(textractMock.commandCalls(AnalyzeExpenseCommand)).toHaveLength(2);
    expect(result.engines).toEqual(["tesseract"]);
    expect(result.header.number).toMatchObject({ value: "FE1234", source: "ocr" });
    expect(result.warnings).toContainEqual({ code: "OCR_FALLBACK_LOCAL", message: expect.stringContaining("ThrottlingException, 2 intento(s)") });
  });

  it("auto: falls back when Textract refuses the document", async () => {
    textractMock.on(AnalyzeExpenseCommand).rejects(new BadDocumentException({ message: "bad", $metadata: {} }));
    const result = await chooseOcrEngine({ mode: "auto", ...engines });
    expect(result.engines).toEqual(["tesseract"]);
    expect(result.warnings.at(-1)?.message).toContain("BadDocumentException");
  });

  it("auto: when both fail, the local engine's error is thrown (it describes the document)", async () => {
    textractMock.on(AnalyzeExpenseCommand).rejects(new BadDocumentException({ message: "bad", $metadata: {} }));
    const error = await chooseOcrEngine({
      mode: "auto",
      textract: engines.textract,
      local: async () => numberFromWords(await readImageWords({ bytes: page.png.subarray(0, 200), pool })),
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("IMAGE_CORRUPT");
  });
});
