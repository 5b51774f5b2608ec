import { expect, test } from "@playwright/test";
import type { TRole } from "@/lib/auth/schemas";
import { apiSignIn } from "../fixtures/authentication";

type Caller = TRole | "ANONYMOUS";

const SOME_ID = "00000000-0000-4000-8000-000000000000";

const ROUTES: { method: "GET" | "POST" | "PUT" | "DELETE"; path: string; body?: unknown }[] = [
  { method: "GET", path: "/api/commissions/rule-sets" },
  { method: "POST", path: "/api/commissions/rule-sets" },
  { method: "GET", path: `/api/commissions/rule-sets/${SOME_ID}` },
  { method: "PUT", path: `/api/commissions/rule-sets/${SOME_ID}`, body: {} },
  { method: "DELETE", path: `/api/commissions/rule-sets/${SOME_ID}` },
  { method: "POST", path: `/api/commissions/rule-sets/${SOME_ID}/preview` },
  { method: "POST", path: `/api/commissions/rule-sets/${SOME_ID}/publish`, body: {} },
];

for (const caller of ["ANONYMOUS", "VIEWER", "OPERATOR"] as const satisfies Caller[]) {
  test(`[RULES]: every rule-set route refuses ${caller}`, async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL });
    if (caller !== "ANONYMOUS") await apiSignIn(request, caller);
    for (const route of ROUTES) {
      const response = await request.fetch(route.path, { method: route.method, data: route.body });
      const expected = caller === "ANONYMOUS" ? 401 : 403;
      expect.soft(response.status(), `${caller} ${route.method} ${route.path}`).toBe(expected);
      const body = (await response.json()) as { error: { code: string } };
      expect.soft(body.error.code).toBe(caller === "ANONYMOUS" ? "UNAUTHENTICATED" : "FORBIDDEN");
    }
    await request.dispose();
  });
}

test("[RULES]: an admin's API calls: bad input is 422 with field paths, a published version is 409", async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  await apiSignIn(request, "ADMIN");
  const list = (await (await request.get("/api/commissions/rule-sets")).json()) as { id: string; version: number; status: string }[];
  const published = list.find((ruleSet) => ruleSet.status === "PUBLISHED");
  expect(published).toBeDefined();

  expect((await request.get("/api/commissions/rule-sets/not-a-uuid")).status()).toBe(422);
  expect((await request.get(`/api/commissions/rule-sets/${SOME_ID}`)).status()).toBe(404);

  const created = await request.post("/api/commissions/rule-sets");
  expect(created.status()).toBe(201);
  const draft = (await created.json()) as { id: string; updatedAt: string; version: number };
  expect((await request.post("/api/commissions/rule-sets")).status()).toBe(409);

  const invalid = await request.put(`/api/commissions/rule-sets/${draft.id}`, {
    data: {
      expectedUpdatedAt: draft.updatedAt,
      draft: {
        description: "Prueba",
        feeRateBps: 20_000,
        feeMin: "10000",
        feeMax: "5000",
        commissionRateBps: 15,
        commissionMin: "15000",
        commissionMax: null,
        rules: [
          { kind: "AMOUNT_BRACKET", minAmount: "0", maxAmount: "1000000", feeRateBps: 10, commissionRateBps: null },
          { kind: "AMOUNT_BRACKET", minAmount: "500000", maxAmount: null, feeRateBps: 10, commissionRateBps: null },
        ],
      },
    },
  });
  expect(invalid.status()).toBe(422);
  const details = ((await invalid.json()) as { error: { details: { path: string }[] } }).error.details.map((detail) => detail.path);
  expect(details.sort()).toEqual(["feeMax", "feeRateBps", "rules.1.minAmount"]);

  const refused = await request.put(`/api/commissions/rule-sets/${published?.id ?? ""}`, {
    data: { expectedUpdatedAt: draft.updatedAt, draft: { description: "x", feeRateBps: 1, feeMin: "0", feeMax: null, commissionRateBps: 1, commissionMin: "0", commissionMax: null, rules: [] } },
  });
  expect(refused.status()).toBe(409);
  expect((await request.delete(`/api/commissions/rule-sets/${published?.id ?? ""}`)).status()).toBe(409);

  const pastDate = await request.post(`/api/commissions/rule-sets/${draft.id}/publish`, {
    data: { effectiveFrom: "2020-01-01", expectedUpdatedAt: draft.updatedAt },
  });
  expect(pastDate.status()).toBe(422);

  expect((await request.delete(`/api/commissions/rule-sets/${draft.id}`)).status()).toBe(200);
  await request.dispose();
});
