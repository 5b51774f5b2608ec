import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { apiSignIn } from "../fixtures/authentication";
import { useE2eDatabase } from "../fixtures/database";
import { E2E_USERS } from "../fixtures/users";

const SCREENSHOTS = "test-results/screenshots";
const EVIL = "=HYPERLINK(\"http://evil.example\",\"clic\")";

const ids = { customer: "" };

// Ten invoices priced through the real path, registered January to October 2026: other specs price invoices
// registered today (November), so every range below stops at October.
const REPORT_RANGE = { from: "2026-01-01", to: "2026-10-31" };
const REGISTRATION_DAYS = ["2026-01-31", "2026-02-14", "2026-03-03", "2026-04-20", "2026-05-09", "2026-06-30", "2026-07-15", "2026-08-01", "2026-09-12", "2026-10-31"];

test.beforeAll(async () => {
  useE2eDatabase();
  const { db } = await import("@/lib/db");
  const { createApprovedInvoice } = await import("@/lib/testing/create-approved-invoice");
  const { priceInvoice } = await import("@/lib/commissions/price-invoice");
  const existing = await db.organization.findUnique({ where: { nit: "860777001" } });
  if (existing) {
    ids.customer = existing.id;
    return;
  }
  const customer = { nit: "860777001", dv: "4", name: "Distribuidora Andina del Valle S.A.S." };
  const other = { nit: "860777002", dv: "9", name: "Supermercados del Valle S.A." };
  const evil = { nit: "900777003", dv: "2", name: EVIL };
  const finca = { nit: "900777004", dv: "6", name: "Finca El Cafetal S.A.S." };
  for (const [index, day] of REGISTRATION_DAYS.entries()) {
    const invoice = await createApprovedInvoice({
      issueDate: day,
      number: `FE-${1000 + index}`,
      supplier: index % 2 === 0 ? finca : evil,
      customer: index % 3 === 0 ? other : customer,
      uploaderEmail: E2E_USERS.OPERATOR.email,
      lines: [{ lineAmount: (1_000_000 + index * 350_000).toFixed(2), classificationCode: index % 2 === 0 ? "0901.11" : "0102.29" }],
    });
    await priceInvoice({ invoiceId: invoice.id, actor: null, registeredOn: day });
  }
  ids.customer = (await db.organization.findUniqueOrThrow({ where: { nit: customer.nit } })).id;
});

test("[REPORTS]: a viewer reads the report by month and by classification, pages suppliers and downloads exports and a statement", async ({ page }) => {
  await apiSignIn(page.request, "VIEWER");
  await page.goto("/reportes");
  await expect(page.getByRole("heading", { level: 1, name: "Reportes" })).toBeVisible();
  await page.getByRole("textbox", { name: "Desde" }).fill("01/01/2026");
  await page.getByRole("textbox", { name: "Hasta" }).fill("31/10/2026");
  const grid = page.getByRole("grid");
  await expect(grid.getByRole("row").filter({ hasText: "enero de 2026" })).toContainText("$ 1.000.000,00");
  await expect(page.getByText(/^Total: 10 facturas/)).toBeVisible();
  await expect(page.getByLabel("Gráfico de cobros").locator("svg").first()).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/reportes-por-mes.png`, fullPage: true });

  await page.getByRole("combobox", { name: "Agrupar por" }).click();
  await page.getByRole("option", { name: "Clasificación DIAN" }).click();
  await expect(grid.getByRole("row").filter({ hasText: "0901.11" })).toContainText("Café");
  await expect(page.getByText(/cuenta en cada una/)).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/reportes-por-clasificacion.png`, fullPage: true });

  await page.getByRole("combobox", { name: "Agrupar por" }).click();
  await page.getByRole("option", { name: "Proveedor" }).click();
  await expect(grid.getByRole("row").filter({ hasText: "HYPERLINK" })).toBeVisible();

  // An empty range says so in Spanish.
  await page.getByRole("textbox", { name: "Desde" }).fill("01/01/2020");
  await page.getByRole("textbox", { name: "Hasta" }).fill("31/01/2020");
  await expect(page.getByText("No hay registros en el periodo seleccionado")).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/reportes-vacio.png`, fullPage: true });
  await page.getByRole("textbox", { name: "Desde" }).fill("01/01/2026");
  await page.getByRole("textbox", { name: "Hasta" }).fill("31/10/2026");

  const xlsxDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exportar Excel" }).click();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await (await xlsxDownload).path());
  const sheet = workbook.getWorksheet("Reporte");
  const names = (sheet?.getColumn(1).values ?? []).map(String);
  expect(names).toContain(`'${EVIL} (NIT 900777003-2)`);
  const evilRow = sheet?.getRow(names.indexOf(`'${EVIL} (NIT 900777003-2)`));
  expect(typeof evilRow?.getCell(4).value).toBe("number");

  await page.getByRole("combobox", { name: "Cliente (comprador)" }).fill("Distribuidora Andina");
  await page.getByRole("option", { name: /Distribuidora Andina/ }).click();
  // Under load the client list can still be closing; a click on Mes then only closes it and the menu never opens.
  await expect(page.getByRole("listbox")).toHaveCount(0);
  await page.getByRole("combobox", { name: "Mes" }).click();
  await page.getByRole("option", { name: "febrero de 2026" }).click();
  // The menu fades out after the click; wait until MUI unmounts it so the screenshot shows the form.
  await expect(page.locator(".MuiPopover-root")).toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOTS}/reportes-estado-de-cuenta.png`, fullPage: true });
  const pdfDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Descargar estado de cuenta" }).click();
  const pdf = readFileSync(await (await pdfDownload).path());
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
});

test("[REPORTS_API]: exports answer with the right type, defuse formulas and keep numbers; statements need a valid month", async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  const anonymous = await request.get(`/api/reports?from=${REPORT_RANGE.from}&to=${REPORT_RANGE.to}`);
  expect(anonymous.status()).toBe(401);
  await apiSignIn(request, "VIEWER");
  const csv = await request.get(`/api/reports/export?format=csv&dimension=supplier&from=${REPORT_RANGE.from}&to=${REPORT_RANGE.to}`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(csv.headers()["content-disposition"]).toContain("attachment;");
  const text = (await csv.body()).toString("utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""clic"") (NIT 900777003-2)"`);
  expect(text).toMatch(/\r\nTotal;;10;\d+,\d{2};/);

  const xlsx = await request.get(`/api/reports/export?format=xlsx&dimension=period&granularity=month&from=${REPORT_RANGE.from}&to=${REPORT_RANGE.to}`);
  expect(xlsx.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  expect((await request.get(`/api/reports/export?format=pdf&from=${REPORT_RANGE.from}&to=${REPORT_RANGE.to}`)).status()).toBe(422);
  expect((await request.get("/api/reports?from=2026-02-30&to=2026-12-31")).status()).toBe(422);
  expect((await request.get(`/api/reports/statement?organizationId=${ids.customer}&month=2026-13`)).status()).toBe(422);
  const statement = await request.get(`/api/reports/statement?organizationId=${ids.customer}&month=2026-02`);
  expect(statement.status()).toBe(200);
  expect(statement.headers()["content-type"]).toBe("application/pdf");
  await request.dispose();
});
