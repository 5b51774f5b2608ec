import { expect, test } from "@playwright/test";
import type { TRole } from "@/lib/auth/schemas";
import { apiSignIn } from "../fixtures/authentication";

const NAVIGATION: Record<TRole, string[]> = {
  ADMIN: ["Inicio", "Facturas", "Cargar", "Revisión", "Productos", "Comisiones", "Certificados", "Reportes", "Administración"],
  OPERATOR: ["Inicio", "Facturas", "Cargar", "Revisión", "Productos", "Comisiones", "Certificados", "Reportes"],
  VIEWER: ["Inicio", "Facturas", "Productos", "Certificados", "Reportes"],
};
const ROLE_LABEL: Record<TRole, string> = { ADMIN: "Administrador", OPERATOR: "Operador", VIEWER: "Consulta" };

for (const role of ["ADMIN", "OPERATOR", "VIEWER"] as const) {
  test(`[NAV]: ${role} sees exactly its sections and the home page's real counts`, async ({ page }) => {
    await apiSignIn(page.request, role);
    await page.goto("/");
    const navigation = page.getByRole("navigation", { name: "Navegación principal" });
    await expect(navigation.getByRole("link")).toHaveText(NAVIGATION[role]);
    await expect(page.getByTestId("current-role")).toHaveText(ROLE_LABEL[role]);
    // The seeded catalog (3,000 generated products, of which the generator marks 50 discontinued) and the
    // classifications, read from the database through the API.
    await expect(page.getByTestId("metric-products")).toHaveText("2.950");
    await expect(page.getByTestId("metric-classifications")).toHaveText("127");
    await expect(page.getByTestId("metric-total-invoices")).toHaveText("0");
    await expect(page.getByTestId("metric-rule-set")).toContainText("v1");
    await page.screenshot({ path: `test-results/screenshots/home-${role.toLowerCase()}.png`, fullPage: true });

    for (const label of NAVIGATION[role].slice(1)) {
      await navigation.getByRole("link", { name: label }).click();
      await expect(page.getByRole("heading", { level: 1, name: label })).toBeVisible();
      await expect(navigation.getByRole("link", { name: label })).toHaveAttribute("aria-current", "page");
    }
  });
}

test("[ACCESS]: a viewer cannot reach operator or admin pages", async ({ page }) => {
  await apiSignIn(page.request, "VIEWER");
  for (const path of ["/cargar", "/revision", "/comisiones", "/administracion"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/sin-acceso/);
    await expect(page.getByRole("heading", { name: "Sin acceso" })).toBeVisible();
  }
  await page.screenshot({ path: "test-results/screenshots/sin-acceso.png", fullPage: true });
});

test("[ADMIN]: the administration page lists the users and their roles", async ({ page }) => {
  await apiSignIn(page.request, "ADMIN");
  await page.goto("/administracion");
  const table = page.getByRole("table", { name: "Usuarios" });
  await expect(table.getByRole("row")).toHaveCount(4);
  await expect(table).toContainText("operador@cotejo.local");
  await page.screenshot({ path: "test-results/screenshots/administracion.png", fullPage: true });
});
