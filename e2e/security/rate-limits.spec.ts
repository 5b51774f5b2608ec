import { randomUUID } from "node:crypto";
import { expect, test, type APIResponse } from "@playwright/test";
import { getEnv } from "@/lib/env";
import { createTestUser } from "@/lib/testing/create-test-user";
import { postCredentials } from "../fixtures/authentication";
import { useE2eDatabase } from "../fixtures/database";

// The server and this worker read the same environment, so they agree on the limits.
const limits = () => getEnv();

test.beforeAll(() => useE2eDatabase());

/** A user of its own per test, so the limits it runs into never slow down another spec's users. */
const newOperator = async () => {
  const credentials = { email: `limite-${randomUUID()}@cotejo.local`, password: `Clave-${randomUUID()}` };
  await createTestUser({ ...credentials, role: "OPERATOR" });
  return credentials;
};

const expectRateLimited = async (response: APIResponse) => {
  expect(response.status()).toBe(429);
  expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
  expect(((await response.json()) as { error: { code: string } }).error.code).toBe("RATE_LIMITED");
};

const signedIn = async (response: APIResponse) => {
  const body = (await response.json()) as { url?: string };
  return response.ok() && !(body.url ?? "").includes("error=");
};

test("[LIMITS]: password guessing gets 429 with Retry-After; a successful sign-in clears the count", async ({ playwright, baseURL }) => {
  const operator = await newOperator();
  const request = await playwright.request.newContext({ baseURL });
  const wrong = { email: operator.email, password: "no-es-la-clave" };
  for (let attempt = 1; attempt < limits().RATE_LIMIT_SIGN_IN_FAILURES; attempt += 1) {
    expect(await signedIn(await postCredentials(request, wrong))).toBe(false);
  }
  expect(await signedIn(await postCredentials(request, operator))).toBe(true);
  // The success reset the count: as many wrong attempts again are answered, not limited.
  for (let attempt = 1; attempt <= limits().RATE_LIMIT_SIGN_IN_FAILURES; attempt += 1) {
    expect((await postCredentials(request, wrong)).status()).not.toBe(429);
  }
  await expectRateLimited(await postCredentials(request, wrong));
  // Once limited, even the right password waits: the guesser cannot tell which attempt was right.
  await expectRateLimited(await postCredentials(request, operator));
  // Another account from the same address is not affected.
  expect((await postCredentials(request, { email: `otra-${randomUUID()}@cotejo.local`, password: "x" })).status()).not.toBe(429);
  await request.dispose();
});

test("[LIMITS]: uploads and exports get 429 with Retry-After past their per-user limit", async ({ playwright, baseURL }) => {
  test.setTimeout(90_000);
  const operator = await newOperator();
  const request = await playwright.request.newContext({ baseURL });
  expect(await signedIn(await postCredentials(request, operator))).toBe(true);

  // Empty upload requests: refused for their content, yet each counts against the limit.
  for (let index = 0; index < limits().RATE_LIMIT_UPLOADS_PER_MINUTE; index += 1) {
    expect((await request.post("/api/invoices")).status()).not.toBe(429);
  }
  await expectRateLimited(await request.post("/api/invoices"));

  for (let index = 0; index < limits().RATE_LIMIT_EXPORTS_PER_MINUTE; index += 1) {
    const path = index % 2 === 0 ? "/api/reports/export?format=pdf" : "/api/reports/statement";
    expect((await request.get(path)).status()).toBe(422);
  }
  await expectRateLimited(await request.get("/api/reports/export?format=csv"));
  await expectRateLimited(await request.get("/api/reports/statement"));
  // Reading the report itself is not an export and stays available.
  expect((await request.get("/api/reports")).status()).not.toBe(429);
  await request.dispose();
});
