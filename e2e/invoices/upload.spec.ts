import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { ZUploadResponse } from "@/lib/invoices/schemas";
import { ZInvoiceTimeline } from "@/lib/pipeline/schemas";
import { apiSignIn } from "../fixtures/authentication";

const SAMPLE = path.resolve("lib/extraction/ubl/fixtures/dian/Excluido_de_IVA.xml");
const sampleFile = () => ({ name: "Excluido_de_IVA.xml", mimeType: "application/xml", buffer: readFileSync(SAMPLE) });

test("[UPLOAD]: an operator uploads an invoice once; the same bytes again resolve to the same invoice", async ({ playwright, baseURL }) => {
  const operator = await playwright.request.newContext({ baseURL });
  await apiSignIn(operator, "OPERATOR");

  const first = await operator.post("/api/invoices", { multipart: { files: sampleFile() } });
  expect(first.status()).toBe(201);
  const created = ZUploadResponse.parse(await first.json()).files[0];
  expect(created).toMatchObject({ status: "created", fileName: "Excluido_de_IVA.xml" });

  const again = await operator.post("/api/invoices", { multipart: { files: sampleFile() } });
  expect(again.status()).toBe(200);
  expect(ZUploadResponse.parse(await again.json()).files[0]).toMatchObject({ status: "duplicate", invoiceId: created?.invoiceId });

  // Viewers may download the original, byte for byte, under a fixed safe name.
  const viewer = await playwright.request.newContext({ baseURL });
  await apiSignIn(viewer, "VIEWER");
  const download = await viewer.get(`/api/invoices/${created?.invoiceId}/file`);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toBe(`attachment; filename="factura-${created?.invoiceId}.xml"`);
  expect(Buffer.compare(await download.body(), readFileSync(SAMPLE))).toBe(0);
  expect((await viewer.get("/api/invoices/00000000-0000-4000-8000-000000000000/file")).status()).toBe(404);

  // The upload announced the invoice: the pipeline extracts it once (DIAN's 2019 sample then waits for review,
  // too old to register).
  await expect
    .poll(async () => ZInvoiceTimeline.parse(await (await operator.get(`/api/invoices/${created?.invoiceId}/timeline`)).json()).steps.map((step) => `${step.step}:${step.status}`), {
      timeout: 30_000,
    })
    .toEqual(expect.arrayContaining(["extract:COMPLETED", "validate:COMPLETED"]));
  await operator.dispose();
  await viewer.dispose();
});

test("[UPLOAD]: spoofed types, cross-origin posts and viewers are refused with stable codes", async ({ playwright, baseURL }) => {
  const operator = await playwright.request.newContext({ baseURL });
  await apiSignIn(operator, "OPERATOR");
  const spoofed = await operator.post("/api/invoices", {
    multipart: { files: { name: "factura.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ\u0090\u0000 not a pdf") } },
  });
  expect(spoofed.status()).toBe(415);
  expect(ZUploadResponse.parse(await spoofed.json()).files[0]?.error?.code).toBe("UNSUPPORTED_MEDIA_TYPE");

  const crossOrigin = await operator.post("/api/invoices", {
    headers: { origin: "https://evil.example" },
    multipart: { files: sampleFile() },
  });
  expect(crossOrigin.status()).toBe(403);

  const viewer = await playwright.request.newContext({ baseURL });
  await apiSignIn(viewer, "VIEWER");
  expect((await viewer.post("/api/invoices", { multipart: { files: sampleFile() } })).status()).toBe(403);
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.post("/api/invoices", { multipart: { files: sampleFile() } })).status()).toBe(401);
  await Promise.all([operator.dispose(), viewer.dispose(), anonymous.dispose()]);
});
