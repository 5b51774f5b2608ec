import { mkdirSync } from "node:fs";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import sharp from "sharp";
import { generateCorpusInvoice } from "@/lib/extraction/corpus/generate-corpus-invoice";
import { renderCorpusPdf } from "@/lib/extraction/corpus/render-corpus-pdf";
import { renderCorpusScan } from "@/lib/extraction/corpus/render-corpus-scan";
import { ZInvoiceHistory } from "@/lib/invoices/invoice-history-schemas";
import { ZUploadResponse } from "@/lib/invoices/schemas";
import { ZInvoiceTimeline } from "@/lib/pipeline/schemas";
import { buildGrayTiff } from "@/lib/testing/build-gray-tiff";
import { buildUblInvoice } from "@/lib/testing/build-ubl-invoice";
import { apiSignIn } from "../fixtures/authentication";

const SCREENSHOTS = "test-results/screenshots";
// A corpus seed no other spec uses: its invoices are this spec's own.
const CORPUS_SEED = 7_707;
const HOSTILE_DESCRIPTION = `Café pergamino <img src="x" onerror="window.__xss = 1"> <script>window.__xss = 2</script>`;

type TUpload = { name: string; mimeType: string; buffer: Buffer };

/** Uploads as an operator and waits until the pipeline has validated the invoice (OCR included). */
const uploadAndWait = async (request: APIRequestContext, file: TUpload): Promise<string> => {
  const response = await request.post("/api/invoices", { multipart: { files: file } });
  expect([200, 201]).toContain(response.status());
  const invoiceId = ZUploadResponse.parse(await response.json()).files[0]?.invoiceId ?? "";
  await expect
    .poll(
      async () => ZInvoiceTimeline.parse(await (await request.get(`/api/invoices/${invoiceId}/timeline`)).json()).steps.map((step) => `${step.step}:${step.status}`),
      { timeout: 90_000 },
    )
    .toContain("validate:COMPLETED");
  return invoiceId;
};

/** Every CSP violation the page reports, as the headers spec collects them. */
const watchCsp = async (page: Page) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|create)/i.test(message.text())) violations.push(message.text());
  });
  page.on("pageerror", (error) => violations.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`));
  });
  return violations;
};

const isoDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

test.beforeAll(() => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

test("[INVOICE_DETAIL]: an XML invoice is rendered from its extraction and its source shown as text, never as markup", async ({ page }) => {
  test.setTimeout(150_000);
  const violations = await watchCsp(page);
  await apiSignIn(page.request, "OPERATOR");
  const xml = buildUblInvoice({
    sequence: 4_207_707,
    issueDate: isoDaysAgo(5),
    supplier: { nit: "900373115", name: "Cooperativa Detalle E2E" },
    customer: { nit: "860002964", name: "Comercializadora Andina S.A.S." },
    lines: [{ productCode: "NO-EXISTE-XSS", description: HOSTILE_DESCRIPTION, quantity: "2", unitPrice: "150000.00", unitCode: "KGM" }],
  });
  const invoiceId = await uploadAndWait(page.request, { name: "detalle.xml", mimeType: "application/xml", buffer: Buffer.from(xml) });

  await page.goto(`/facturas/${invoiceId}`);
  await expect(page.getByRole("heading", { name: /^Factura SETP/ })).toBeVisible();
  await expect(page.getByRole("tab", { name: "Factura" })).toHaveAttribute("aria-selected", "true");
  const rendered = page.getByLabel("Factura renderizada");
  await expect(rendered).toContainText("Cooperativa Detalle E2E");
  await expect(rendered).toContainText("NIT 900.373.115-3");
  await expect(rendered).toContainText(HOSTILE_DESCRIPTION);
  await expect(rendered.getByLabel("Totales")).toContainText("$ 300.000,00");
  // The values read, with their source: XML values have no box on a page.
  await expect(page.locator('[data-field-key="header.total"]')).toContainText("$ 300.000,00");
  await expect(page.locator('[data-field-key="header.total"]')).toContainText("XML");
  await expect(page.getByRole("table", { name: "Líneas del documento" })).toContainText(/2(,0+)? KGM/);
  await expect(page.getByRole("table", { name: "Historial de cambios" })).toContainText("Cargada como detalle.xml");
  await page.screenshot({ path: `${SCREENSHOTS}/factura-detalle-xml.png`, fullPage: true });

  await page.getByRole("tab", { name: "XML" }).click();
  const source = page.getByLabel("Código fuente XML");
  await expect(source).toContainText("<cbc:Description>Café pergamino <img");
  await expect(source).toHaveCSS("font-family", /monospace/);
  // Each element on its own indented line.
  expect(await source.textContent()).toMatch(/\n {4}<cbc:ID>/);
  await page.screenshot({ path: `${SCREENSHOTS}/factura-detalle-xml-fuente.png`, fullPage: true });

  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  expect(violations).toEqual([]);
});

test("[INVOICE_DETAIL]: a PDF is drawn by pdf.js under the CSP, zooms, and links each value to its box", async ({ page }) => {
  test.setTimeout(150_000);
  const violations = await watchCsp(page);
  await apiSignIn(page.request, "OPERATOR");
  const pdf = await renderCorpusPdf({ invoice: generateCorpusInvoice({ seed: CORPUS_SEED, index: 0 }) });
  const invoiceId = await uploadAndWait(page.request, { name: "detalle.pdf", mimeType: "application/pdf", buffer: pdf });

  await page.goto(`/facturas/${invoiceId}`);
  const canvas = page.getByRole("img", { name: "Página 1 del documento original" });
  await expect(canvas).toBeVisible({ timeout: 30_000 });
  // pdf.js drew the page: some of its pixels are dark.
  await expect
    .poll(() =>
      canvas.evaluate((element) => {
        const context = (element as HTMLCanvasElement).getContext("2d");
        if (!context || element.clientWidth === 0) return 0;
        const { data } = context.getImageData(0, 0, (element as HTMLCanvasElement).width, (element as HTMLCanvasElement).height);
        let dark = 0;
        for (let index = 0; index < data.length; index += 4) if ((data[index] ?? 255) < 100) dark += 1;
        return dark;
      }),
    )
    .toBeGreaterThan(1_000);

  const zoomLevel = page.getByTestId("zoom-level");
  const before = Number.parseInt((await zoomLevel.textContent()) ?? "0", 10);
  await page.getByRole("button", { name: "Acercar" }).click();
  await expect.poll(async () => Number.parseInt((await zoomLevel.textContent()) ?? "0", 10)).toBeGreaterThan(before);
  await page.getByRole("button", { name: "Ajustar a la vista" }).click();
  await expect.poll(async () => Number.parseInt((await zoomLevel.textContent()) ?? "0", 10)).toBe(before);

  const totalField = page.locator('[data-field-key="header.total"]');
  await expect(totalField).toContainText("Texto del PDF");
  await totalField.hover();
  await expect(page.locator('[data-highlight-key="header.total"]')).toHaveAttribute("data-active", "true");
  await page.mouse.move(0, 0);
  await page.locator('[data-field-key="header.supplierNit"]').focus();
  await expect(page.locator('[data-highlight-key="header.supplierNit"]')).toHaveAttribute("data-active", "true");
  await expect(page.locator('[data-highlight-key="header.total"]')).not.toHaveAttribute("data-active", "true");
  await page.screenshot({ path: `${SCREENSHOTS}/factura-detalle-pdf.png`, fullPage: true });

  // A box is a button: a click (or Enter) focuses the value it was read for.
  const numberBox = page.getByRole("button", { name: "Ir al campo Número" });
  await numberBox.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator('[data-field-key="header.number"]')).toBeFocused();

  await page.getByRole("button", { name: "Ver alternativas de la línea 1" }).click();
  await expect(page.getByRole("table", { name: "Candidatos de la línea 1" }).or(page.getByText("El catálogo no tiene candidatos para esta línea."))).toBeVisible();
  expect(violations).toEqual([]);
});

test("[INVOICE_DETAIL]: scans are shown as images, a multi-page TIFF page by page through its thumbnails", async ({ page }) => {
  test.setTimeout(240_000);
  const violations = await watchCsp(page);
  await apiSignIn(page.request, "OPERATOR");
  const pdf = await renderCorpusPdf({ invoice: generateCorpusInvoice({ seed: CORPUS_SEED, index: 1 }) });
  const scan = await renderCorpusScan({ pdf, seed: CORPUS_SEED, dpi: 150 });
  const pngId = await uploadAndWait(page.request, { name: `detalle.${scan.format}`, mimeType: `image/${scan.format === "png" ? "png" : "jpeg"}`, buffer: scan.bytes });

  await page.goto(`/facturas/${pngId}`);
  const image = page.getByRole("img", { name: "Página 1 del documento original" });
  await expect.poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth), { timeout: 30_000 }).toBeGreaterThan(0);
  await expect(page.locator("[data-highlight-key]").first()).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/factura-detalle-imagen.png`, fullPage: true });

  const grayPage = async (index: number) => {
    const other = await renderCorpusPdf({ invoice: generateCorpusInvoice({ seed: CORPUS_SEED, index }) });
    const { data, info } = await sharp((await renderCorpusScan({ pdf: other, seed: CORPUS_SEED + index, dpi: 100 })).bytes)
      .grayscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { width: info.width, height: info.height, pixels: new Uint8Array(data) };
  };
  const tiff = buildGrayTiff([await grayPage(2), await grayPage(3)]);
  const tiffId = await uploadAndWait(page.request, { name: "detalle.tif", mimeType: "image/tiff", buffer: tiff });

  await page.goto(`/facturas/${tiffId}`);
  const pages = page.getByRole("navigation", { name: "Páginas" });
  await expect(pages.getByRole("button", { name: "Página 1" })).toHaveAttribute("aria-current", "page");
  await pages.getByRole("button", { name: "Página 2" }).click();
  await expect(pages.getByRole("button", { name: "Página 2" })).toHaveAttribute("aria-current", "page");
  const second = page.getByRole("img", { name: "Página 2 del documento original" });
  await expect(second).toHaveAttribute("src", `/api/invoices/${tiffId}/pages/2`);
  await expect.poll(() => second.evaluate((element) => (element as HTMLImageElement).naturalWidth), { timeout: 30_000 }).toBeGreaterThan(0);
  await page.screenshot({ path: `${SCREENSHOTS}/factura-detalle-tiff.png`, fullPage: true });
  expect(violations).toEqual([]);
});

test("[INVOICE_DETAIL]: viewers read the history; an unknown invoice shows a Spanish not-found page", async ({ page, playwright, baseURL }) => {
  const operator = await playwright.request.newContext({ baseURL });
  await apiSignIn(operator, "OPERATOR");
  const invoiceId = await uploadAndWait(operator, {
    name: "historial.xml",
    mimeType: "application/xml",
    buffer: Buffer.from(
      buildUblInvoice({
        sequence: 4_207_708,
        issueDate: isoDaysAgo(3),
        supplier: { nit: "900373115", name: "Cooperativa Detalle E2E" },
        customer: { nit: "860002964", name: "Comercializadora Andina S.A.S." },
        lines: [{ productCode: "NO-EXISTE-1", description: "Panela en bloque", quantity: "1", unitPrice: "1000.00" }],
      }),
    ),
  });
  await operator.dispose();

  await apiSignIn(page.request, "VIEWER");
  const history = ZInvoiceHistory.parse(await (await page.request.get(`/api/invoices/${invoiceId}/history`)).json());
  expect(history.entries.at(-1)).toMatchObject({ action: "invoice.uploaded", summary: "Cargada como historial.xml", actorEmail: expect.any(String) });
  expect(history.entries.map((entry) => entry.action)).toContain("invoice.extracted");

  await page.goto(`/facturas/${invoiceId}`);
  await expect(page.getByRole("button", { name: "Ver alternativas de la línea 1" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Revisar" })).toHaveCount(0);
  await page.goto("/facturas/00000000-0000-4000-8000-00000000dead");
  await expect(page.getByRole("heading", { name: "Factura no encontrada" })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/factura-no-encontrada.png`, fullPage: true });
});
