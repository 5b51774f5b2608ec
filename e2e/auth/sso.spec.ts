import { expect, test, type Page } from "@playwright/test";
import { ROLE_LABELS, type TRole } from "@/lib/auth/schemas";
import { getSectionsForRole } from "@/lib/auth/sections";
import { OIDC_TEST_ACCOUNTS, type OidcTestAccount } from "@/lib/testing/oidc-test-accounts";
import { apiSignIn } from "../fixtures/authentication";
import { E2E_OIDC } from "../fixtures/oidc";

const ISSUER = `http://127.0.0.1:${E2E_OIDC.port}`;

/** From the app's login page through the IdP's login form (oidc-provider's development form) and back. */
const signInThroughIdp = async (page: Page, account: OidcTestAccount) => {
  await page.goto("/login");
  await page.getByRole("button", { name: `Ingresar con ${E2E_OIDC.displayName}` }).click();
  await expect(page).toHaveURL(new RegExp(`^${ISSUER}/interaction/`));
  await page.locator('input[name="login"]').fill(account.accountId);
  await page.locator('input[name="password"]').fill("cualquier-clave");
  await page.getByRole("button", { name: "Sign-in" }).click();
};

for (const role of ["ADMIN", "OPERATOR", "VIEWER"] as const satisfies TRole[]) {
  test(`[SSO]: the ${role} account signs in through the IdP and sees its role's navigation`, async ({ page }) => {
    const account = OIDC_TEST_ACCOUNTS[role];
    await signInThroughIdp(page, account);
    await expect(page.getByRole("heading", { name: `Hola, ${account.name.split(" ")[0]}` })).toBeVisible();
    await expect(page.getByTestId("current-role")).toHaveText(ROLE_LABELS[role]);
    const navigation = page.getByRole("navigation", { name: "Navegación principal" });
    await expect(navigation.getByRole("link")).toHaveText(getSectionsForRole(role).map((section) => section.label));
    await expect(page.getByText(account.email)).toBeVisible();
    // The ID token stays in the encrypted cookie: the session the browser can read carries no token.
    const session = JSON.stringify(await (await page.request.get("/api/auth/session")).json());
    expect(session).toContain(account.email);
    expect(session).not.toMatch(/idToken|eyJ/);
  });
}

test("[SSO]: an account whose groups map to no role gets the no-access page and no session", async ({ page }) => {
  await signInThroughIdp(page, OIDC_TEST_ACCOUNTS.UNMAPPED);
  await expect(page).toHaveURL(/\/sin-acceso\?motivo=sin-grupo&proveedor=oidc$/);
  await expect(page.getByRole("heading", { name: "Sin acceso" })).toBeVisible();
  await expect(page.getByTestId("no-access-reason")).toContainText("no pertenece a ningún grupo con acceso a Cotejo");
  await page.screenshot({ path: "test-results/screenshots/sso-sin-acceso.png", fullPage: true });
  expect(await (await page.request.get("/api/auth/session")).json()).toEqual({});
  // Another account can be used: the page ends the IdP session, so the IdP asks for credentials again.
  await page.getByRole("link", { name: "Ingresar con otra cuenta" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.getByRole("button", { name: `Ingresar con ${E2E_OIDC.displayName}` }).click();
  await expect(page.locator('input[name="login"]')).toBeVisible();
});

test("[SSO]: signing out ends the IdP session too, so signing in again asks for credentials", async ({ page }) => {
  await signInThroughIdp(page, OIDC_TEST_ACCOUNTS.OPERATOR);
  await expect(page.getByTestId("current-role")).toHaveText("Operador");
  await page.getByRole("button", { name: "Salir" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.getByRole("button", { name: `Ingresar con ${E2E_OIDC.displayName}` }).click();
  await expect(page).toHaveURL(new RegExp(`^${ISSUER}/interaction/`));
  await expect(page.locator('input[name="login"]')).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/sso-idp-login.png", fullPage: true });
});

test("[SSO]: a user an Admin deactivates is refused on the next request and at the next sign-in", async ({ page, browser, baseURL }) => {
  const account = OIDC_TEST_ACCOUNTS.VIEWER;
  await signInThroughIdp(page, account);
  await expect(page.getByTestId("current-role")).toHaveText("Consulta");

  const adminContext = await browser.newContext({ baseURL });
  await apiSignIn(adminContext.request, "ADMIN");
  const adminPage = await adminContext.newPage();
  await adminPage.goto("/administracion");
  const row = adminPage.getByRole("table", { name: "Usuarios" }).getByRole("row").filter({ hasText: account.email });
  await row.getByRole("button", { name: `Desactivar ${account.email}` }).click();
  await expect(row).toContainText("Inactivo");
  await adminPage.screenshot({ path: "test-results/screenshots/administracion-desactivado.png", fullPage: true });

  // Same session cookie, still far from expiry: refused now.
  expect((await page.request.get("/api/dashboard/summary")).status()).toBe(401);
  await page.goto("/facturas");
  await expect(page).toHaveURL(/\/login/);
  // The IdP still knows the user, but Cotejo does not let them back in.
  await page.getByRole("button", { name: `Ingresar con ${E2E_OIDC.displayName}` }).click();
  await expect(page).toHaveURL(/\/sin-acceso\?motivo=desactivado/);
  await expect(page.getByTestId("no-access-reason")).toContainText("desactivó su usuario");

  await row.getByRole("button", { name: `Reactivar ${account.email}` }).click();
  await expect(row).toContainText("Activo");
  // The session from before the deactivation stays ended: reactivating the user does not revive it.
  expect((await page.request.get("/api/dashboard/summary")).status()).toBe(401);
  // Reactivated, a fresh sign-in works again (the IdP session still exists, so no credentials are asked).
  await page.context().clearCookies({ domain: "localhost" });
  await page.goto("/login");
  await page.getByRole("button", { name: `Ingresar con ${E2E_OIDC.displayName}` }).click();
  await expect(page.getByTestId("current-role")).toHaveText("Consulta");
  await adminContext.close();
});
