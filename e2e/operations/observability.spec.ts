import { expect, test, type APIRequestContext } from "@playwright/test";
import type { TRole } from "@/lib/auth/schemas";
import { apiSignIn } from "../fixtures/authentication";
import { E2E_METRICS_TOKEN } from "../fixtures/users";

const contextFor = async (playwright: { request: { newContext: (options: { baseURL?: string }) => Promise<APIRequestContext> } }, baseURL: string | undefined, role?: TRole) => {
  const request = await playwright.request.newContext({ baseURL });
  if (role) await apiSignIn(request, role);
  return request;
};

test("[METRICS]: Prometheus text for the bearer token or an Admin; 401 without or with a wrong token, 403 for other roles", async ({ playwright, baseURL }) => {
  const anonymous = await contextFor(playwright, baseURL);
  expect((await anonymous.get("/api/metrics")).status()).toBe(401);
  const wrong = await anonymous.get("/api/metrics", { headers: { authorization: "Bearer not-the-token-at-all-000" } });
  expect(wrong.status()).toBe(401);
  expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe("UNAUTHENTICATED");

  const scrape = await anonymous.get("/api/metrics", { headers: { authorization: `Bearer ${E2E_METRICS_TOKEN}` } });
  expect(scrape.status()).toBe(200);
  expect(scrape.headers()["content-type"]).toContain("text/plain");
  const body = await scrape.text();
  for (const name of ["cotejo_invoices", "cotejo_review_backlog", "cotejo_review_backlog_oldest_seconds", "cotejo_queue_depth", "cotejo_pipeline_step_duration_seconds", "cotejo_ocr_confidence", "cotejo_product_lookup_seconds"]) {
    expect(body).toContain(`# TYPE ${name} `);
  }
  expect(body).toMatch(/^cotejo_invoices\{status="RECEIVED"\} \d+$/m);
  await anonymous.dispose();

  for (const [role, status] of [["VIEWER", 403], ["OPERATOR", 403], ["ADMIN", 200]] as const) {
    const request = await contextFor(playwright, baseURL, role);
    expect((await request.get("/api/metrics")).status(), role).toBe(status);
    await request.dispose();
  }
});

test("[RETENTION]: the retention report is for Admins only", async ({ playwright, baseURL }) => {
  for (const [role, status] of [[undefined, 401], ["VIEWER", 403], ["OPERATOR", 403], ["ADMIN", 200]] as const) {
    const request = await contextFor(playwright, baseURL, role);
    const response = await request.get("/api/admin/retention?limit=5");
    expect(response.status(), role ?? "ANONYMOUS").toBe(status);
    if (status === 200) {
      const report = (await response.json()) as { retentionYears: number; invoices: { marked: number }; markedInvoices: unknown[] };
      expect(report.retentionYears).toBe(7);
      expect(typeof report.invoices.marked).toBe("number");
      expect(Array.isArray(report.markedInvoices)).toBe(true);
    }
    await request.dispose();
  }
});

test("[OPENAPI]: the OpenAPI 3.1 document is served, and every API response carries a request id", async ({ request }) => {
  const response = await request.get("/api/openapi.json", { headers: { "x-request-id": "e2e-trace-0001" } });
  expect(response.status()).toBe(200);
  expect(response.headers()["x-request-id"]).toBe("e2e-trace-0001");
  const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/api/metrics", "/api/admin/retention", "/api/invoices"]));

  const refused = await request.get("/api/users", { headers: { "x-request-id": "bad id with spaces" } });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
});
