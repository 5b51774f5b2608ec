import { expect, test } from "@playwright/test";
import { priceInvoice } from "@/lib/commissions/price-invoice";
import { createApprovedInvoice } from "@/lib/testing/create-approved-invoice";
import { apiSignIn } from "../fixtures/authentication";
import { useE2eDatabase } from "../fixtures/database";

const SCREENSHOTS = "test-results/screenshots";

/** A Bogotá calendar date `days` from today. */
const bogotaDay = (days: number) => {
  const [year, month, day] = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Bogota" }).format(new Date()).split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days));
};
const isoDay = (days: number) => bogotaDay(days).toISOString().slice(0, 10);
const bogotaDayFromToday = (days: number) => {
  const date = bogotaDay(days);
  return `${String(date.getUTCDate()).padStart(2, "0")}/${String(date.getUTCMonth() + 1).padStart(2, "0")}/${date.getUTCFullYear()}`;
};

// Invoices priced today with version 1 (fee 0,30 %, commission 0,15 %), for the preview to compare against.
test.beforeAll(async () => {
  useE2eDatabase();
  for (const [index, amount] of ["20000000.00", "35000000.00", "1000000.00", "8000000.00"].entries()) {
    const invoice = await createApprovedInvoice({
      number: `FE-REGLAS-${index + 1}`,
      issueDate: isoDay(-5),
      lines: [{ lineAmount: amount, classificationCode: "0701.90", category: "Hortalizas" }],
    });
    await priceInvoice({ invoiceId: invoice.id, actor: null });
  }
});

test("[RULES]: an admin drafts a version, raises the fee, sees the preview and publishes it for a future date", async ({ page }) => {
  await apiSignIn(page.request, "ADMIN");
  await page.goto("/administracion");
  await page.getByRole("tab", { name: "Reglas de comisión" }).click();
  await expect(page).toHaveURL(/\/administracion\/reglas$/);
  const versions = page.getByRole("table", { name: "Versiones de reglas" });
  await expect(versions.getByRole("row").nth(1)).toContainText("Versión 1");
  await expect(versions.getByRole("row").nth(1)).toContainText("Vigente");
  await page.screenshot({ path: `${SCREENSHOTS}/reglas-versiones.png`, fullPage: true });

  // From the keyboard: focus the button and press Enter.
  await page.getByRole("button", { name: "Crear borrador desde la versión vigente" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/administracion\/reglas\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Versión 2" })).toBeVisible();
  const form = page.getByRole("form", { name: "Editar borrador" });
  const fee = form.getByRole("textbox", { name: "Tarifa BMC" }).first();
  await expect(fee).toHaveValue("0,30");
  await expect(form.getByRole("textbox", { name: "Máximo por factura" }).nth(1)).toHaveValue("5.000.000");

  // A bracket that overlaps the open-ended one is flagged on its own field, in Spanish, before anything is sent.
  await form.getByRole("button", { name: "Agregar regla" }).click();
  const newRule = form.getByRole("listitem", { name: "Regla 3" });
  await newRule.getByRole("textbox", { name: "Desde" }).fill("600.000.000");
  await newRule.getByRole("textbox", { name: "Hasta (sin incluir)" }).fill("700.000.000");
  await newRule.getByRole("textbox", { name: "Comisión" }).fill("0,08");
  await fee.fill("abc");
  await form.getByRole("button", { name: "Guardar borrador" }).click();
  await expect(newRule.getByText("El tramo se cruza con la regla 1")).toBeVisible();
  await expect(form.getByText("Escriba un porcentaje con hasta dos decimales, p. ej. 0,30")).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOTS}/reglas-errores.png`, fullPage: true });

  await newRule.getByRole("button", { name: "Quitar la regla 3" }).click();
  await expect(form.getByRole("listitem", { name: "Regla 3" })).toHaveCount(0);
  await fee.fill("0,45");
  // Unsaved changes cannot be previewed or published.
  await expect(page.getByRole("button", { name: "Publicar", exact: true })).toBeDisabled();
  await form.getByRole("button", { name: "Guardar borrador" }).click();
  await expect(form.getByRole("status")).toHaveText("Borrador guardado.");

  await page.getByRole("button", { name: "Vista previa" }).click();
  const preview = page.getByTestId("rule-set-preview");
  await expect(preview).toBeVisible();
  await expect(preview).toContainText(/\d+ facturas registradas (el|entre) \d{2}\/\d{2}\/\d{4}/);
  await expect(page.getByTestId("preview-fee")).toContainText(/\+\$ [\d.]+,\d{2} \(\+\d+,\d{2} %\)/);
  await expect(page.getByTestId("preview-commission")).toContainText("$ 0,00");
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOTS}/reglas-vista-previa.png`, fullPage: true });

  const effective = bogotaDayFromToday(10);
  await page.getByRole("button", { name: "Publicar", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Publicar la versión 2" });
  await dialog.getByRole("textbox", { name: "Fecha efectiva" }).fill(bogotaDayFromToday(-1));
  await dialog.getByRole("button", { name: "Continuar" }).click();
  await expect(dialog.getByText(/no puede ser anterior a hoy/)).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/reglas-publicar-fecha.png` });
  // The date field submits with Enter.
  await dialog.getByRole("textbox", { name: "Fecha efectiva" }).fill(effective);
  await page.keyboard.press("Enter");
  const confirm = page.getByRole("dialog", { name: "¿Publicar la versión 2?" });
  await expect(confirm).toContainText(effective);
  await page.screenshot({ path: `${SCREENSHOTS}/reglas-confirmar-publicacion.png` });
  await confirm.getByRole("button", { name: "Publicar" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Versión 2 publicada" })).toContainText(effective);
  await expect(page.getByText("Programada", { exact: true })).toBeVisible();
  await expect(page.getByText(`Efectiva desde ${effective}`)).toBeVisible();
  await expect(page.getByRole("form", { name: "Editar borrador" })).toHaveCount(0);
  await expect(page.getByTestId("rule-set-fee")).toContainText("Tarifa BMC: 0,45 %");
  await page.screenshot({ path: `${SCREENSHOTS}/reglas-publicada.png`, fullPage: true });

  await page.getByRole("link", { name: "Todas las versiones" }).click();
  await expect(versions.getByRole("row").nth(1)).toContainText("Programada");
  await expect(versions.getByRole("row").nth(1)).toContainText(effective);
  await expect(versions.getByRole("row").nth(2)).toContainText("Vigente");
  await expect(page.getByRole("button", { name: "Crear borrador desde la versión vigente" })).toBeEnabled();
  await page.screenshot({ path: `${SCREENSHOTS}/reglas-versiones-despues.png`, fullPage: true });
});
