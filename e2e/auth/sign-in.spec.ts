import { expect, test } from "@playwright/test";
import { E2E_USERS } from "../fixtures/users";

test("[AUTH]: signed-out visitors are sent to the login page", async ({ page }) => {
  await page.goto("/facturas");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { name: "Cotejo" })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/login.png", fullPage: true });
});

test("[AUTH]: the login form refuses a wrong password, then signs the operator in", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Correo electrónico").fill(E2E_USERS.OPERATOR.email);
  await page.getByLabel("Contraseña").fill("no-es-la-clave");
  await page.getByRole("button", { name: "Ingresar", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Correo o contraseña incorrectos.");
  await page.screenshot({ path: "test-results/screenshots/login-error.png", fullPage: true });

  await page.getByLabel("Contraseña").fill(E2E_USERS.OPERATOR.password);
  await page.getByRole("button", { name: "Ingresar", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Hola, Óscar" })).toBeVisible();
  await expect(page.getByTestId("current-role")).toHaveText("Operador");

  await page.getByRole("button", { name: "Salir" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("[AUTH]: invalid input is caught by the form before it is sent", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Correo electrónico").fill("no-es-un-correo");
  await page.getByRole("button", { name: "Ingresar", exact: true }).click();
  await expect(page.getByText("Escriba un correo válido")).toBeVisible();
  await expect(page.getByText("Escriba la contraseña")).toBeVisible();
});
