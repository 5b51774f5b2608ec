import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { ZCertificatePage, ZCertificateSummary } from "@/lib/certificates/schemas";
import { createApprovedInvoice } from "@/lib/testing/create-approved-invoice";
import { apiSignIn } from "../fixtures/authentication";
import { useE2eDatabase } from "../fixtures/database";

const SCREENSHOTS = "test-results/screenshots";
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** An approved invoice (arranged through lib/, as review would leave it), priced through the commissions API. */
const commissionedInvoice = async (request: APIRequestContext) => {
  const invoice = await createApprovedInvoice({
    issueDate: "2026-11-18",
    lines: [
      { lineAmount: "4000000.00", classificationCode: "0901.11", eligibility: "FIRST_TRANSFORMATION", category: "Café", description: "Café pergamino seco excelso, bulto 70 kg" },
      { lineAmount: "1000000.00", classificationCode: "1701.13", eligibility: "FIRST_TRANSFORMATION", category: "Panela", description: "Panela en bloque 500 g, caja x 24" },
      { lineAmount: "350000.00", classificationCode: "6305.10", eligibility: "NOT_ELIGIBLE", category: "Empaques", description: "Costales de fique usados" },
    ],
  });
  expect((await request.post("/api/commissions/calculate", { data: { invoiceId: invoice.id } })).status()).toBe(200);
  return { invoiceId: invoice.id, invoiceNumber: invoice.number ?? "" };
};

const issue = async (request: APIRequestContext, invoiceId: string) => {
  const response = await request.post("/api/certificates", { data: { invoiceId } });
  expect([200, 201]).toContain(response.status());
  return { status: response.status(), certificate: ZCertificateSummary.parse(await response.json()) };
};

const rowOf = (page: Page, number: string) => page.getByRole("row").filter({ hasText: number });

test.describe.configure({ mode: "serial" });

let first: { invoiceId: string; invoiceNumber: string };
let certificate: ReturnType<typeof ZCertificateSummary.parse>;
let downloaded: Buffer;

test.beforeAll(() => {
  useE2eDatabase();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

test("[CERTIFICATES]: an operator issues a certificate (idempotent), sees it in Certificados and downloads the PDF", async ({ page }) => {
  await apiSignIn(page.request, "OPERATOR");
  first = await commissionedInvoice(page.request);
  const created = await issue(page.request, first.invoiceId);
  expect(created.status).toBe(201);
  certificate = created.certificate;
  expect(certificate.number).toMatch(/^BMC-\d{4}-\d{6}$/);
  const again = await issue(page.request, first.invoiceId);
  expect(again).toMatchObject({ status: 200, certificate: { id: certificate.id } });

  const list = ZCertificatePage.parse(await (await page.request.get("/api/certificates?page=1&pageSize=25")).json());
  expect(list.items.find((item) => item.id === certificate.id)).toMatchObject({ status: "VALID", invoiceNumber: first.invoiceNumber });

  await page.goto("/certificados");
  await expect(page.getByRole("heading", { level: 1, name: "Certificados" })).toBeVisible();
  const row = rowOf(page, certificate.number);
  await expect(row).toContainText(first.invoiceNumber);
  await expect(row).toContainText("Vigente");
  await expect(row.getByRole("button", { name: `Enviar ${certificate.number} por correo` })).toBeVisible();
  await expect(row.getByRole("button", { name: `Anular ${certificate.number}` })).toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOTS}/certificados-operator.png`, fullPage: true });

  const [download] = await Promise.all([page.waitForEvent("download"), row.getByRole("link", { name: `Descargar ${certificate.number}` }).click()]);
  expect(download.suggestedFilename()).toBe(`certificado-${certificate.number}.pdf`);
  downloaded = readFileSync(await download.path());
  expect(downloaded.subarray(0, 5).toString()).toBe("%PDF-");
  expect(sha256(downloaded)).toBe(certificate.sha256);
  writeFileSync(`${SCREENSHOTS}/certificate.pdf`, downloaded);

  const direct = await page.request.get(`/api/certificates/${certificate.id}/download`);
  expect(direct.headers()["content-type"]).toBe("application/pdf");
  expect(direct.headers()["x-content-type-options"]).toBe("nosniff");
  expect(direct.headers()["content-disposition"]).toBe(`attachment; filename="certificado-${certificate.number}.pdf"`);
  expect((await page.request.get("/api/certificates/00000000-0000-4000-8000-000000000000/download")).status()).toBe(404);

  // E-mail goes to the local outbox in the e2e server; recipients are validated.
  const sent = await page.request.post(`/api/certificates/${certificate.id}/email`, { data: { to: ["tesoreria@comprador.example.co"], message: "Prueba e2e" } });
  expect(sent.status()).toBe(200);
  expect(((await sent.json()) as { accepted: string[] }).accepted).toEqual(["tesoreria@comprador.example.co"]);
  expect((await page.request.post(`/api/certificates/${certificate.id}/email`, { data: { to: [] } })).status()).toBe(422);
  // Operators cannot void.
  expect((await page.request.post(`/api/certificates/${certificate.id}/void`, { data: { reason: "No debería poder" } })).status()).toBe(403);
});

test("[CERTIFICATES]: a viewer may download but sees no e-mail or void button, and the API refuses them", async ({ page, playwright, baseURL }) => {
  await apiSignIn(page.request, "VIEWER");
  await page.goto("/certificados");
  const row = rowOf(page, certificate.number);
  await expect(row).toContainText("Vigente");
  await expect(row.getByRole("link", { name: `Descargar ${certificate.number}` })).toBeVisible();
  await expect(row.getByRole("button")).toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOTS}/certificados-viewer.png`, fullPage: true });

  const download = await page.request.get(`/api/certificates/${certificate.id}/download`);
  expect(download.status()).toBe(200);
  expect(sha256(await download.body())).toBe(certificate.sha256);
  expect((await page.request.post(`/api/certificates/${certificate.id}/email`, { data: { to: ["a@example.co"] } })).status()).toBe(403);
  expect((await page.request.post(`/api/certificates/${certificate.id}/reissue`, { data: { reason: "Sin permiso" } })).status()).toBe(403);

  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get(`/api/certificates/${certificate.id}/download`)).status()).toBe(401);
  await anonymous.dispose();
});

test("[CERTIFICATES]: /verificar shows a valid certificate without login and checks an uploaded PDF's hash", async ({ browser, baseURL, playwright }) => {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto(`/verificar/${certificate.verificationCode}`);
  await expect(page.getByRole("heading", { level: 1, name: "Certificado válido" })).toBeVisible();
  await expect(page.getByText(certificate.number)).toBeVisible();
  await expect(page.getByText(first.invoiceNumber)).toBeVisible();
  await expect(page.getByText("$ 5.350.000,00")).toBeVisible();
  // Minimal data only: no operator, no line details.
  await expect(page.getByText("Óscar Operador")).toHaveCount(0);
  await expect(page.getByText("Operador de prueba")).toHaveCount(0);
  await expect(page.getByText("Café pergamino")).toHaveCount(0);

  await page.getByLabel("Archivo PDF del certificado").setInputFiles({ name: "certificado.pdf", mimeType: "application/pdf", buffer: downloaded });
  await expect(page.getByText("El archivo coincide exactamente con el certificado emitido.")).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/verificar-valido.png`, fullPage: true });

  const tampered = Buffer.from(downloaded);
  const middle = Math.floor(tampered.length / 2);
  tampered.writeUInt8(tampered.readUInt8(middle) ^ 0x01, middle);
  await page.getByLabel("Archivo PDF del certificado").setInputFiles({ name: "alterado.pdf", mimeType: "application/pdf", buffer: tampered });
  await expect(page.getByText(/El archivo no coincide con el certificado emitido/)).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/verificar-alterado.png`, fullPage: true });

  await page.goto("/verificar/0000-0000-0000-0000-0000");
  await expect(page.getByRole("heading", { level: 1, name: "Certificado no encontrado" })).toBeVisible();

  const anonymous = await playwright.request.newContext({ baseURL });
  const crossOrigin = await anonymous.post(`/api/verify/${certificate.verificationCode}`, {
    headers: { origin: "https://evil.example", "content-type": "application/pdf" },
    data: downloaded,
  });
  expect(crossOrigin.status()).toBe(403);
  const match = await anonymous.post(`/api/verify/${certificate.verificationCode}`, { headers: { "content-type": "application/pdf" }, data: downloaded });
  expect(await match.json()).toEqual({ match: true });
  await anonymous.dispose();
  await context.close();
});

test("[CERTIFICATES]: an admin reissues with a reason; the old code then shows the certificate as voided and names its replacement", async ({ page, browser, baseURL }) => {
  await apiSignIn(page.request, "ADMIN");
  await page.goto("/certificados");
  const row = rowOf(page, certificate.number);
  await row.getByRole("button", { name: `Anular ${certificate.number}` }).click();
  const dialog = page.getByRole("dialog", { name: `Anular certificado ${certificate.number}` });
  await dialog.getByRole("button", { name: "Anular y reemitir" }).click();
  await expect(dialog.getByText("Explique el motivo (al menos 5 caracteres)")).toBeVisible();
  await dialog.getByRole("textbox", { name: "Motivo" }).fill("Corrección del NIT del comprador");
  await page.screenshot({ path: `${SCREENSHOTS}/certificados-reemitir.png`, fullPage: true });
  await dialog.getByRole("button", { name: "Anular y reemitir" }).click();
  await expect(dialog).toBeHidden();
  await expect(rowOf(page, certificate.number)).toContainText("Anulado");
  const list = ZCertificatePage.parse(await (await page.request.get("/api/certificates")).json());
  const replacement = list.items.find((item) => item.invoiceId === first.invoiceId && item.status === "VALID");
  expect(replacement).toBeDefined();
  await expect(rowOf(page, certificate.number)).toContainText(`Reemplazado por ${replacement!.number}`);
  await page.screenshot({ path: `${SCREENSHOTS}/certificados-admin.png`, fullPage: true });

  const context = await browser.newContext({ baseURL });
  const publicPage = await context.newPage();
  await publicPage.goto(`/verificar/${certificate.verificationCode}`);
  await expect(publicPage.getByRole("heading", { level: 1, name: "Certificado anulado" })).toBeVisible();
  await expect(publicPage.getByText("Corrección del NIT del comprador")).toBeVisible();
  await expect(publicPage.getByText(replacement!.number)).toBeVisible();
  await publicPage.screenshot({ path: `${SCREENSHOTS}/verificar-anulado.png`, fullPage: true });
  await context.close();
});
