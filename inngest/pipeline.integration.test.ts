import { createHash } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { setTimeout as delay } from "node:timers/promises";
import { NextRequest } from "next/server";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type * as InngestRoute from "@/app/api/inngest/route";
import { browseProducts } from "@/lib/catalog/browse-products";
import { generateCorpusInvoice } from "@/lib/extraction/corpus/generate-corpus-invoice";
import { renderCorpusPdf } from "@/lib/extraction/corpus/render-corpus-pdf";
import { toBogotaIsoDate } from "@/lib/format/bogota-day";
import { startLocalExecutor, type LocalExecutor } from "@/lib/inngest-local/start-local-executor";
import type { ingestUpload } from "@/lib/invoices/ingest-upload";
import type { completeReview } from "@/lib/pipeline/complete-review";
import { getInvoiceTimeline } from "@/lib/pipeline/get-invoice-timeline";
import type { retryFailedInvoice } from "@/lib/pipeline/retry-failed-invoice";
import { claimReviewLock } from "@/lib/review/claim-review-lock";
import { seedDatabase } from "@/lib/seed/seed-database";
import { getStorage } from "@/lib/storage/get-storage";
import { buildUblInvoice, DIAN_TEST_RANGE, DIAN_TEST_TECHNICAL_KEY } from "@/lib/testing/build-ubl-invoice";
import { createTestUser } from "@/lib/testing/create-test-user";
import { inspectInvoicePipeline } from "@/lib/testing/inspect-invoice-pipeline";
import { startTextractStandIn, type TextractStandIn } from "@/lib/testing/start-textract-stand-in";

/**
 * The invoice pipeline end to end, as production runs it locally: uploads through ingestUpload announce
 * `invoice/uploaded` to the local executor, which drives the real `/api/inngest` route (served here by a plain
 * HTTP server instead of Next) against the test database, local storage, an e-mail outbox and a Textract stand-in.
 */

type User = { id: string; email: string };

const REMINDER_AFTER_S = 2;
const SETTLED = ["NEEDS_REVIEW", "CERTIFIED", "REJECTED", "FAILED"];
const FINISHED = ["CERTIFIED", "REJECTED", "FAILED"];
const DAY_MS = 86_400_000;

let route: typeof InngestRoute | null = null;
let appServer: http.Server;
let executor: LocalExecutor;
let standIn: TextractStandIn;
let workDir = "";
let operator: User;
let admin: User;
let products: { code: string; name: string }[] = [];
// Imported once the environment is set: they reach the Inngest client, which reads INNGEST_DEV when created.
let pipeline: { ingestUpload: typeof ingestUpload; completeReview: typeof completeReview; retryFailedInvoice: typeof retryFailedInvoice };

/** Hands a Node request to the route's exports as Next would, and writes its Response back. */
const serveRoute = async (request: http.IncomingMessage, response: http.ServerResponse) => {
  const method = request.method;
  if (!route || (method !== "GET" && method !== "POST" && method !== "PUT")) {
    response.writeHead(503).end();
    return;
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    for (const item of [value ?? []].flat()) headers.append(name, item);
  }
  const body = method === "GET" ? undefined : await buffer(request);
  const { port } = appServer.address() as AddressInfo;
  const answer = await route[method](new NextRequest(`http://127.0.0.1:${port}${request.url ?? "/"}`, { method, headers, body }), undefined);
  response.writeHead(answer.status, Object.fromEntries(answer.headers));
  response.end(Buffer.from(await answer.arrayBuffer()));
};

const waitFor = async <T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last value ${JSON.stringify(value)}`);
    await delay(50);
  }
};

const inspect = (invoiceId: string) => inspectInvoicePipeline({ invoiceId });

const settle = (invoiceId: string, statuses = SETTLED, timeoutMs?: number) =>
  waitFor(() => inspect(invoiceId), (invoice) => statuses.includes(invoice.status), timeoutMs);

const timelineOf = async (invoiceId: string) => (await getInvoiceTimeline({ invoiceId })).steps;

/** A finished status comes before the run's last step (the notice): waits for that step's timeline entry too. */
const notified = (invoiceId: string) =>
  waitFor(() => timelineOf(invoiceId), (timeline) => timeline.some((entry) => entry.step === "notify"));

const transitions = (invoice: Awaited<ReturnType<typeof inspect>>) => invoice.statusChanges.map(({ from, to }) => `${from}→${to}`);

const upload = async (bytes: Buffer, fileName: string) => {
  const uploaded = await pipeline.ingestUpload({ stream: Readable.from([bytes]), fileName, uploader: operator, tempDir: path.join(workDir, "uploads") });
  expect(uploaded.isDuplicate).toBe(false);
  return uploaded;
};

const recentDate = (daysAgo: number) => toBogotaIsoDate(new Date(Date.now() - daysAgo * DAY_MS));

const electronicInvoice = (sequence: number) =>
  buildUblInvoice({
    sequence,
    issueDate: recentDate(2),
    supplier: { nit: "900373115", name: "Agroinsumos del Valle S.A.S." },
    customer: { nit: "860512780", name: "Comercializadora Andina S.A.S." },
    lines: products.map((product, index) => ({
      productCode: product.code,
      description: product.name,
      quantity: String(3 + index),
      unitPrice: `${12_500 + index * 1000}.00`,
    })),
  });

/** The same invoice with one character of its CUFE changed: it no longer verifies against the range's key. */
const tamperedInvoice = (sequence: number) =>
  electronicInvoice(sequence).replace(/(<cbc:UUID[^>]*>)(.)/, (_, tag: string, first: string) => `${tag}${first === "0" ? "1" : "0"}`);

/** A small PNG, distinct per shade: the stand-in reads any image as its recorded invoice. */
const scan = (shade: number) =>
  sharp({ create: { width: 120, height: 80, channels: 3, background: { r: shade, g: 255 - shade, b: 128 } } }).png().toBuffer();

/** The executor, on `port` (the app's client keeps sending events to the first one's URL). */
const startExecutor = ({ checkpointing, port }: { checkpointing: boolean; port: number }) =>
  startLocalExecutor({
    databaseUrl: process.env.DATABASE_URL ?? "",
    appUrl: `http://127.0.0.1:${(appServer.address() as AddressInfo).port}/api/inngest`,
    port,
    workers: 6,
    pollMs: 100,
    backoffBaseMs: 50,
    checkpointing,
    log: () => undefined,
  });

/** An operator's decision, made as the screen makes it: holding the invoice's review lock. */
const decide = async (options: Parameters<typeof completeReview>[0]) => {
  await claimReviewLock({ invoiceId: options.invoiceId, user: options.reviewer });
  return pipeline.completeReview(options);
};

const rejectToClose = async (invoiceId: string) => {
  await decide({ invoiceId, decision: "rejected", reason: "Cierre de la prueba", reviewer: operator });
  await settle(invoiceId, ["REJECTED"]);
};

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), "cotejo-pipeline-it-"));
  standIn = await startTextractStandIn({ latencyMs: 0 });
  appServer = http.createServer((request, response) => {
    serveRoute(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => appServer.listen(0, "127.0.0.1", resolve));
  executor = await startExecutor({ checkpointing: true, port: 0 });

  // The app reads its settings once (getEnv) and the Inngest client reads INNGEST_DEV when it is created: all of it
  // is set before anything reads the settings and before the route and the operations that send events are imported.
  Object.assign(process.env, {
    INNGEST_DEV: executor.url,
    STORAGE_DIR: path.join(workDir, "objects"),
    EMAIL_TRANSPORT: "outbox",
    EMAIL_OUTBOX_DIR: path.join(workDir, "outbox"),
    OCR_ENGINE: "textract",
    TEXTRACT_ENDPOINT: standIn.url,
    AWS_ACCESS_KEY_ID: "stand-in",
    AWS_SECRET_ACCESS_KEY: "stand-in",
    DIAN_TECHNICAL_KEYS: `${DIAN_TEST_RANGE.prefix}=${DIAN_TEST_TECHNICAL_KEY}`,
    REVIEW_REMINDER_AFTER: `${REMINDER_AFTER_S}s`,
    REVIEW_MAX_REMINDERS: "100",
  });
  route = await import("@/app/api/inngest/route");
  const [uploads, reviews, retries] = await Promise.all([
    import("@/lib/invoices/ingest-upload"),
    import("@/lib/pipeline/complete-review"),
    import("@/lib/pipeline/retry-failed-invoice"),
  ]);
  pipeline = { ingestUpload: uploads.ingestUpload, completeReview: reviews.completeReview, retryFailedInvoice: retries.retryFailedInvoice };

  await seedDatabase({ demoPasswords: null, catalogSize: 120 });
  operator = await createTestUser({ email: "operadora@pipeline.test", role: "OPERATOR" });
  admin = await createTestUser({ email: "admin@pipeline.test", role: "ADMIN" });
  products = (await browseProducts({ eligibility: "AGRO_NATURAL", limit: 2 })).items;
  expect(products).toHaveLength(2);
  await executor.ready;
});

afterAll(async () => {
  await executor?.stop();
  await new Promise((resolve) => appServer?.close(resolve));
  await standIn?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

// Every case runs with the SDK checkpointing steps within a call (the executor's default) and with one call per step.
describe.each([
  { checkpointing: true, pass: 0 },
  { checkpointing: false, pass: 1 },
])("the pipeline through the local executor and the real serve route, checkpointing $checkpointing", ({ checkpointing, pass }) => {
  // Distinct invoice numbers and files per pass: the same bytes would be a duplicate upload.
  const sequence = (n: number) => pass * 10 + n;
  const number = (n: number) => `${DIAN_TEST_RANGE.prefix}${DIAN_TEST_RANGE.from + sequence(n)}`;

  beforeAll(async () => {
    if (pass === 0) return;
    // The app's client keeps the first executor's URL: the second one listens on the same port.
    const { port } = new URL(executor.url);
    await executor.stop();
    executor = await startExecutor({ checkpointing, port: Number(port) });
    await executor.ready;
  });

  test("an electronic invoice of catalog products is certified without an operator", async () => {
    const { id } = await upload(Buffer.from(electronicInvoice(sequence(1))), `${number(1)}.xml`);
    await settle(id);
    const timeline = await notified(id);
    const invoice = await inspect(id);

    expect(invoice).toMatchObject({ status: "CERTIFIED", number: number(1), failureCode: null, lineCount: 2, unmatchedLineCount: 0 });
    expect(invoice).toMatchObject({ priced: true, certificateCount: 1 });
    expect(timeline.map(({ step, status }) => `${step}:${status}`)).toEqual(
      ["extract", "match", "validate", "price", "certify", "notify"].map((step) => `${step}:COMPLETED`),
    );
    expect(new Set(timeline.map((entry) => entry.runId)).size).toBe(1);
    expect(transitions(invoice)).toEqual([
      "RECEIVED→EXTRACTING",
      "EXTRACTING→MATCHING",
      "MATCHING→VALIDATING",
      "VALIDATING→APPROVED",
      "APPROVED→COMMISSIONED",
      "COMMISSIONED→CERTIFIED",
    ]);
    expect(invoice.notices).toEqual([{ notice: "certified", round: 0 }]);
  });

  test("a printed PDF is read from its text layer and waits for review (its products are not in the catalog)", async () => {
    const generated = generateCorpusInvoice({ seed: 11 + pass, index: 0 });
    const pdf = await renderCorpusPdf({ invoice: { ...generated, issueDate: recentDate(3), dueDate: recentDate(-27) } });
    const { id } = await upload(pdf, `${generated.id}.pdf`);
    const invoice = await settle(id);

    expect(invoice).toMatchObject({ status: "NEEDS_REVIEW", sourceType: "PDF", number: generated.number, total: generated.total });
    expect(invoice.lineCount).toBe(generated.lines.length);
    expect(invoice.statusChanges.find((change) => change.to === "MATCHING")?.engines).toEqual(["pdf-text"]);
    expect(invoice.statusChanges.at(-1)?.reasons).toContain("UNMATCHED_LINES");
    expect((await timelineOf(id)).map(({ step, status }) => `${step}:${status}`)).toEqual(["extract:COMPLETED", "match:COMPLETED", "validate:COMPLETED"]);
    await rejectToClose(id);
  });

  test("a scan is read by Textract (the stand-in) and waits for review", async () => {
    const calls = standIn.calls();
    const { id } = await upload(await scan(10 + pass), `escaneo-${pass}-a.png`);
    const invoice = await settle(id);

    expect(invoice).toMatchObject({ status: "NEEDS_REVIEW", sourceType: "IMAGE" });
    expect(invoice.number).toMatch(/^FE1000\d\d$/);
    expect(standIn.calls()).toBe(calls + 1);
    expect(invoice.statusChanges.find((change) => change.to === "MATCHING")?.engines).toEqual(["textract"]);
    expect(invoice.statusChanges.at(-1)?.reasons?.length).toBeGreaterThan(0);
    await rejectToClose(id);
  });

  test("Textract throttling past the client's own retries fails the extract step, which Inngest retries", async () => {
    // withTextractRetry makes 5 attempts: all 5 throttled fail the step's first attempt; its second attempt reads.
    const failures = standIn.failures();
    standIn.failNext(5, { status: 400, type: "ThrottlingException", message: "Rate exceeded" });
    const { id } = await upload(await scan(40 + pass), `escaneo-${pass}-b.png`);
    const invoice = await settle(id);

    expect(invoice.status).toBe("NEEDS_REVIEW");
    expect(standIn.failures()).toBe(failures + 5);
    const extract = (await timelineOf(id)).filter((entry) => entry.step === "extract");
    expect(extract.map(({ attempt, status, errorCode }) => ({ attempt, status, errorCode }))).toEqual([
      { attempt: 0, status: "FAILED", errorCode: "SERVICE_UNAVAILABLE" },
      { attempt: 1, status: "COMPLETED", errorCode: null },
    ]);
    expect(extract[0]?.errorMessage).toContain("ThrottlingException");
    await rejectToClose(id);
  });

  test("a document Textract refuses fails the invoice at once, keeps the file, and an Admin retry finishes it", async () => {
    const failures = standIn.failures();
    standIn.failNext(1, { status: 400, type: "UnsupportedDocumentException", message: "Request has unsupported document format" });
    const { id, sha256 } = await upload(await scan(70 + pass), `escaneo-${pass}-c.png`);
    const failed = await settle(id);

    expect(failed).toMatchObject({ status: "FAILED", failureCode: "OCR_DOCUMENT_REJECTED", statusBeforeFailure: "EXTRACTING" });
    expect(failed.failureReason).toContain("Textract no admite este documento");
    expect(standIn.failures()).toBe(failures + 1);
    const stored = await buffer(await getStorage().getObject({ key: failed.storageKey, sha256 }));
    expect(createHash("sha256").update(stored).digest("hex")).toBe(sha256);
    const timeline = await timelineOf(id);
    expect(timeline.map(({ step, attempt, status, errorCode }) => ({ step, attempt, status, errorCode }))).toEqual([
      { step: "extract", attempt: 0, status: "FAILED", errorCode: "OCR_DOCUMENT_REJECTED" },
      { step: "fail", attempt: 0, status: "FAILED", errorCode: "OCR_DOCUMENT_REJECTED" },
    ]);

    await pipeline.retryFailedInvoice({ invoiceId: id, actor: admin });
    const retried = await settle(id);
    expect(retried).toMatchObject({ status: "NEEDS_REVIEW", retryCount: 1, failureCode: null, failureReason: null });
    const afterRetry = (await timelineOf(id)).slice(timeline.length);
    expect(afterRetry.map(({ step, status }) => `${step}:${status}`)).toEqual(["extract:COMPLETED", "match:COMPLETED", "validate:COMPLETED"]);
    expect(afterRetry[0]?.runId).not.toBe(timeline[0]?.runId);
    await rejectToClose(id);
  });

  test("an invoice whose CUFE does not verify waits for review; approved it is certified, rejected it is closed", async () => {
    const [approved, rejected] = await Promise.all([
      upload(Buffer.from(tamperedInvoice(sequence(2))), `${number(2)}.xml`),
      upload(Buffer.from(tamperedInvoice(sequence(3))), `${number(3)}.xml`),
    ]);
    for (const { id } of [approved, rejected]) {
      const waiting = await settle(id);
      expect(waiting.status).toBe("NEEDS_REVIEW");
      expect(waiting.statusChanges.at(-1)?.reasons).toEqual(["CUFE_MISMATCH"]);
    }

    await decide({ invoiceId: approved.id, decision: "approved", reviewer: operator });
    await decide({ invoiceId: rejected.id, decision: "rejected", reason: "CUFE alterado", reviewer: operator });
    await Promise.all([settle(approved.id, FINISHED), settle(rejected.id, FINISHED)]);
    const approvedTimeline = await notified(approved.id);
    await notified(rejected.id);
    const [certified, closed] = await Promise.all([inspect(approved.id), inspect(rejected.id)]);

    expect(certified).toMatchObject({ status: "CERTIFIED", priced: true, certificateCount: 1 });
    expect(transitions(certified).slice(-4)).toEqual(["VALIDATING→NEEDS_REVIEW", "NEEDS_REVIEW→APPROVED", "APPROVED→COMMISSIONED", "COMMISSIONED→CERTIFIED"]);
    expect(certified.statusChanges.find((change) => change.to === "APPROVED")?.actorId).toBe(operator.id);
    const completed = approvedTimeline.filter((entry) => entry.status === "COMPLETED").map((entry) => entry.step);
    expect(completed.slice(-5)).toEqual(["review", "learn-supplier-profile", "price", "certify", "notify"]);

    expect(closed).toMatchObject({ status: "REJECTED", failureReason: "CUFE alterado", priced: false, certificateCount: 0 });
    expect(transitions(closed).at(-1)).toBe("NEEDS_REVIEW→REJECTED");
    expect(closed.notices).toContainEqual({ notice: "rejected", round: 0 });
  });

  test("a review left waiting reminds the uploader, keeps waiting, and a later approval still resumes it", async () => {
    const { id } = await upload(Buffer.from(tamperedInvoice(sequence(4))), `${number(4)}.xml`);
    await settle(id, ["NEEDS_REVIEW"]);
    const timeline = await waitFor(
      () => timelineOf(id),
      (steps) => steps.some((entry) => entry.step === "remind-review-1"),
      REMINDER_AFTER_S * 1000 + 10_000,
    );
    expect(timeline.find((entry) => entry.step === "remind-review-1")?.status).toBe("COMPLETED");
    const reminded = await inspect(id);
    expect(reminded.status).toBe("NEEDS_REVIEW");
    expect(reminded.notices).toContainEqual({ notice: "review-reminder", round: 1 });
    expect((await readdir(path.join(workDir, "outbox"))).some((file) => file.endsWith(".eml"))).toBe(true);

    await decide({ invoiceId: id, decision: "approved", reviewer: operator });
    expect(await settle(id, FINISHED, REMINDER_AFTER_S * 1000 + 15_000)).toMatchObject({ status: "CERTIFIED", certificateCount: 1 });
  });
});
