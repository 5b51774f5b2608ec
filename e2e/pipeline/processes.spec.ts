import { mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { failInvoice } from "@/lib/pipeline/fail-invoice";
import { recordPipelineStep } from "@/lib/pipeline/record-pipeline-step";
import { ZInvoiceTimeline } from "@/lib/pipeline/schemas";
import { createApprovedInvoice } from "@/lib/testing/create-approved-invoice";
import { apiSignIn } from "../fixtures/authentication";
import { useE2eDatabase } from "../fixtures/database";

const SCREENSHOTS = "test-results/screenshots";
// A supplier no other spec uses, so counts and rows here are this spec's own.
const SUPPLIER = { nit: "901606707", dv: "9", name: "Trilladora Procesos E2E S.A.S." };

/** An invoice that failed at pricing, as the pipeline leaves it: its timeline and the failure's code and reason. */
const failedInvoice = async () => {
  const invoice = await createApprovedInvoice({
    supplier: SUPPLIER,
    lines: [{ lineAmount: "2500000.00", classificationCode: "0901.11", eligibility: "FIRST_TRANSFORMATION", category: "Café" }],
  });
  const startedAt = new Date();
  const runId = `e2e-${invoice.id}`;
  await recordPipelineStep({ invoiceId: invoice.id, step: "extract", runId, attempt: 0, startedAt, durationMs: 41, output: { claimed: true } });
  await recordPipelineStep({ invoiceId: invoice.id, step: "validate", runId, attempt: 0, startedAt, durationMs: 7, output: { next: "approved" } });
  const error = { code: "NO_RULE_SET_IN_FORCE", message: "No hay reglas de comisión vigentes para la fecha de registro." };
  await recordPipelineStep({ invoiceId: invoice.id, step: "price", runId, attempt: 0, startedAt, durationMs: 12, error });
  await failInvoice({ invoiceId: invoice.id, ...error });
  return invoice;
};

test.beforeAll(() => {
  useE2eDatabase();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

test("[PIPELINE]: Admin sees invoices by pipeline state, opens one's timeline and retries it", async ({ page }) => {
  const invoice = await failedInvoice();
  const number = invoice.number ?? "";
  await apiSignIn(page.request, "ADMIN");

  await page.goto("/administracion");
  await page.getByRole("tab", { name: "Procesos" }).click();
  await expect(page).toHaveURL(/\/administracion\/procesos$/);
  await page.getByRole("link", { name: /^Fallida · \d+/ }).click();
  await expect(page).toHaveURL(/status=FAILED/);
  const row = page.getByRole("table", { name: "Facturas en proceso" }).getByRole("row").filter({ hasText: number });
  await expect(row).toContainText("Trilladora Procesos E2E");
  await expect(row.getByRole("button", { name: `Reintentar ${number}` })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/administracion-procesos.png`, fullPage: true });

  await row.getByRole("link", { name: number }).click();
  await expect(page).toHaveURL(new RegExp(`/facturas/${invoice.id}$`));
  await expect(page.getByRole("heading", { name: `Factura ${number}` })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "NO_RULE_SET_IN_FORCE" })).toContainText("No hay reglas de comisión vigentes");
  const timeline = page.getByRole("table", { name: "Línea de tiempo" });
  // The header and the three steps.
  await expect(timeline.getByRole("row")).toHaveCount(4);
  await expect(timeline.getByRole("row").filter({ hasText: "Liquidación" })).toContainText("Falló");
  await page.screenshot({ path: `${SCREENSHOTS}/factura-linea-de-tiempo.png`, fullPage: true });

  await page.getByRole("button", { name: `Reintentar Factura ${number}` }).click();
  await expect(page.getByText(/Reintento (en curso|registrado)/)).toBeVisible();
  const after = ZInvoiceTimeline.parse(await (await page.request.get(`/api/invoices/${invoice.id}/timeline`)).json());
  expect(after.status).not.toBe("FAILED");
  expect((await page.request.post(`/api/invoices/${invoice.id}/retry`)).status()).toBe(409);
});

test("[PIPELINE]: the timeline API and retry are refused to roles without access", async ({ playwright, baseURL }) => {
  const invoice = await failedInvoice();
  const viewer = await playwright.request.newContext({ baseURL });
  await apiSignIn(viewer, "VIEWER");
  expect((await viewer.get(`/api/invoices/${invoice.id}/timeline`)).status()).toBe(200);
  expect((await viewer.post(`/api/invoices/${invoice.id}/retry`)).status()).toBe(403);
  expect((await viewer.get("/api/invoices/00000000-0000-4000-8000-000000000000/timeline")).status()).toBe(404);
  await viewer.dispose();
  const operator = await playwright.request.newContext({ baseURL });
  await apiSignIn(operator, "OPERATOR");
  expect((await operator.post(`/api/invoices/${invoice.id}/retry`)).status()).toBe(403);
  await operator.dispose();
});
