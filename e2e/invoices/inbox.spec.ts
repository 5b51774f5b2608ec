import { mkdirSync, readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { ZSavedViewList } from "@/lib/invoices/schemas";
import { createApprovedInvoice } from "@/lib/testing/create-approved-invoice";
import { apiSignIn } from "../fixtures/authentication";
import { useE2eDatabase } from "../fixtures/database";

const SCREENSHOTS = "test-results/screenshots";
// A supplier no other spec uses, so the rows filtered here are this spec's own.
const SUPPLIER = { nit: "901707808", dv: "2", name: "Cacaotera Bandeja E2E S.A.S." };
const LINE = [{ lineAmount: "1000000.00", classificationCode: "1801.00", eligibility: "AGRO_NATURAL" as const, category: "Cacao" }];

const grid = (page: Page) => page.getByRole("grid", { name: "Facturas" });
const dataRows = (page: Page) => grid(page).getByRole("row").filter({ has: page.getByRole("gridcell") });

test.beforeAll(async () => {
  useE2eDatabase();
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const [number, total] of [
    ["INBX-1", "1250000.50"],
    ["INBX-2", "3400000.00"],
    ["INBX-3", "980000.99"],
  ] as const) {
    await createApprovedInvoice({ supplier: SUPPLIER, number, total, issueDate: "2026-10-15", lines: LINE });
  }
});

test("[INBOX]: an operator filters, saves the view, marks rows urgent and exports them", async ({ page }) => {
  await apiSignIn(page.request, "OPERATOR");
  await page.goto("/facturas");
  await expect(page.getByRole("heading", { name: "Facturas" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Acciones sobre la selección" })).toBeVisible();

  await page.getByLabel("Proveedor (NIT o nombre)").fill("Cacaotera Bandeja");
  await page.getByLabel("Proveedor (NIT o nombre)").press("Enter");
  await expect(page).toHaveURL(/supplier=Cacaotera\+Bandeja/);
  await expect(dataRows(page)).toHaveCount(3);
  await page.getByLabel("Total desde").fill("1000000");
  await page.getByLabel("Total desde").press("Enter");
  await expect(page).toHaveURL(/totalMin=1000000/);
  await expect(dataRows(page)).toHaveCount(2);
  await expect(grid(page)).toContainText("$ 3.400.000,00");
  await expect(grid(page)).toContainText("NIT 901707808-2");
  await expect(page.getByRole("status").filter({ hasText: "facturas" })).toHaveText("2 facturas");

  // The view is a link: opened fresh, the same filters and rows.
  const link = page.url();
  await page.goto(link);
  await expect(dataRows(page)).toHaveCount(2);
  await expect(page.getByLabel("Total desde")).toHaveValue("1000000");

  await page.getByRole("button", { name: "Guardar vista" }).click();
  await page.getByLabel("Nombre de la vista").fill("Cacaotera E2E grandes");
  await page.getByRole("dialog").getByRole("button", { name: "Guardar" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(page.getByRole("button", { name: "Eliminar la vista «Cacaotera E2E grandes»" })).toBeVisible();

  await page.getByRole("button", { name: "Limpiar filtros" }).click();
  await expect(page).toHaveURL(/\/facturas$/);
  await page.getByLabel("Vista guardada").click();
  await page.getByRole("option", { name: "Cacaotera E2E grandes" }).click();
  await expect(page).toHaveURL(/supplier=Cacaotera\+Bandeja/);
  await expect(dataRows(page)).toHaveCount(2);
  await page.screenshot({ path: `${SCREENSHOTS}/facturas-bandeja-filtrada.png`, fullPage: true });

  await grid(page).getByRole("checkbox", { name: /seleccionar todas/i }).check();
  await expect(page.getByText("2 seleccionadas")).toBeVisible();
  await page.getByRole("button", { name: "Marcar urgentes" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "2 marcadas como urgentes." })).toBeVisible();
  await expect(grid(page).getByText("Urgente")).toHaveCount(2);
  await page.screenshot({ path: `${SCREENSHOTS}/facturas-bandeja-urgentes.png`, fullPage: true });

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Exportar CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^facturas-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await download.path(), "utf8").split("\r\n");
  expect(csv[0]).toBe("\uFEFFNúmero;Proveedor;NIT;Fecha de emisión;Total;Estado;Confianza;Origen;Urgente;Cargada;Archivo");
  expect(csv.filter((line) => line.startsWith("INBX-")).sort()).toEqual([
    expect.stringMatching(/^INBX-1;Cacaotera Bandeja E2E S\.A\.S\.;901707808-2;15\/10\/2026;1250000,50;Aprobada;;XML;Sí;/),
    expect.stringMatching(/^INBX-2;Cacaotera Bandeja E2E S\.A\.S\.;901707808-2;15\/10\/2026;3400000,00;Aprobada;;XML;Sí;/),
  ]);

  // Views are the owner's: delete it, and it is gone from the list.
  await page.getByRole("button", { name: "Eliminar la vista «Cacaotera E2E grandes»" }).click();
  await expect(page.getByRole("button", { name: "Eliminar la vista «Cacaotera E2E grandes»" })).toBeHidden();
  const views = ZSavedViewList.parse(await (await page.request.get("/api/invoices/views")).json());
  expect(views.views.map((view) => view.name)).not.toContain("Cacaotera E2E grandes");
});

test("[INBOX]: a viewer reads the inbox without bulk actions, and the bulk routes refuse them", async ({ page }) => {
  await apiSignIn(page.request, "VIEWER");
  await page.goto("/facturas?supplier=901707808");
  await expect(dataRows(page)).toHaveCount(3);
  await expect(page.getByRole("region", { name: "Acciones sobre la selección" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Marcar urgentes" })).toHaveCount(0);
  await expect(grid(page).getByRole("checkbox")).toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOTS}/facturas-bandeja-lector.png`, fullPage: true });

  const ids = [crypto.randomUUID()];
  expect((await page.request.post("/api/invoices/bulk", { data: { action: "urgent", ids } })).status()).toBe(403);
  expect((await page.request.post("/api/invoices/export", { data: { ids } })).status()).toBe(403);

  // An operator may not retry in bulk either: that is an Admin's call.
  const operator = await page.context().browser()!.newContext({ baseURL: new URL(page.url()).origin });
  await apiSignIn(operator.request, "OPERATOR");
  const retry = await operator.request.post("/api/invoices/bulk", { data: { action: "retry", ids } });
  expect(retry.status()).toBe(403);
  await operator.close();
});
