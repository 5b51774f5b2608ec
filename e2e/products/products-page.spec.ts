import { expect, test, type Page } from "@playwright/test";
import { apiSignIn } from "../fixtures/authentication";

const SCREENSHOTS = "test-results/screenshots";

const openCatalog = async (page: Page) => {
  await apiSignIn(page.request, "VIEWER");
  await page.goto("/productos");
  await expect(page.getByRole("heading", { level: 1, name: "Productos" })).toBeVisible();
  const grid = page.getByRole("grid", { name: "Productos" });
  // The seeded catalog is there at once, in code order.
  await expect(grid.getByRole("row").nth(1)).toContainText("P000000001");
  return grid;
};

test("[PRODUCTS]: a viewer finds a product despite a typo and a missing accent, and opens its detail from the keyboard", async ({ page }) => {
  const grid = await openCatalog(page);
  const search = page.getByRole("textbox", { name: "Buscar productos" });
  await expect(search).toBeFocused();

  await search.pressSequentially("cafe pergamno seco", { delay: 30 });
  const firstRow = grid.getByRole("row").nth(1);
  await expect(firstRow).toContainText(/Café pergamino seco/);
  await expect(grid.getByRole("columnheader", { name: "Relevancia" })).toBeVisible();
  await expect(firstRow.getByRole("gridcell").last()).toHaveText(/^\d{1,3} %$/);
  await page.screenshot({ path: `${SCREENSHOTS}/productos-busqueda.png`, fullPage: true });

  // Arrow down leaves the search box for the first result; Enter opens it.
  const code = (await firstRow.getByRole("gridcell").first().textContent()) ?? "";
  await search.press("ArrowDown");
  await expect(firstRow.getByRole("gridcell").first()).toBeFocused();
  await page.keyboard.press("Enter");
  const drawer = page.getByRole("dialog", { name: /Café pergamino seco/ });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByTestId("product-detail-code")).toHaveText(code);
  await expect(drawer).toContainText("0901.11");
  await expect(drawer).toContainText("Agro, estado natural");
  await expect(drawer.getByTestId("product-detail-withholding")).toHaveText("1,50 %");
  await expect(drawer).toContainText(/\d{2}\/\d{2}\/\d{4}/);
  await page.screenshot({ path: `${SCREENSHOTS}/productos-detalle.png`, fullPage: true });
  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();

  // A click opens it too.
  await grid.getByRole("row").nth(2).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.getByRole("button", { name: "Cerrar detalle" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();

  await search.fill("zzzz qqqq xxxx");
  await expect(page.getByText("Ningún producto coincide")).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/productos-sin-resultados.png`, fullPage: true });
});

test("[PRODUCTS]: filters by eligibility and classification, and pages forward and back", async ({ page }) => {
  const grid = await openCatalog(page);
  const firstCode = (await grid.getByRole("row").nth(1).getByRole("gridcell").first().textContent()) ?? "";

  await page.getByRole("button", { name: "Ir a la página siguiente" }).click();
  await expect(grid.getByRole("row").nth(1).getByRole("gridcell").first()).not.toHaveText(firstCode);
  await expect(page.getByText(/26–50 de más de 50/)).toBeVisible();
  await page.getByRole("button", { name: "Ir a la página anterior" }).click();
  await expect(grid.getByRole("row").nth(1).getByRole("gridcell").first()).toHaveText(firstCode);

  await page.getByRole("combobox", { name: "Elegibilidad" }).click();
  await page.getByRole("option", { name: "No elegible" }).click();
  await expect(grid.getByRole("row").nth(1)).toContainText("No elegible");
  const eligibilityCells = grid.locator('[role="gridcell"][data-field="eligibility"]');
  // Wait for the whole filtered page: the grid keeps the previous rows on screen while the next page loads.
  await expect.poll(async () => [...new Set(await eligibilityCells.allTextContents())]).toEqual(["No elegible"]);
  await page.screenshot({ path: `${SCREENSHOTS}/productos-filtro-elegibilidad.png`, fullPage: true });

  await page.getByRole("combobox", { name: "Elegibilidad" }).click();
  await page.getByRole("option", { name: "Todas" }).click();
  await page.getByRole("combobox", { name: "Clasificación DIAN" }).fill("1701");
  await page.getByRole("option", { name: /^1701\.13 · / }).click();
  const classificationCells = grid.locator('[role="gridcell"][data-field="classificationCode"]');
  await expect
    .poll(async () => (await classificationCells.allTextContents()).filter((text) => !/^1701\.13Panela/.test(text)))
    .toEqual([]);
  await expect(classificationCells.first()).toHaveText(/^1701\.13Panela/);
  await page.screenshot({ path: `${SCREENSHOTS}/productos-filtro-clasificacion.png`, fullPage: true });
});
