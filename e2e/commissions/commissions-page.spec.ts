import { expect, test } from "@playwright/test";
import { priceInvoice } from "@/lib/commissions/price-invoice";
import { createApprovedInvoice } from "@/lib/testing/create-approved-invoice";
import { apiSignIn } from "../fixtures/authentication";
import { useE2eDatabase } from "../fixtures/database";

const SCREENSHOTS = "test-results/screenshots";

test.beforeAll(() => useE2eDatabase());

test("[COMMISSIONS_PAGE]: an operator opens a priced invoice and reads each line's rate, share and exclusion", async ({ page }) => {
  const invoice = await createApprovedInvoice({
    number: "FEHU-88123",
    // A NIT no other spec uses: organizations are shared across the e2e run and keep their first name.
    supplier: { nit: "901122334", dv: "7", name: "Cooperativa Cafetera del Huila" },
    lines: [
      { lineAmount: "36500000.00", classificationCode: "0901.11", description: "Café pergamino seco", category: "Café" },
      { lineAmount: "4200000.00", classificationCode: "0102.29", description: "Novillos de levante", category: "Ganado" },
      { lineAmount: "1800000.00", classificationCode: null, description: "Fletes" },
    ],
  });
  await priceInvoice({ invoiceId: invoice.id, actor: null });

  await apiSignIn(page.request, "OPERATOR");
  await page.goto("/comisiones");
  await expect(page.getByRole("heading", { level: 1, name: "Comisiones" })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/comisiones-lista.png`, fullPage: true });
  await page.getByRole("link", { name: "FEHU-88123" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Liquidación de la factura FEHU-88123" })).toBeVisible();
  await expect(page.getByText("Proveedor: Cooperativa Cafetera del Huila (NIT 901.122.334-7)")).toBeVisible();
  const lines = page.getByRole("table", { name: "Líneas liquidadas" });
  await expect(lines.getByRole("row")).toHaveCount(4);
  await expect(lines.getByRole("row").nth(3)).toContainText("Sin producto del catálogo");
  // 0,12 % for live cattle (0102.29) in the seeded rules; 0,15 % base for the coffee.
  await expect(lines.getByRole("row").nth(2)).toContainText("0,12 % · Por clasificación");
  await expect(lines.getByRole("row").nth(1)).toContainText("0,15 % · Tarifa base");
  await expect(page.getByText("$ 40.700.000,00").first()).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/comisiones-detalle.png`, fullPage: true });
});

test("[COMMISSIONS_PAGE]: an unknown invoice id is a not-found page, not an error", async ({ page }) => {
  await apiSignIn(page.request, "OPERATOR");
  const response = await page.goto(`/comisiones/${crypto.randomUUID()}`);
  expect(response?.status()).toBe(404);
});
