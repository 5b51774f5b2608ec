import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { apiSignIn } from "../fixtures/authentication";

const SCREENSHOTS = "test-results/screenshots";
const DIAN = "lib/extraction/ubl/fixtures/dian";

/**
 * A DIAN sample made unique to this run by a trailing comment: other specs upload the same samples to the same
 * database, and this one needs a file the server has never seen (its SHA-256 decides what is a duplicate).
 */
const uniqueXml = (fixture: string) =>
  Buffer.concat([readFileSync(path.join(DIAN, fixture)), Buffer.from(`\n<!-- carga e2e ${Date.now()}-${Math.random()} -->\n`)]);

type DroppedFile = { name: string; type: string; base64: string };

/** A real drop event on the drop zone, carrying files built in the page, as a browser's drag and drop does. */
const dropFiles = async (page: Page, files: DroppedFile[]) => {
  const dataTransfer = await page.evaluateHandle((entries: DroppedFile[]) => {
    const transfer = new DataTransfer();
    for (const entry of entries) {
      const bytes = Uint8Array.from(atob(entry.base64), (char) => char.charCodeAt(0));
      transfer.items.add(new File([bytes], entry.name, { type: entry.type }));
    }
    return transfer;
  }, files);
  const zone = page.getByRole("button", { name: /Arrastre aquí facturas/ });
  await zone.dispatchEvent("dragenter", { dataTransfer });
  await zone.dispatchEvent("drop", { dataTransfer });
};

const rowOf = (page: Page, name: string) => page.getByTestId("upload-row").filter({ hasText: name });

test.beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));

test("[UPLOAD_PAGE]: a dropped mix gives one result per file and its batch runs to a final state", async ({ page }) => {
  test.setTimeout(120_000);
  await apiSignIn(page.request, "OPERATOR");
  await page.goto("/cargar");
  await expect(page.getByRole("heading", { level: 1, name: "Cargar" })).toBeVisible();
  await expect(page.getByText("Aún no ha cargado archivos")).toBeVisible();
  // The drop zone is a keyboard-reachable button.
  const zone = page.getByRole("button", { name: /Arrastre aquí facturas/ });
  await zone.focus();
  await expect(zone).toBeFocused();
  await page.screenshot({ path: `${SCREENSHOTS}/cargar-vacio.png`, fullPage: true });

  const xml = uniqueXml("Consumidor_Final.xml").toString("base64");
  await dropFiles(page, [
    { name: "Consumidor_Final.xml", type: "application/xml", base64: xml },
    { name: "Consumidor_Final (copia).xml", type: "application/xml", base64: xml },
    { name: "notas.pdf", type: "application/pdf", base64: Buffer.from("Notas de la reunión, no es una factura.\n").toString("base64") },
    { name: "lista.txt", type: "text/plain", base64: Buffer.from("lista de compras").toString("base64") },
  ]);

  // Both copies upload at once: whichever arrives first is new, the other resolves to the same invoice.
  const xmlRows = page.getByTestId("upload-row").filter({ hasText: "Consumidor_Final" });
  await expect(xmlRows.filter({ hasText: "Nueva" })).toHaveCount(1, { timeout: 30_000 });
  await expect(xmlRows.filter({ hasText: "Duplicada" })).toHaveCount(1);
  const created = await xmlRows.filter({ hasText: "Nueva" }).getByRole("link", { name: "Ver factura" }).getAttribute("href");
  expect(created).toMatch(/^\/facturas\/[0-9a-f-]{36}$/);
  await expect(xmlRows.filter({ hasText: "Duplicada" }).getByRole("link", { name: "Ver la factura existente" })).toHaveAttribute("href", created ?? "");

  // Judged by its bytes on the server, not by its name.
  await expect(rowOf(page, "notas.pdf")).toHaveAttribute("data-state", "rejected");
  await expect(rowOf(page, "notas.pdf").getByTestId("upload-reason")).toHaveText(/Tipo de archivo no admitido/);
  // Refused before sending: not an invoice type at all.
  await expect(rowOf(page, "lista.txt")).toHaveAttribute("data-state", "rejected");
  await expect(rowOf(page, "lista.txt").getByTestId("upload-reason")).toHaveText(/Tipo de archivo no admitido/);
  await expect(page.getByTestId("upload-summary")).toContainText("4 archivos");
  await expect(page.getByTestId("upload-summary")).toContainText("1 nuevas, 1 duplicadas, 2 rechazadas");

  // The new invoice goes through the pipeline as this drop's batch; polling shows it reach a final state
  // (DIAN's sample waits for review: it is too old to register).
  const batch = page.getByTestId("batch-progress");
  await expect(batch).toHaveCount(1, { timeout: 15_000 });
  await expect(batch).toHaveAttribute("data-settled", "true", { timeout: 60_000 });
  await expect(batch).toContainText("Lote procesado: 1 factura");
  const batchLink = await batch.getByRole("link", { name: "Ver el lote en Facturas" }).getAttribute("href");
  expect(batchLink).toMatch(/^\/facturas\?batch=[0-9a-f-]{36}$/);
  await page.screenshot({ path: `${SCREENSHOTS}/cargar-resultados.png`, fullPage: true });

  const accessibility = await new AxeBuilder({ page }).include("main").analyze();
  expect(accessibility.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
});

test("[UPLOAD_PAGE]: a whole folder is uploaded as one batch, leaving system files out", async ({ page }) => {
  test.setTimeout(120_000);
  const folder = path.join(mkdtempSync(path.join(tmpdir(), "cotejo-carga-")), "facturas-diciembre");
  mkdirSync(path.join(folder, "proveedor-a"), { recursive: true });
  writeFileSync(path.join(folder, "proveedor-a", "EmisorAutoretenedor.xml"), uniqueXml("EmisorAutoretenedor.xml"));
  writeFileSync(path.join(folder, "Factura_otra_Moneda.xml"), uniqueXml("Factura_otra_Moneda.xml"));
  writeFileSync(path.join(folder, ".DS_Store"), "finder");

  await apiSignIn(page.request, "OPERATOR");
  await page.goto("/cargar");
  await page.getByTestId("folder-input").setInputFiles(folder);
  await expect(page.getByTestId("upload-row")).toHaveCount(2);
  await expect(rowOf(page, "facturas-diciembre/proveedor-a/EmisorAutoretenedor.xml")).toHaveAttribute("data-state", "created", { timeout: 30_000 });
  await expect(rowOf(page, "facturas-diciembre/Factura_otra_Moneda.xml")).toHaveAttribute("data-state", "created", { timeout: 30_000 });
  await expect(page.getByTestId("batch-progress")).toHaveAttribute("data-settled", "true", { timeout: 60_000 });
  await expect(page.getByTestId("batch-progress")).toContainText("2 facturas");
  await page.screenshot({ path: `${SCREENSHOTS}/cargar-carpeta.png`, fullPage: true });
});

test("[UPLOAD_PAGE]: viewers neither see Cargar nor reach it", async ({ page }) => {
  await apiSignIn(page.request, "VIEWER");
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Navegación principal" }).getByRole("link", { name: "Cargar" })).toHaveCount(0);
  await page.goto("/cargar");
  await expect(page).toHaveURL(/\/sin-acceso/);
});
