import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ZUploadResponse } from "@/lib/invoices/schemas";
import { apiSignIn } from "../fixtures/authentication";
import { PUBLIC_PAGES, SIGNED_IN_PAGES } from "../fixtures/pages";
import { invoiceStatus } from "../fixtures/review";

/** WCAG 2.1 A and AA rules: what axe-core can decide automatically. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const BLOCKING_IMPACTS = new Set(["serious", "critical"]);

/** The serious and critical violations on the page as it stands, one readable line per element. */
const blockingViolations = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ""))
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(" ")} — ${violation.help}`));
};

const visit = async (page: Page, path: string) => {
  const response = await page.goto(path, { waitUntil: "networkidle" });
  expect(response?.status(), path).toBe(200);
  // Data-driven pages render their content after the first paint: check what an operator sees, not a skeleton or a
  // spinner (determinate bars, such as confidence meters, are content).
  await expect(page.locator(".MuiSkeleton-root, .MuiLinearProgress-indeterminate, .MuiCircularProgress-indeterminate")).toHaveCount(0, { timeout: 15_000 });
};

test("[A11Y]: public pages have no serious or critical axe-core violations", async ({ page }) => {
  const found: string[] = [];
  for (const path of PUBLIC_PAGES) {
    await visit(page, path);
    found.push(...(await blockingViolations(page)).map((line) => `${path}: ${line}`));
  }
  expect(found).toEqual([]);
});

for (const role of ["ADMIN", "VIEWER"] as const) {
  test(`[A11Y]: every main page, as ${role}, has no serious or critical axe-core violations`, async ({ page }) => {
    test.setTimeout(180_000);
    await apiSignIn(page.context().request, role);
    const found: string[] = [];
    for (const path of SIGNED_IN_PAGES) {
      await visit(page, path);
      found.push(...(await blockingViolations(page)).map((line) => `${path}: ${line}`));
    }
    expect(found).toEqual([]);
  });
}

test("[A11Y]: an invoice's page, with its document viewer, and its review screen have no serious or critical violations", async ({ page }) => {
  test.setTimeout(120_000);
  await apiSignIn(page.context().request, "OPERATOR");
  // A DIAN sample, made unique to this run; it is too old to register, so it waits in review.
  const xml = Buffer.concat([readFileSync("lib/extraction/ubl/fixtures/dian/Consumidor_Final.xml"), Buffer.from(`\n<!-- a11y ${Date.now()} -->\n`)]);
  const upload = await page.request.post("/api/invoices", { multipart: { files: { name: "a11y.xml", mimeType: "application/xml", buffer: xml } } });
  const invoiceId = ZUploadResponse.parse(await upload.json()).files[0]?.invoiceId ?? "";
  await expect.poll(() => invoiceStatus(page.request, invoiceId), { timeout: 60_000 }).toBe("NEEDS_REVIEW");
  const found: string[] = [];
  for (const path of [`/facturas/${invoiceId}`, `/revision/${invoiceId}`]) {
    await visit(page, path);
    found.push(...(await blockingViolations(page)).map((line) => `${path}: ${line}`));
  }
  expect(found).toEqual([]);
});

test("[A11Y]: the navigation is reachable and usable from the keyboard alone", async ({ page }) => {
  await apiSignIn(page.context().request, "OPERATOR");
  await visit(page, "/");
  const reached: string[] = [];
  for (let press = 0; press < 30 && !reached.includes("Facturas"); press += 1) {
    await page.keyboard.press("Tab");
    reached.push(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? ""));
  }
  expect(reached).toContain("Facturas");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/facturas$/);
  // Focus is always visible: the focused element draws an outline or a focus ring.
  await page.keyboard.press("Tab");
  const focusVisible = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return false;
    const style = getComputedStyle(element);
    return element.matches(":focus-visible") && (style.outlineStyle !== "none" || style.boxShadow !== "none" || element.classList.contains("Mui-focusVisible"));
  });
  expect(focusVisible).toBe(true);
});
