import { mkdirSync, readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { ZCertificatePage } from "@/lib/certificates/schemas";
import { db } from "@/lib/db";
import { generateCorpusInvoice, type TCorpusInvoice } from "@/lib/extraction/corpus/generate-corpus-invoice";
import { renderCorpusPdf } from "@/lib/extraction/corpus/render-corpus-pdf";
import { renderCorpusScan } from "@/lib/extraction/corpus/render-corpus-scan";
import { toBogotaIsoDate } from "@/lib/format/bogota-day";
import { FIELD_CORRECTED_ACTION, ZFieldCorrectionAudit } from "@/lib/review/schemas";
import { buildUblInvoice } from "@/lib/testing/build-ubl-invoice";
import { apiSignIn } from "../fixtures/authentication";
import { useE2eDatabase } from "../fixtures/database";
import { focusedField, invoiceStatus, tabTo } from "../fixtures/review";
import { dropFiles, expectUploadPageHydrated } from "../fixtures/uploads";

const SCREENSHOTS = "test-results/screenshots";
const daysAgo = (days: number) => toBogotaIsoDate(new Date(Date.now() - days * 86_400_000));

// In e2e/workflows so that it runs after the specs that count a fresh database's invoices (e2e/auth's home page).

/**
 * One generated invoice of the extraction corpus (seed 7, index 22: one line of eggs), dated this week so that it
 * can be registered, with a number of its own on every run.
 */
const corpusInvoice = (): TCorpusInvoice => {
  const invoice = generateCorpusInvoice({ seed: 7, index: 22 });
  const consecutive = String(Date.now() % 9_000_000);
  return { ...invoice, consecutive, number: `${invoice.prefix}${consecutive}`, issueDate: daysAgo(3), dueDate: daysAgo(-27) };
};

test.beforeAll(() => {
  useE2eDatabase();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

test("[OPERATOR_DAY]: a mixed batch is uploaded, a scan goes to review, is corrected from the keyboard, approved and certified", async ({ page }) => {
  test.setTimeout(300_000);
  await apiSignIn(page.request, "OPERATOR");

  // The batch: an electronic invoice, a digital PDF and a scan of another invoice, dropped together.
  const scanned = corpusInvoice();
  const scan = await renderCorpusScan({ pdf: await renderCorpusPdf({ invoice: scanned }), seed: 7022, dpi: 200 });
  const digital = generateCorpusInvoice({ seed: 7, index: 4 });
  const digitalPdf = await renderCorpusPdf({ invoice: { ...digital, number: `${digital.prefix}${Date.now() % 9_000_000}`, issueDate: daysAgo(2) } });
  const xml = buildUblInvoice({
    sequence: 3_000_000 + (Date.now() % 900_000),
    issueDate: daysAgo(1),
    supplier: { nit: "901777002", name: "Hacienda Lote Mixto S.A.S." },
    customer: { nit: "860002964", name: "Comercializadora Andina S.A.S." },
    lines: [{ productCode: "LOTE-MIXTO-1", description: "Plátano hartón verde", quantity: "40", unitPrice: "1800" }],
  });
  const scanName = `escaneo-${scanned.number}.${scan.format}`;
  await page.goto("/cargar");
  await expectUploadPageHydrated(page);
  await dropFiles(page, [
    { name: scanName, type: scan.format === "png" ? "image/png" : "image/jpeg", base64: scan.bytes.toString("base64") },
    { name: `digital-${digital.id}.pdf`, type: "application/pdf", base64: digitalPdf.toString("base64") },
    { name: "electronica.xml", type: "application/xml", base64: Buffer.from(xml).toString("base64") },
  ]);
  const rows = page.getByTestId("upload-row");
  await expect(rows).toHaveCount(3);
  for (const row of await rows.all()) await expect(row).toHaveAttribute("data-state", "created", { timeout: 60_000 });
  const scanLink = await rows.filter({ hasText: scanName }).getByRole("link", { name: "Ver factura" }).getAttribute("href");
  const scanId = scanLink?.split("/").pop() ?? "";
  await page.screenshot({ path: `${SCREENSHOTS}/aceptacion-carga.png`, fullPage: true });

  // The inbox, filtered to this batch, shows the three invoices moving through the pipeline.
  const batchLink = await page.getByTestId("batch-progress").getByRole("link", { name: "Ver el lote en Facturas" }).getAttribute("href");
  await page.goto(batchLink ?? "/facturas");
  const grid = page.getByRole("grid", { name: "Facturas" });
  await expect(grid.getByRole("row")).toHaveCount(4, { timeout: 30_000 });
  await expect.poll(async () => invoiceStatus(page.request, scanId), { timeout: 180_000 }).toBe("NEEDS_REVIEW");
  await page.reload();
  await expect(grid).toContainText("En revisión");
  await page.screenshot({ path: `${SCREENSHOTS}/aceptacion-bandeja.png`, fullPage: true });

  // Revisión: the scan is in the queue; the operator opens it and works from the keyboard only.
  await page.goto("/revision");
  const queueRow = page.getByRole("table", { name: "Cola de revisión" }).getByRole("row").filter({ has: page.locator(`a[href="/revision/${scanId}"]`) });
  await expect(queueRow).toHaveCount(1);
  await page.goto(`/revision/${scanId}`);
  await expect(page.getByRole("button", { name: "Aprobar (Ctrl+Enter)" })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/aceptacion-revision.png`, fullPage: true });

  // The operator writes both parties' names as the RUT registers them, in capitals: two corrections, reached with Tab
  // (only fields that need attention are on the way; OCR read both names below the confidence threshold).
  const registeredNames: Record<string, string> = {
    "header.supplierName": scanned.supplier.name.toLocaleUpperCase("es-CO"),
    "header.customerName": scanned.customer.name.toLocaleUpperCase("es-CO"),
  };
  const corrected: string[] = [];
  for (let presses = 0; presses < 40 && corrected.length < 2; presses += 1) {
    const field = await focusedField(page);
    const registered = field ? registeredNames[field] : undefined;
    if (field && registered && !corrected.includes(field)) {
      // Typing replaces the value; Enter saves it and moves on to the next field that needs attention.
      await page.keyboard.type(registered);
      await page.keyboard.press("Enter");
      corrected.push(field);
    } else {
      await page.keyboard.press("Tab");
    }
  }
  expect(corrected).toHaveLength(2);

  // The line's product, chosen with the catalog autocomplete.
  const product = await db.product.findFirstOrThrow({
    where: { active: true, classification: { eligibility: { not: "NOT_ELIGIBLE" } } },
    orderBy: { code: "asc" },
    select: { code: true },
  });
  await tabTo(page, "lines.1.productCode");
  await page.keyboard.type(product.code);
  await expect(page.getByRole("option", { name: new RegExp(`^${product.code}`) })).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page.locator('[data-field="lines.1.productCode"]')).toHaveValue(new RegExp(`^${product.code}`));
  await expect
    .poll(async () => (await db.auditEvent.findMany({ where: { entityId: scanId, action: FIELD_CORRECTED_ACTION }, select: { after: true } })).map((event) => ZFieldCorrectionAudit.parse(event.after).field).sort())
    .toEqual(["header.customerName", "header.supplierName", "lines.1.productCode"]);
  await page.screenshot({ path: `${SCREENSHOTS}/aceptacion-corregida.png`, fullPage: true });

  // Approve: Ctrl+Enter, confirming when edited values no longer say what the scan says.
  await page.keyboard.press("Escape");
  await page.keyboard.press("Control+Enter");
  const confirm = page.getByRole("dialog", { name: "¿Aprobar de todos modos?" });
  if (await confirm.isVisible({ timeout: 2_000 }).catch(() => false)) await page.keyboard.press("Enter");
  await expect(page).not.toHaveURL(new RegExp(`/revision/${scanId}$`));

  await expect.poll(async () => invoiceStatus(page.request, scanId), { timeout: 120_000 }).toBe("CERTIFIED");
  const certificates = ZCertificatePage.parse(await (await page.request.get("/api/certificates?page=1&pageSize=100")).json());
  const certificate = certificates.items.find((item) => item.invoiceId === scanId);
  expect(certificate).toBeDefined();

  // The certificate downloads from the invoice's page.
  await page.goto(`/facturas/${scanId}`);
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("main").getByRole("link", { name: certificate?.number ?? "" }).click();
  const download = await downloadPromise;
  expect(readFileSync(await download.path()).subarray(0, 5).toString()).toBe("%PDF-");
  await page.screenshot({ path: `${SCREENSHOTS}/aceptacion-certificada.png`, fullPage: true });
});
