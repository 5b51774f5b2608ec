import { mkdirSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { ZCertificatePage } from "@/lib/certificates/schemas";
import { db } from "@/lib/db";
import { toBogotaIsoDate } from "@/lib/format/bogota-day";
import { ZUploadResponse } from "@/lib/invoices/schemas";
import { FIELD_CORRECTED_ACTION, ZFieldCorrectionAudit } from "@/lib/review/schemas";
import { buildUblInvoice } from "@/lib/testing/build-ubl-invoice";
import { createTestUser } from "@/lib/testing/create-test-user";
import { apiSignIn, postCredentials } from "../fixtures/authentication";
import { useE2eDatabase } from "../fixtures/database";
import { focusedField, invoiceStatus, tabTo } from "../fixtures/review";
import { E2E_USERS } from "../fixtures/users";

const SCREENSHOTS = "test-results/screenshots";
const SUPPLIER = { nit: "901777001", name: "Trilladora Revisión E2E S.A.S." };
const CUSTOMER = { nit: "860002964", name: "Comercializadora Andina S.A.S." };
const SECOND_OPERATOR = { email: "operadora2@cotejo.local", password: "e2e-Operadora2-Clave-2026" };
// Far from the other specs' numbers in DIAN's test range, and different on every run of the same database.
let sequence = 4_000_000 + (Date.now() % 900_000);

type TProducts = { eligible: { code: string; name: string }[] };
let products: TProducts;

test.beforeAll(async () => {
  useE2eDatabase();
  mkdirSync(SCREENSHOTS, { recursive: true });
  const eligible = await db.product.findMany({
    where: { active: true, classification: { eligibility: { not: "NOT_ELIGIBLE" } } },
    orderBy: { code: "asc" },
    take: 2,
    select: { code: true, name: true },
  });
  products = { eligible };
  if (!(await db.user.findUnique({ where: { email: SECOND_OPERATOR.email } }))) await createTestUser({ ...SECOND_OPERATOR, role: "OPERATOR" });
});

/**
 * An electronic invoice whose numbers do not add up, uploaded through the API: line 1 says 12.000 for 10 × 1.000,
 * the payable amount says 25.000 for 20.000 of lines, and line 2's product is not in the catalog. The pipeline
 * sends it to review.
 */
const uploadInvoiceNeedingReview = async (request: APIRequestContext) => {
  sequence += 1;
  const [first] = products.eligible;
  const xml = buildUblInvoice({
    sequence,
    issueDate: toBogotaIsoDate(),
    supplier: SUPPLIER,
    customer: CUSTOMER,
    lines: [
      { productCode: first?.code ?? "", description: first?.name ?? "", quantity: "10", unitPrice: "1000" },
      { productCode: "SIN-CATALOGO-E2E", description: "Bulto rotulado a mano", quantity: "5", unitPrice: "2000" },
    ],
  })
    .replace(/(<cac:InvoiceLine><cbc:ID>1<\/cbc:ID>\s*<cbc:InvoicedQuantity[^>]*>[^<]*<\/cbc:InvoicedQuantity>\s*<cbc:LineExtensionAmount currencyID="COP">)10000\.00/, "$112000.00")
    .replace(/<cbc:PayableAmount currencyID="COP">20000\.00/, '<cbc:PayableAmount currencyID="COP">25000.00');
  const upload = await request.post("/api/invoices", { multipart: { files: { name: `revision-${sequence}.xml`, mimeType: "application/xml", buffer: Buffer.from(xml) } } });
  expect(upload.status()).toBe(201);
  const invoiceId = ZUploadResponse.parse(await upload.json()).files[0]?.invoiceId ?? "";
  await expect.poll(async () => invoiceStatus(request, invoiceId), { timeout: 60_000 }).toBe("NEEDS_REVIEW");
  return invoiceId;
};

test("[REVIEW]: an operator corrects two values and a product with the keyboard only, approves, and the invoice is certified", async ({ page }) => {
  test.setTimeout(120_000);
  await apiSignIn(page.request, "OPERATOR");
  const invoiceId = await uploadInvoiceNeedingReview(page.request);

  await page.goto("/revision");
  const row = page.getByRole("table", { name: "Cola de revisión" }).getByRole("row").filter({ hasText: SUPPLIER.name });
  await expect(row.first()).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/revision-cola.png`, fullPage: true });

  await page.goto(`/revision/${invoiceId}`);
  await expect(page.getByRole("heading", { name: /Revisión de la factura SETP/ })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("button", { name: "Aprobar (Ctrl+Enter)" })).toBeVisible({ timeout: 15_000 });
  // Live arithmetic: line 1's 10 × 1.000 is not its 12.000, and the lines do not add up to the subtotal.
  await expect(page.getByRole("region", { name: "Totales de la revisión" })).toContainText("Línea 1: cantidad × precio da $ 10.000,00, no $ 12.000,00.");
  // Fields read with certainty and without findings are out of the tab order.
  await expect(page.locator('[data-field="header.number"]')).toHaveAttribute("tabindex", "-1");
  await expect(page.locator('[data-field="header.total"]')).toHaveAttribute("tabindex", "0");
  await page.screenshot({ path: `${SCREENSHOTS}/revision-pantalla.png`, fullPage: true });

  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Atajos de teclado" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);

  // Typing replaces the selected value; Enter saves it and moves to the next field that needs attention.
  await tabTo(page, "header.total");
  await page.keyboard.type("20.000,00");
  await page.keyboard.press("Enter");
  expect(await focusedField(page)).not.toBe("header.total");
  await tabTo(page, "lines.1.lineAmount");
  await page.keyboard.type("10000");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "Totales de la revisión" })).not.toContainText("cantidad × precio");

  const [, chosen] = products.eligible;
  await tabTo(page, "lines.2.productCode");
  await page.keyboard.type(chosen?.code ?? "");
  const option = page.getByRole("option", { name: new RegExp(`^${chosen?.code}`) });
  await expect(option).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page.locator('[data-field="lines.2.productCode"]')).toHaveValue(new RegExp(`^${chosen?.code}`));
  await expect.poll(async () => db.auditEvent.count({ where: { entityId: invoiceId, action: FIELD_CORRECTED_ACTION } })).toBe(3);
  await page.screenshot({ path: `${SCREENSHOTS}/revision-corregida.png`, fullPage: true });

  // Corrected values no longer say what the document says: approval asks for confirmation.
  await page.keyboard.press("Escape");
  await page.keyboard.press("Control+Enter");
  const confirm = page.getByRole("dialog", { name: "¿Aprobar de todos modos?" });
  await expect(confirm).toContainText("Total a pagar: el documento dice «25.000,00», se aprobará «20.000,00».");
  await page.screenshot({ path: `${SCREENSHOTS}/revision-confirmacion.png`, fullPage: true });
  await page.keyboard.press("Enter");
  await expect(page).not.toHaveURL(new RegExp(`/revision/${invoiceId}$`));

  await expect.poll(async () => invoiceStatus(page.request, invoiceId), { timeout: 60_000 }).toBe("CERTIFIED");
  const audits = await db.auditEvent.findMany({ where: { entityId: invoiceId, action: FIELD_CORRECTED_ACTION }, orderBy: { id: "asc" } });
  expect(audits.map((audit) => ZFieldCorrectionAudit.parse(audit.after))).toEqual([
    { field: "header.total", ocrValue: "25000.00", ocrConfidence: 1, before: "25000.00", after: "20000.00" },
    { field: "lines.1.lineAmount", ocrValue: "12000.00", ocrConfidence: 1, before: "12000.00", after: "10000" },
    { field: "lines.2.productCode", ocrValue: null, ocrConfidence: null, before: null, after: chosen?.code },
  ]);
  const certificates = ZCertificatePage.parse(await (await page.request.get("/api/certificates?page=1&pageSize=100")).json());
  const certificate = certificates.items.find((item) => item.invoiceId === invoiceId);
  expect(certificate).toBeDefined();
  const pdf = await page.request.get(`/api/certificates/${certificate?.id}/download`);
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
});

test("[REVIEW]: a second operator finds the invoice locked and read-only; an Admin can free it", async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  await apiSignIn(page.request, "OPERATOR");
  const invoiceId = await uploadInvoiceNeedingReview(page.request);
  await page.goto(`/revision/${invoiceId}`);
  await expect(page.getByRole("heading", { name: /Revisión de la factura SETP/ })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("button", { name: "Aprobar (Ctrl+Enter)" })).toBeVisible({ timeout: 15_000 });

  const secondContext = await browser.newContext({ baseURL });
  const second = await secondContext.newPage();
  expect((await postCredentials(second.request, SECOND_OPERATOR)).ok()).toBe(true);
  await second.goto(`/revision/${invoiceId}`);
  await expect(second.getByRole("alert").filter({ hasText: `En revisión por ${E2E_USERS.OPERATOR.email}` })).toBeVisible({ timeout: 15_000 });
  await expect(second.getByRole("button", { name: "Aprobar (Ctrl+Enter)" })).toHaveCount(0);
  await expect(second.getByRole("button", { name: "Liberar bloqueo" })).toHaveCount(0);
  await second.screenshot({ path: `${SCREENSHOTS}/revision-bloqueada.png`, fullPage: true });
  const refused = await second.request.patch(`/api/invoices/${invoiceId}/corrections`, { data: { header: { total: "1" } } });
  expect(refused.status()).toBe(409);
  expect(await refused.json()).toMatchObject({ error: { code: "REVIEW_LOCKED", message: `La factura está en revisión por ${E2E_USERS.OPERATOR.email}.` } });
  expect((await second.request.post(`/api/invoices/${invoiceId}/review`, { data: { decision: "approved", confirmed: true } })).status()).toBe(409);
  await second.goto("/revision");
  await expect(second.getByRole("table", { name: "Cola de revisión" }).getByRole("row").filter({ hasText: E2E_USERS.OPERATOR.email }).first()).toBeVisible();
  await secondContext.close();

  const adminContext = await browser.newContext({ baseURL });
  const admin = await adminContext.newPage();
  await apiSignIn(admin.request, "ADMIN");
  await admin.goto(`/revision/${invoiceId}`);
  await admin.getByRole("button", { name: "Liberar bloqueo" }).click({ timeout: 15_000 });
  await expect(admin.getByRole("button", { name: "Aprobar (Ctrl+Enter)" })).toBeVisible({ timeout: 15_000 });
  const broken = await db.auditEvent.findFirst({ where: { entityId: invoiceId, action: "invoice.review-lock-broken" } });
  expect(broken?.actorEmail).toBe(E2E_USERS.ADMIN.email);
  await adminContext.close();
});

test("[REVIEW]: a viewer has no review screen and every review route answers 403", async ({ page, playwright, baseURL }) => {
  test.setTimeout(90_000);
  const operator = await playwright.request.newContext({ baseURL });
  await apiSignIn(operator, "OPERATOR");
  const invoiceId = await uploadInvoiceNeedingReview(operator);
  await operator.dispose();

  await apiSignIn(page.request, "VIEWER");
  await page.goto(`/revision/${invoiceId}`);
  await expect(page).toHaveURL(/\/sin-acceso/);
  await expect(page.getByRole("button", { name: /Aprobar|Rechazar|Liberar bloqueo/ })).toHaveCount(0);
  await page.goto(`/facturas/${invoiceId}`);
  await expect(page.getByRole("button", { name: /Aprobar|Rechazar|Revisar/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /Revisar/ })).toHaveCount(0);
  const requests = [
    page.request.get(`/api/invoices/${invoiceId}/review`),
    page.request.post(`/api/invoices/${invoiceId}/lock`),
    page.request.delete(`/api/invoices/${invoiceId}/lock`),
    page.request.post(`/api/invoices/${invoiceId}/lock/break`),
    page.request.patch(`/api/invoices/${invoiceId}/corrections`, { data: { header: { total: "1" } } }),
    page.request.post(`/api/invoices/${invoiceId}/review`, { data: { decision: "approved", confirmed: true } }),
    page.request.get("/api/review/queue"),
    page.request.get(`/api/review/queue/${invoiceId}/adjacent`),
  ];
  expect((await Promise.all(requests)).map((response) => response.status())).toEqual([403, 403, 403, 403, 403, 403, 403, 403]);
});
