import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestUpload } from "@/lib/invoices/ingest-upload";
import { resolveIntakeUploader } from "@/lib/invoices/resolve-intake-uploader";
import { getInvoiceTimeline } from "@/lib/pipeline/get-invoice-timeline";
import { createLocalStorage } from "@/lib/storage/create-local-storage";
import type { extractDocument as ExtractDocumentFunction } from "./extract-document";

const SAMPLE = path.join(import.meta.dirname, "../../lib/extraction/ubl/fixtures/dian/Factura_otra_Moneda.xml");
let rootDir = "";
let extractDocument: typeof ExtractDocumentFunction;

beforeAll(async () => {
  rootDir = await mkdtemp(path.join(os.tmpdir(), "cotejo-extract-fn-"));
  process.env.STORAGE_DIR = rootDir;
  // Loaded after STORAGE_DIR is set: defining the function reads (and caches) the environment.
  ({ extractDocument } = await import("./extract-document"));
});

/** An uploaded XML, through the upload path, stored where the app's storage (STORAGE_DIR) reads it. */
const storeInvoice = async (bytes: Buffer) =>
  ingestUpload({ stream: Readable.from([bytes]), fileName: "f.xml", uploader: await resolveIntakeUploader({}), storage: createLocalStorage({ rootDir }) });

const invoked = (data: Record<string, unknown>) =>
  new InngestTestEngine({ function: extractDocument, events: [{ name: "inngest/function.invoked", data }] }).execute();

afterAll(async () => {
  await rm(rootDir, { recursive: true, force: true });
});

describe("extract-document", () => {
  it("extracts the invoice for the run that invoked it and writes the step on its timeline", async () => {
    const invoice = await storeInvoice(await readFile(SAMPLE));
    const { result } = await invoked({ invoiceId: invoice.id, lane: "parse", pipelineRunId: "run-1" });
    expect(result).toMatchObject({ claimed: true, status: "MATCHING", extracted: true });
    const { steps } = await getInvoiceTimeline({ invoiceId: invoice.id });
    expect(steps).toEqual([expect.objectContaining({ step: "extract", runId: "run-1", attempt: 0, status: "COMPLETED", errorCode: null })]);
  });

  it("a document that is not an invoice fails at once with its code, recorded on the timeline", async () => {
    const invoice = await storeInvoice(Buffer.from('<?xml version="1.0"?><Pedido><Numero>7</Numero></Pedido>'));
    const { error } = await invoked({ invoiceId: invoice.id, lane: "parse", pipelineRunId: "run-2" });
    expect(error).toMatchObject({ name: "NonRetriableError", message: expect.stringMatching(/^XML_NOT_UBL: /) });
    expect((await getInvoiceTimeline({ invoiceId: invoice.id })).steps).toEqual([expect.objectContaining({ status: "FAILED", errorCode: "XML_NOT_UBL" })]);
  });

  it("refuses a payload without a lane or a valid invoice id", async () => {
    const { error } = await invoked({ invoiceId: "x", pipelineRunId: "run-3" });
    expect(error).toMatchObject({ name: "EventValidationError" });
  });
});
