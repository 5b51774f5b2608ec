import { describe, expect, test } from "vitest";
import { hasAcceptedExtension, isSystemFile } from "./upload-files";
import {
  countUploads,
  EMPTY_UPLOAD_QUEUE,
  interpretUploadResponse,
  selectInvoicesToBatch,
  selectUploadsToStart,
  uploadQueueReducer,
  type TUploadAction,
  type TUploadQueue,
} from "./upload-queue";

const INVOICE_A = "0b6f4a4e-9a5c-4f6c-8d2e-1f1f0f0f0f0a";
const INVOICE_B = "0b6f4a4e-9a5c-4f6c-8d2e-1f1f0f0f0f0b";

const run = (...actions: TUploadAction[]): TUploadQueue => actions.reduce(uploadQueueReducer, EMPTY_UPLOAD_QUEUE);

const drop = (groupId: string, count: number): TUploadAction => ({
  type: "added",
  groupId,
  files: Array.from({ length: count }, (_, index) => ({ id: `${groupId}-${index}`, name: `f${index}.xml`, size: 100 })),
});

describe("concurrency", () => {
  test("at most `limit` uploads run at once, oldest first", () => {
    const queue = run(drop("g", 6));
    expect(selectUploadsToStart(queue, 4)).toEqual(["g-0", "g-1", "g-2", "g-3"]);
    const running = run(drop("g", 6), { type: "started", id: "g-0" }, { type: "started", id: "g-1" }, { type: "started", id: "g-2" });
    expect(selectUploadsToStart(running, 4)).toEqual(["g-3"]);
    const full = uploadQueueReducer(running, { type: "started", id: "g-3" });
    expect(selectUploadsToStart(full, 4)).toEqual([]);
    const oneDone = uploadQueueReducer(full, { type: "settled", id: "g-0", outcome: { state: "created", invoiceId: INVOICE_A } });
    expect(selectUploadsToStart(oneDone, 4)).toEqual(["g-4"]);
  });

  test("files refused before sending never start", () => {
    const queue = run({
      type: "added",
      groupId: "g",
      files: [{ id: "a", name: "notas.txt", size: 5, rejection: { code: "UNSUPPORTED_MEDIA_TYPE", message: "no" } }],
    });
    expect(queue.items[0]?.state).toBe("rejected");
    expect(selectUploadsToStart(queue, 4)).toEqual([]);
  });
});

describe("progress and retry", () => {
  test("progress is capped at the file size and counted in the totals", () => {
    const queue = run(drop("g", 2), { type: "started", id: "g-0" }, { type: "progressed", id: "g-0", loaded: 500 });
    expect(queue.items[0]?.loaded).toBe(100);
    expect(countUploads(queue.items)).toMatchObject({ uploading: 1, queued: 1, total: 2, sentBytes: 100, totalBytes: 200 });
  });

  test("only a failed upload can be retried; it goes back to the queue", () => {
    const failed = run(drop("g", 1), { type: "started", id: "g-0" }, {
      type: "settled",
      id: "g-0",
      outcome: { state: "failed", error: { code: "NETWORK", message: "sin red" } },
    });
    const retried = uploadQueueReducer(failed, { type: "retried", id: "g-0" });
    expect(retried.items[0]).toMatchObject({ state: "queued", loaded: 0, error: undefined });
    const rejected = run(drop("g", 1), { type: "settled", id: "g-0", outcome: { state: "rejected", error: { code: "XML_NOT_UBL", message: "x" } } });
    expect(uploadQueueReducer(rejected, { type: "retried", id: "g-0" }).items[0]?.state).toBe("rejected");
  });
});

describe("batches", () => {
  test("a drop is batched once nothing of it is pending, with its new invoices only", () => {
    let queue = run(drop("g", 3), drop("h", 1));
    queue = uploadQueueReducer(queue, { type: "settled", id: "g-0", outcome: { state: "created", invoiceId: INVOICE_A } });
    queue = uploadQueueReducer(queue, { type: "settled", id: "g-1", outcome: { state: "duplicate", invoiceId: INVOICE_B } });
    expect(selectInvoicesToBatch(queue, "g")).toEqual([]);
    queue = uploadQueueReducer(queue, { type: "settled", id: "g-2", outcome: { state: "failed", error: { code: "NETWORK", message: "x" } } });
    expect(selectInvoicesToBatch(queue, "g")).toEqual([INVOICE_A]);
    expect(selectInvoicesToBatch(queue, "h")).toEqual([]);
    queue = uploadQueueReducer(queue, { type: "batchRequested", groupId: "g", invoiceIds: [INVOICE_A] });
    expect(selectInvoicesToBatch(queue, "g")).toEqual([]);
  });

  test("a retried file that creates an invoice later gets a batch of its own; a failed batch is asked again", () => {
    let queue = run(drop("g", 2));
    queue = uploadQueueReducer(queue, { type: "settled", id: "g-0", outcome: { state: "created", invoiceId: INVOICE_A } });
    queue = uploadQueueReducer(queue, { type: "settled", id: "g-1", outcome: { state: "failed", error: { code: "NETWORK", message: "x" } } });
    queue = uploadQueueReducer(queue, { type: "batchRequested", groupId: "g", invoiceIds: [INVOICE_A] });
    queue = uploadQueueReducer(queue, { type: "batchCreated", groupId: "g", batchId: "batch-1" });
    queue = uploadQueueReducer(queue, { type: "retried", id: "g-1" });
    expect(selectInvoicesToBatch(queue, "g")).toEqual([]);
    queue = uploadQueueReducer(queue, { type: "settled", id: "g-1", outcome: { state: "created", invoiceId: INVOICE_B } });
    expect(selectInvoicesToBatch(queue, "g")).toEqual([INVOICE_B]);
    queue = uploadQueueReducer(queue, { type: "batchRequested", groupId: "g", invoiceIds: [INVOICE_B] });
    queue = uploadQueueReducer(queue, { type: "batchFailed", groupId: "g", invoiceIds: [INVOICE_B], message: "sin red" });
    expect(queue.groups[0]).toMatchObject({ batchIds: ["batch-1"], batchError: "sin red" });
    expect(selectInvoicesToBatch(queue, "g")).toEqual([INVOICE_B]);
  });
});

describe("server answers", () => {
  test("per-file results: created, duplicate, rejected with the server's message", () => {
    expect(interpretUploadResponse(201, JSON.stringify({ files: [{ fileName: "a.xml", status: "created", invoiceId: INVOICE_A }] }))).toEqual({
      state: "created",
      invoiceId: INVOICE_A,
    });
    expect(interpretUploadResponse(200, JSON.stringify({ files: [{ fileName: "a.xml", status: "duplicate", invoiceId: INVOICE_A }] }))).toEqual({
      state: "duplicate",
      invoiceId: INVOICE_A,
    });
    const rejected = { fileName: "a.pdf", status: "rejected", error: { code: "UNSUPPORTED_MEDIA_TYPE", message: "Tipo no admitido" } };
    expect(interpretUploadResponse(415, JSON.stringify({ files: [rejected] }))).toEqual({
      state: "rejected",
      error: { code: "UNSUPPORTED_MEDIA_TYPE", message: "Tipo no admitido" },
    });
  });

  test("whole-request errors: retryable ones leave the file failed, the rest reject it", () => {
    expect(interpretUploadResponse(0, "")).toEqual({
      state: "failed",
      error: { code: "NETWORK", message: "No se pudo conectar con el servidor. Revise la conexión y reintente." },
    });
    expect(interpretUploadResponse(429, JSON.stringify({ error: { code: "RATE_LIMITED", message: "Espere" } }))).toEqual({
      state: "failed",
      error: { code: "RATE_LIMITED", message: "Espere" },
    });
    expect(interpretUploadResponse(502, "<html>Bad gateway</html>")).toMatchObject({ state: "failed", error: { code: "INTERNAL" } });
    expect(interpretUploadResponse(413, "<html>Too large</html>")).toEqual({
      state: "rejected",
      error: { code: "FILE_TOO_LARGE", message: "El archivo supera el tamaño máximo permitido." },
    });
    expect(interpretUploadResponse(403, JSON.stringify({ error: { code: "FORBIDDEN", message: "No" } }))).toEqual({
      state: "rejected",
      error: { code: "FORBIDDEN", message: "No" },
    });
  });
});

test("accepted extensions and folder noise", () => {
  expect(["a.XML", "b.pdf", "c.JPG", "d.jpeg", "e.tif", "f.tiff", "g.webp", "h.png"].every(hasAcceptedExtension)).toBe(true);
  expect(["notas.txt", "pdf", "factura.pdf.exe", ".pdf"].some(hasAcceptedExtension)).toBe(false);
  expect(isSystemFile(".DS_Store")).toBe(true);
  expect(isSystemFile("Thumbs.db")).toBe(true);
  expect(isSystemFile("factura.xml")).toBe(false);
});
