import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import {
  createFixtureUploader,
  createInvoiceAt,
  recordCorrectionAt,
  recordReviewCompletedAt,
  recordStatusChangeAt,
} from "@/lib/testing/create-dashboard-fixtures";
import { apiSignIn } from "../fixtures/authentication";
import { useE2eDatabase } from "../fixtures/database";

const SCREENSHOTS = "test-results/screenshots";
const HOUR = 60 * 60 * 1000;

test.beforeAll(async () => {
  useE2eDatabase();
  mkdirSync(SCREENSHOTS, { recursive: true });
  const { id: uploadedById } = await createFixtureUploader();
  const ago = (ms: number) => new Date(Date.now() - ms);
  // One invoice waiting in review for two hours, one approved by validation, one approved after review with two
  // corrected values.
  const waiting = await createInvoiceAt({ uploadedById, status: "NEEDS_REVIEW", createdAt: ago(2 * HOUR + 60_000), confidence: "0.6200" });
  await recordStatusChangeAt({ invoiceId: waiting.id, from: "VALIDATING", to: "NEEDS_REVIEW", at: ago(2 * HOUR) });
  const automatic = await createInvoiceAt({ uploadedById, status: "APPROVED", createdAt: ago(10 * 60_000), confidence: "0.9900" });
  await recordStatusChangeAt({ invoiceId: automatic.id, from: "VALIDATING", to: "APPROVED", at: ago(9 * 60_000) });
  const reviewed = await createInvoiceAt({ uploadedById, status: "APPROVED", createdAt: ago(40 * 60_000), confidence: "0.4100" });
  await recordStatusChangeAt({ invoiceId: reviewed.id, from: "VALIDATING", to: "NEEDS_REVIEW", at: ago(39 * 60_000) });
  for (const field of ["header.total", "lines.1.quantity"]) await recordCorrectionAt({ invoiceId: reviewed.id, field, at: ago(20 * 60_000) });
  await recordReviewCompletedAt({ invoiceId: reviewed.id, at: ago(15 * 60_000) });
  await recordStatusChangeAt({ invoiceId: reviewed.id, from: "NEEDS_REVIEW", to: "APPROVED", at: ago(15 * 60_000) });
});

const expectCharts = async (page: Page) => {
  for (const name of [
    "Facturas de hoy por estado",
    "Cola de revisión",
    "Aprobación automática",
    "Tiempo de proceso",
    "Distribución de confianza",
    "Correcciones por factura revisada",
  ]) {
    await expect(page.getByRole("figure", { name })).toBeVisible();
  }
  await expect(page.getByTestId("backlog-count")).not.toHaveText("0");
  await expect(page.getByTestId("backlog-oldest")).toContainText("Más antigua");
  await expect(page.getByTestId("auto-approval-today")).toContainText("%");
  await expect(page.getByTestId("processing-review")).not.toHaveText("—");
  await expect(page.getByRole("figure", { name: "Correcciones por factura revisada" })).toContainText("correcciones en");
  // The charts themselves are drawn.
  await expect(page.getByTestId("chart-today").locator(".MuiBarChart-element")).toHaveCount(10);
  await expect(page.getByTestId("chart-drift").locator("svg path").first()).toBeAttached();
};

test("[DASHBOARD]: an operator sees the process charts with the shortcuts to act on them", async ({ page }) => {
  await apiSignIn(page.request, "OPERATOR");
  await page.goto("/");
  await expectCharts(page);
  await expect(page.getByRole("link", { name: "Cargar facturas" })).toHaveAttribute("href", "/cargar");
  await expect(page.getByRole("link", { name: "Ir a revisión" })).toHaveAttribute("href", "/revision");
  await page.screenshot({ path: `${SCREENSHOTS}/inicio-graficos-operador.png`, fullPage: true });
  const accessibility = await new AxeBuilder({ page }).include("[aria-label='Indicadores del proceso']").analyze();
  expect(accessibility.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
});

test("[DASHBOARD]: a viewer sees the same charts read-only", async ({ page }) => {
  await apiSignIn(page.request, "VIEWER");
  await page.goto("/");
  await expectCharts(page);
  await expect(page.getByRole("link", { name: "Cargar facturas" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Ir a revisión" })).toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOTS}/inicio-graficos-consulta.png`, fullPage: true });
});
