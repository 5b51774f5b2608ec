import { expect, test } from "@playwright/test";
import { apiSignIn } from "../fixtures/authentication";
import { PUBLIC_PAGES, SIGNED_IN_PAGES } from "../fixtures/pages";

const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];

test("[HEADERS]: pages carry a CSP with a fresh nonce on every script, HSTS, nosniff and no framing", async ({ request }) => {
  const first = await request.get("/login");
  const second = await request.get("/login");
  const policy = first.headers()["content-security-policy"] ?? "";
  const nonce = nonceOf(policy);
  expect(nonce).toBeTruthy();
  expect(nonceOf(second.headers()["content-security-policy"] ?? "")).not.toBe(nonce);
  expect(policy).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  expect(policy).toContain(`style-src 'self' 'nonce-${nonce}'`);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain("unsafe-eval");

  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
  const styles = [...html.matchAll(/<style\b[^>]*>/g)].map(([tag]) => tag);
  expect(styles.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);

  for (const response of [first, await request.get("/api/health")]) {
    expect(response.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["x-frame-options"]).toBe("DENY");
  }
});

test("[HEADERS]: next-auth's cookies are HttpOnly and SameSite=Lax (Secure and __Secure- prefixed only over https)", async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  await apiSignIn(request, "VIEWER");
  const cookies = (await request.storageState()).cookies;
  const session = cookies.find((cookie) => cookie.name === "next-auth.session-token");
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/", secure: false });
  expect(cookies.find((cookie) => cookie.name === "next-auth.csrf-token")).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  await request.dispose();
});

test("[HEADERS]: every main page renders under the CSP without a single violation", async ({ page }) => {
  test.setTimeout(120_000);
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply)/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`));
  });

  const visit = async (path: string) => {
    const response = await page.goto(path, { waitUntil: "networkidle" });
    expect(response?.status(), path).toBe(200);
    // Emotion's style tags (server-rendered and inserted on the client) carry the nonce, or the page would be unstyled.
    const unstyled = await page.evaluate(() => [...document.querySelectorAll("style")].filter((style) => !style.nonce).length);
    expect(unstyled, `${path}: style tags without nonce`).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll("style[data-emotion]").length), path).toBeGreaterThan(0);
  };

  for (const path of PUBLIC_PAGES) await visit(path);
  await apiSignIn(page.context().request, "ADMIN");
  for (const path of SIGNED_IN_PAGES) await visit(path);
  expect(violations).toEqual([]);
});
