import { expect, test, type APIRequest, type APIResponse } from "@playwright/test";
import type { TRole } from "@/lib/auth/schemas";
import { ZClassificationProductsPage, ZProductDetail, ZProductSearchPage } from "@/lib/catalog/schemas";
import { ZMatchLinesResult } from "@/lib/matching/schemas";
import { apiSignIn } from "../fixtures/authentication";

type Caller = TRole | "ANONYMOUS";

const signedIn = async ({ request: api }: { request: APIRequest }, baseURL: string | undefined, caller: Caller) => {
  const request = await api.newContext({ baseURL });
  if (caller !== "ANONYMOUS") await apiSignIn(request, caller);
  return request;
};

const expectError = async (response: APIResponse, status: number, code: string, detail?: RegExp) => {
  expect(response.status(), `${response.url()}`).toBe(status);
  const body = (await response.json()) as { error: { code: string; message: string; details?: { path: string; message: string }[] } };
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
  // A zod failure names the field in details; an AppError (cursor, JSON body) says it in the message.
  if (detail) expect([body.error.message, ...(body.error.details ?? []).map((issue) => issue.message)].join(" | ")).toMatch(detail);
};

const LINES = { lines: [{ lineNumber: 1, description: "cafe pergamino seco excelso" }] };

for (const caller of ["ANONYMOUS", "VIEWER", "OPERATOR", "ADMIN"] as const) {
  test(`[PRODUCTS_API]: every product route as ${caller}`, async ({ playwright, baseURL }) => {
    const request = await signedIn(playwright, baseURL, caller);
    const reads = ["/api/products/search?q=panela", "/api/products/P000000001", "/api/products/classification/0901.11"];
    for (const route of reads) {
      const response = await request.get(route);
      if (caller === "ANONYMOUS") await expectError(response, 401, "UNAUTHENTICATED");
      else expect(response.status(), `${caller} GET ${route}`).toBe(200);
    }
    const match = await request.post("/api/products/match", { data: LINES });
    if (caller === "ANONYMOUS") await expectError(match, 401, "UNAUTHENTICATED");
    else if (caller === "VIEWER") await expectError(match, 403, "FORBIDDEN");
    else expect(match.status()).toBe(200);
    await request.dispose();
  });
}

test("[PRODUCTS_API]: search finds seeded products despite typos and missing accents, and pages by cursor", async ({ playwright, baseURL }) => {
  const request = await signedIn(playwright, baseURL, "VIEWER");
  const fuzzy = ZProductSearchPage.parse(await (await request.get("/api/products/search?q=cafe%20pergamno%20seco&limit=5")).json());
  expect(fuzzy.items.length).toBeGreaterThan(0);
  expect(fuzzy.items[0]?.name).toMatch(/^Café pergamino seco/);
  for (const item of fuzzy.items) expect(item.score).toBeGreaterThan(0);

  // Browsing without text: code order, no score, and a second page that continues the first.
  const first = ZProductSearchPage.parse(await (await request.get("/api/products/search?limit=10")).json());
  expect(first.items).toHaveLength(10);
  expect(first.items.every((item) => item.score === null)).toBe(true);
  expect(first.nextCursor).not.toBeNull();
  const second = ZProductSearchPage.parse(
    await (await request.get(`/api/products/search?limit=10&cursor=${first.nextCursor ?? ""}`)).json(),
  );
  const codes = [...first.items, ...second.items].map((item) => item.code);
  expect(new Set(codes).size).toBe(20);
  expect(codes).toEqual([...codes].sort());

  // Empty parameters mean "no filter", as an HTML form sends them.
  expect((await request.get("/api/products/search?q=&classification=&eligibility=&limit=10")).status()).toBe(200);

  const notEligible = ZProductSearchPage.parse(await (await request.get("/api/products/search?eligibility=NOT_ELIGIBLE&limit=50")).json());
  expect(notEligible.items.length).toBeGreaterThan(0);
  expect(new Set(notEligible.items.map((item) => item.eligibility))).toEqual(new Set(["NOT_ELIGIBLE"]));

  const coffee = ZProductSearchPage.parse(await (await request.get("/api/products/search?classification=0901.11&limit=50")).json());
  expect(coffee.items.length).toBeGreaterThan(0);
  expect(new Set(coffee.items.map((item) => item.classificationCode))).toEqual(new Set(["0901.11"]));
  await request.dispose();
});

test("[PRODUCTS_API]: product detail and a classification's products", async ({ playwright, baseURL }) => {
  const request = await signedIn(playwright, baseURL, "VIEWER");
  const [listed] = ZProductSearchPage.parse(await (await request.get("/api/products/search?classification=1701.13&limit=1")).json()).items;
  if (!listed) throw new Error("The seeded catalog has no panela");
  const detail = ZProductDetail.parse(await (await request.get(`/api/products/${listed.code}`)).json());
  expect(detail).toMatchObject({
    code: listed.code,
    name: listed.name,
    gtin: listed.gtin,
    classificationCode: "1701.13",
    eligibility: "FIRST_TRANSFORMATION",
    withholdingRateBps: 250,
    active: true,
  });

  const page = ZClassificationProductsPage.parse(await (await request.get("/api/products/classification/1701.13?limit=3")).json());
  expect(page.classification).toMatchObject({ code: "1701.13", eligibility: "FIRST_TRANSFORMATION", withholdingRateBps: 250 });
  expect(page.items.map((item) => item.classificationCode)).toEqual(["1701.13", "1701.13", "1701.13"]);
  await request.dispose();
});

test("[PRODUCTS_API]: matching an invoice's lines by code and by name", async ({ playwright, baseURL }) => {
  const request = await signedIn(playwright, baseURL, "OPERATOR");
  const [known] = ZProductSearchPage.parse(await (await request.get("/api/products/search?classification=0901.11&limit=1")).json()).items;
  const response = await request.post("/api/products/match", {
    data: {
      lines: [
        { lineNumber: 1, description: "producto con el código del vendedor", sellerItemCode: known?.code },
        { lineNumber: 2, description: "panela redonda" },
      ],
    },
  });
  expect(response.status()).toBe(200);
  const { lines } = ZMatchLinesResult.parse(await response.json());
  expect(lines.map((line) => line.lineNumber)).toEqual([1, 2]);
  expect(lines[0]?.candidates[0]).toMatchObject({ code: known?.code, matchType: "code" });
  expect(lines[1]?.candidates[0]?.name).toMatch(/^Panela/);
  await request.dispose();
});

test("[PRODUCTS_API]: bad parameters get 422 with a message, unknown records 404, never 500", async ({ playwright, baseURL }) => {
  const request = await signedIn(playwright, baseURL, "OPERATOR");
  const badSearches: [string, RegExp][] = [
    ["limit=0", /límite/],
    ["limit=1000", /límite/],
    ["limit=abc", /límite/],
    ["limit=2.5", /límite/],
    ["classification=cafe", /clasificación DIAN/],
    ["eligibility=TODO", /Elegibilidad/],
    [`q=${"a".repeat(201)}`, /200 caracteres/],
    ["cursor=no%20vale", /[Cc]ursor/],
    // Well-formed base64url whose bytes are NULs: rejected before it reaches PostgreSQL.
    ["cursor=AAAA", /[Cc]ursor/],
    ["cursor=____", /[Cc]ursor/],
  ];
  for (const [params, detail] of badSearches) {
    await expectError(await request.get(`/api/products/search?${params}`), 422, "INVALID_INPUT", detail);
  }
  // A NUL pasted into the search box is a space, not a database error.
  expect((await request.get("/api/products/search?q=panela%00redonda")).status()).toBe(200);
  await expectError(await request.get("/api/products/NO-EXISTE"), 404, "NOT_FOUND");
  await expectError(await request.get("/api/products/P%00X"), 422, "INVALID_INPUT", /caracteres de control/);
  await expectError(await request.get(`/api/products/${"X".repeat(65)}`), 422, "INVALID_INPUT", /64 caracteres/);
  await expectError(await request.get("/api/products/classification/cafe"), 422, "INVALID_INPUT", /clasificación DIAN/);
  await expectError(await request.get("/api/products/classification/9999.99"), 404, "NOT_FOUND");
  await expectError(await request.get("/api/products/classification/0901.11?limit=0"), 422, "INVALID_INPUT", /límite/);
  await expectError(await request.get("/api/products/classification/0901.11?cursor=AAAA"), 422, "INVALID_INPUT", /[Cc]ursor/);

  const badBodies: [unknown, RegExp | undefined][] = [
    [{ lines: [] }, /al menos una línea/],
    [{ lines: [{ lineNumber: 1, description: "panela" }, { lineNumber: 1, description: "arroz" }] }, /se repiten/],
    [{ lines: [{ lineNumber: 1, description: "   " }] }, /descripción/],
    [{ lines: [{ lineNumber: 0, description: "panela" }] }, undefined],
    [{}, undefined],
  ];
  for (const [data, detail] of badBodies) {
    await expectError(await request.post("/api/products/match", { data }), 422, "INVALID_INPUT", detail);
  }
  await expectError(
    await request.post("/api/products/match", { data: "{not json", headers: { "content-type": "application/json" } }),
    422,
    "INVALID_INPUT",
  );
  await expectError(
    await request.post("/api/products/match", { data: LINES, headers: { origin: "https://evil.example" } }),
    403,
    "CROSS_ORIGIN",
  );
  await request.dispose();
});
