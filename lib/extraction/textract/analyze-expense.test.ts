import { readFileSync } from "node:fs";
import path from "node:path";
import {
  AnalyzeExpenseCommand,
  BadDocumentException,
  GetExpenseAnalysisCommand,
  InternalServerError,
  ProvisionedThroughputExceededException,
  StartExpenseAnalysisCommand,
  TextractClient,
  ThrottlingException,
  UnsupportedDocumentException,
  type AnalyzeExpenseResponse,
  type ExpenseDocument,
} from "@aws-sdk/client-textract";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ZExtractionResult } from "@/lib/extraction/schemas";
import { analyzeExpenseBytes } from "./analyze-expense-bytes";
import { analyzeExpenseS3 } from "./analyze-expense-s3";
import { TextractError } from "./textract-error";

const fixture = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "fixtures", "analyze-expense-factura-fe1234.json"), "utf8"),
) as AnalyzeExpenseResponse;
const invoice = fixture.ExpenseDocuments![0]!;

const textract = mockClient(TextractClient);
const client = new TextractClient({ region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" } });
const sleeps: number[] = [];
const retry = { sleep: async (ms: number) => void sleeps.push(ms), random: () => 0.5 };
const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
const meta = { $metadata: {} };

beforeEach(() => {
  textract.reset();
  sleeps.length = 0;
});
afterEach(() => textract.reset());

const throttling = () => new ThrottlingException({ message: "Rate exceeded", $metadata: { httpStatusCode: 400 } });

describe("analyzeExpenseBytes", () => {
  it("maps the AnalyzeExpense summary fields of a Colombian invoice", async () => {
    textract.on(AnalyzeExpenseCommand).resolves(fixture);
    const result = await analyzeExpenseBytes({ client, bytes, sourceType: "IMAGE", retry });
    expect(ZExtractionResult.parse(result)).toEqual(result);
    expect(textract.commandCalls(AnalyzeExpenseCommand)[0]?.args[0].input).toEqual({ Document: { Bytes: bytes } });
    const { header } = result;
    expect(result).toMatchObject({ sourceType: "IMAGE", engines: ["textract"], pageCount: 1, cufeCheck: null, wrapper: null });
    expect(header.documentType?.value).toBe("INVOICE");
    expect(header.number?.value).toBe("FE1234");
    expect(header.issueDate?.value).toBe("2026-11-20");
    expect(header.issueTime?.value).toBe("18:14:37-05:00");
    expect(header.dueDate?.value).toBe("2026-12-20");
    expect(header.supplierName?.value).toBe("AGROINSUMOS DEL VALLE S.A.S.");
    expect(header.supplierNit?.value).toBe("900373115");
    expect(header.supplierDv?.value).toBe("3");
    expect(header.customerName?.value).toBe("COOPERATIVA AGRARIA DE COLOMBIA");
    expect(header.customerId?.value).toBe("860512780");
    expect(header.customerDv?.value).toBe("4");
    expect(header.subtotal?.value).toBe("1037452.00");
    expect(header.taxInclusiveAmount?.value).toBe("1234567.88");
    expect(header.total?.value).toBe("1208631.58");
    expect(header.currency?.value).toBe("COP");
    expect(header.paymentMeans?.value).toBe("31");
    expect(header.cufe?.value).toHaveLength(96);
    expect(header.cufe?.value).toBe("b06fe51417bc3dd877b9fd7c851a32c2a311a9ca98ba0cfd39769b3a0537a066466e825b387e89fe35bd09dfe940931d");
    expect(header.taxes).toHaveLength(1);
    expect(header.taxes[0]).toMatchObject({ scheme: { value: "01" }, rate: { value: "19" }, amount: { value: "197115.88" } });
    expect(header.withholdings).toHaveLength(1);
    expect(header.withholdings[0]).toMatchObject({ scheme: { value: "06" }, rate: { value: "2.5" }, amount: { value: "25936.30" } });
    expect(result.warnings).toEqual([]);
  });

  it("keeps the weakest confidence of label, value and classification, on 0..1", async () => {
    textract.on(AnalyzeExpenseCommand).resolves(fixture);
    const { header } = await analyzeExpenseBytes({ client, bytes, sourceType: "IMAGE", retry });
    // INVOICE_RECEIPT_ID: type 99.71, label 99.12, value 98.83.
    expect(header.number?.confidence).toBeCloseTo(0.9883, 6);
    // TOTAL: type 99.4, label 99.0, value 98.95.
    expect(header.taxInclusiveAmount?.confidence).toBeCloseTo(0.9895, 6);
    // NIT comes from an OTHER field found by its label: Textract's 88.2 for "OTHER" does not count; label 98.91, value 97.64.
    expect(header.supplierNit?.confidence).toBeCloseTo(0.9764, 6);
    // VENDOR_NAME has no label: type 97.45, value 96.12.
    expect(header.supplierName?.confidence).toBeCloseTo(0.9612, 6);
    // Amount due: label 99.2, type 97.9, value 98.4.
    expect(header.total?.confidence).toBeCloseTo(0.979, 6);
  });

  it("places every value on its page with the normalized box Textract gave", async () => {
    textract.on(AnalyzeExpenseCommand).resolves(fixture);
    const { header, lines } = await analyzeExpenseBytes({ client, bytes, sourceType: "IMAGE", retry });
    expect(header.number).toMatchObject({ source: "textract", page: 1 });
    expect(header.number?.bbox).toEqual({ x: 0.781, y: 0.062, w: 0.071, h: 0.013 });
    expect(header.total?.bbox).toEqual({ x: 0.79, y: 0.616, w: 0.13, h: 0.014 });
    // The tax rate was read from the label, so it points at the label.
    expect(header.taxes[0]?.rate?.bbox).toEqual({ x: 0.605, y: 0.556, w: 0.06, h: 0.012 });
    expect(lines[1]?.lineAmount?.bbox).toEqual({ x: 0.774, y: 0.289, w: 0.11, h: 0.011 });
  });

  it("maps line items: description, code, quantity with unit, unit price and amount", async () => {
    textract.on(AnalyzeExpenseCommand).resolves(fixture);
    const { lines } = await analyzeExpenseBytes({ client, bytes, sourceType: "IMAGE", retry });
    expect(lines).toHaveLength(2);
    expect(lines.map((line) => ({
      lineNumber: line.lineNumber,
      description: line.description.value,
      sellerItemCode: line.sellerItemCode?.value,
      quantity: line.quantity?.value,
      unitCode: line.unitCode?.value,
      unitPrice: line.unitPrice?.value,
      lineAmount: line.lineAmount?.value,
    }))).toEqual([
      { lineNumber: 1, description: "Café pergamino seco excelso", sellerItemCode: "P-0100", quantity: "25", unitCode: "KGM", unitPrice: "20000.00", lineAmount: "500000.00" },
      { lineNumber: 2, description: "Fertilizante NPK 15-15-15", sellerItemCode: "P-0101", quantity: "10", unitCode: "NIU", unitPrice: "53745.20", lineAmount: "537452.00" },
    ]);
    expect(lines[0]?.description.confidence).toBeCloseTo(0.9675, 6);
  });

  it("retries throttling with growing, jittered delays, then succeeds", async () => {
    textract
      .on(AnalyzeExpenseCommand)
      .rejectsOnce(throttling())
      .rejectsOnce(new ProvisionedThroughputExceededException({ message: "slow down", $metadata: {} }))
      .rejectsOnce(new InternalServerError({ message: "oops", $metadata: { httpStatusCode: 500 } }))
      .resolves(fixture);
    const result = await analyzeExpenseBytes({ client, bytes, sourceType: "IMAGE", retry: { ...retry, baseDelayMs: 100 } });
    expect(result.header.number?.value).toBe("FE1234");
    expect(textract.commandCalls(AnalyzeExpenseCommand)).toHaveLength(4);
    // Full jitter at random() = 0.5: half of 100, 200, 400 ms.
    expect(sleeps).toEqual([50, 100, 200]);
  });

  it("gives up on throttling after the bounded attempts with a retriable error", async () => {
    textract.on(AnalyzeExpenseCommand).rejects(throttling());
    const error = await analyzeExpenseBytes({ client, bytes, sourceType: "IMAGE", retry: { ...retry, maxAttempts: 3 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TextractError);
    expect(error).toMatchObject({ retriable: true, textractCode: "ThrottlingException", attempts: 3, code: "SERVICE_UNAVAILABLE", status: 503 });
    expect(textract.commandCalls(AnalyzeExpenseCommand)).toHaveLength(3);
  });

  it.each([
    [new BadDocumentException({ message: "bad", $metadata: { httpStatusCode: 400 } }), "BadDocumentException"],
    [new UnsupportedDocumentException({ message: "unsupported", $metadata: { httpStatusCode: 400 } }), "UnsupportedDocumentException"],
  ])("does not retry a final refusal (%s)", async (rejection, textractCode) => {
    textract.on(AnalyzeExpenseCommand).rejects(rejection);
    const error = await analyzeExpenseBytes({ client, bytes, sourceType: "PDF", retry }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TextractError);
    expect(error).toMatchObject({ retriable: false, textractCode, code: "OCR_DOCUMENT_REJECTED", status: 422 });
    expect((error as Error).message).toMatch(/Textract/);
    expect(textract.commandCalls(AnalyzeExpenseCommand)).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });
});

describe("analyzeExpenseS3", () => {
  const firstHalf: ExpenseDocument = { ...invoice, LineItemGroups: [{ LineItemGroupIndex: 1, LineItems: invoice.LineItemGroups![0]!.LineItems!.slice(0, 1) }] };
  const secondPage: ExpenseDocument = {
    ExpenseIndex: 1,
    SummaryFields: [],
    LineItemGroups: [{
      LineItemGroupIndex: 2,
      LineItems: invoice.LineItemGroups![0]!.LineItems!.slice(1).map((item) => ({
        LineItemExpenseFields: item.LineItemExpenseFields!.map((field) => ({ ...field, PageNumber: 2 })),
      })),
    }],
  };

  it("starts the job, polls until it finishes and follows NextToken through every result page", async () => {
    textract.on(StartExpenseAnalysisCommand).resolves({ JobId: "job-1", ...meta });
    textract
      .on(GetExpenseAnalysisCommand, { JobId: "job-1", NextToken: undefined })
      .resolvesOnce({ JobStatus: "IN_PROGRESS", ...meta })
      .rejectsOnce(throttling())
      .resolvesOnce({ JobStatus: "IN_PROGRESS", ...meta })
      .resolves({ JobStatus: "SUCCEEDED", DocumentMetadata: { Pages: 2 }, ExpenseDocuments: [firstHalf], NextToken: "t-2", ...meta });
    textract
      .on(GetExpenseAnalysisCommand, { JobId: "job-1", NextToken: "t-2" })
      .resolves({ JobStatus: "SUCCEEDED", DocumentMetadata: { Pages: 2 }, ExpenseDocuments: [secondPage], ...meta });

    const polls: number[] = [];
    const result = await analyzeExpenseS3({
      client,
      bucket: "cotejo-facturas",
      key: "objects/ab/abcdef.pdf",
      clientRequestToken: "abcdef0123456789",
      retry,
      pollIntervalMs: 1_000,
      sleep: async (ms) => void polls.push(ms),
    });

    expect(textract.commandCalls(StartExpenseAnalysisCommand)[0]?.args[0].input).toEqual({
      DocumentLocation: { S3Object: { Bucket: "cotejo-facturas", Name: "objects/ab/abcdef.pdf" } },
      ClientRequestToken: "abcdef0123456789",
    });
    expect(textract.commandCalls(GetExpenseAnalysisCommand).map((call) => call.args[0].input.NextToken)).toEqual([
      undefined, undefined, undefined, undefined, "t-2",
    ]);
    expect(polls).toEqual([1_000, 1_000]);
    expect(result).toMatchObject({ sourceType: "PDF", pageCount: 2, engines: ["textract"] });
    expect(result.header.total?.value).toBe("1208631.58");
    expect(result.lines.map((line) => [line.lineNumber, line.description.value, line.description.page])).toEqual([
      [1, "Café pergamino seco excelso", 1],
      [2, "Fertilizante NPK 15-15-15", 2],
    ]);
    ZExtractionResult.parse(result);
  });

  it("turns a FAILED job into a final error with Textract's reason", async () => {
    textract.on(StartExpenseAnalysisCommand).resolves({ JobId: "job-2", ...meta });
    textract.on(GetExpenseAnalysisCommand).resolves({ JobStatus: "FAILED", StatusMessage: "Request has unsupported document format", ...meta });
    const error = await analyzeExpenseS3({ client, bucket: "b", key: "k", retry, sleep: async () => undefined }).catch((e: unknown) => e);
    expect(error).toMatchObject({ retriable: false, textractCode: "JobFailed", code: "OCR_DOCUMENT_REJECTED" });
    expect((error as Error).message).toContain("unsupported document format");
  });

  it("gives up waiting with a retriable error once the job outlives maxWaitMs", async () => {
    let clock = 0;
    textract.on(StartExpenseAnalysisCommand).resolves({ JobId: "job-3", ...meta });
    textract.on(GetExpenseAnalysisCommand).resolves({ JobStatus: "IN_PROGRESS", ...meta });
    const error = await analyzeExpenseS3({
      client, bucket: "b", key: "k", retry, pollIntervalMs: 5_000, maxWaitMs: 20_000,
      now: () => clock,
      sleep: async (ms) => void (clock += ms),
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ retriable: true, textractCode: "JobTimeout" });
    expect(textract.commandCalls(GetExpenseAnalysisCommand)).toHaveLength(5);
  });

  it("does not retry a refused S3 document at start", async () => {
    textract.on(StartExpenseAnalysisCommand).rejects(new UnsupportedDocumentException({ message: "no", $metadata: {} }));
    const error = await analyzeExpenseS3({ client, bucket: "b", key: "k", retry }).catch((e: unknown) => e);
    expect(error).toMatchObject({ retriable: false, textractCode: "UnsupportedDocumentException" });
    expect(textract.commandCalls(GetExpenseAnalysisCommand)).toHaveLength(0);
  });
});
