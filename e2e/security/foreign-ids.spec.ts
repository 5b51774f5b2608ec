import { randomInt, randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { apiSignIn } from "../fixtures/authentication";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const randomCertificateCode = () =>
  Array.from({ length: 5 }, () => Array.from({ length: 4 }, () => CROCKFORD[randomInt(CROCKFORD.length)]).join("")).join("-");
// Chapter 99 is reserved in the Harmonized System: no DIAN classification starts with it.
const randomDianCode = () => `99${String(randomInt(100)).padStart(2, "0")}.${String(randomInt(100)).padStart(2, "0")}`;
// Catalog codes are P + nine digits; these never are.
const randomProductCode = () => `X${randomUUID().slice(0, 12)}`;

type TProbe = { method: "GET" | "POST" | "DELETE"; path: (id: string) => string; randomId: () => string };
type TResult = { status: number; body: string };

/** A miss: 404 everywhere, except the public verification, which answers 200 { status: "NOT_FOUND" } for its page. */
const isMiss = (path: string, { status, body }: TResult) =>
  path.startsWith("/api/verify/") ? status === 200 && body === JSON.stringify({ status: "NOT_FOUND" }) : status === 404;

/** Every route that takes an id, with ids shaped as it expects (so they pass validation and reach the lookup). */
const ID_ROUTES: TProbe[] = [
  { method: "GET", path: (id) => `/api/invoices/${id}`, randomId: randomUUID },
  { method: "GET", path: (id) => `/api/invoices/${id}/file`, randomId: randomUUID },
  { method: "GET", path: (id) => `/api/invoices/${id}/timeline`, randomId: randomUUID },
  { method: "GET", path: (id) => `/api/invoices/batch/${id}`, randomId: randomUUID },
  { method: "GET", path: (id) => `/api/certificates/${id}/download`, randomId: randomUUID },
  { method: "GET", path: (id) => `/api/commissions/${id}`, randomId: randomUUID },
  { method: "GET", path: (id) => `/api/commissions/rule-sets/${id}`, randomId: randomUUID },
  { method: "GET", path: (id) => `/api/products/${id}`, randomId: randomProductCode },
  { method: "GET", path: (id) => `/api/products/classification/${id}`, randomId: randomDianCode },
  { method: "POST", path: (id) => `/api/invoices/${id}/urgent`, randomId: randomUUID },
  { method: "POST", path: (id) => `/api/invoices/${id}/retry`, randomId: randomUUID },
  { method: "POST", path: (id) => `/api/commissions/rule-sets/${id}/preview`, randomId: randomUUID },
  { method: "DELETE", path: (id) => `/api/commissions/rule-sets/${id}`, randomId: randomUUID },
];
// The public lookup allows 60 per minute and client: its share stays under that.
const VERIFY_LOOKUPS = 40;
const TOTAL = 1_000;

test("[ACCESS]: 1,000 foreign ids across the id-taking routes are all not found: 0 reads", async ({ playwright, baseURL }) => {
  test.setTimeout(180_000);
  const admin = await playwright.request.newContext({ baseURL });
  await apiSignIn(admin, "ADMIN");
  // Ids that exist, but of another kind (users), besides random ones: a lookup must not cross tables.
  const userIds = ((await (await admin.get("/api/users")).json()) as { id: string }[]).map((user) => user.id);
  expect(userIds.length).toBeGreaterThan(0);

  const requests: { method: TProbe["method"]; path: string }[] = [];
  for (let index = 0; requests.length < TOTAL - VERIFY_LOOKUPS; index += 1) {
    const route = ID_ROUTES[index % ID_ROUTES.length]!;
    const reuseUserId = index % 10 === 0 && route.randomId === randomUUID;
    requests.push({ method: route.method, path: route.path(reuseUserId ? userIds[index % userIds.length]! : route.randomId()) });
  }
  for (let index = 0; index < VERIFY_LOOKUPS; index += 1) requests.push({ method: "GET", path: `/api/verify/${randomCertificateCode()}` });

  const statuses = new Map<number, number>();
  const reads: string[] = [];
  let misses = 0;
  for (let start = 0; start < requests.length; start += 8) {
    await Promise.all(
      requests.slice(start, start + 8).map(async ({ method, path }) => {
        const response = await admin.fetch(path, { method, maxRedirects: 0 });
        const result = { status: response.status(), body: (await response.body()).toString() };
        statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
        if (isMiss(path, result)) misses += 1;
        else if (result.status < 400) reads.push(`${method} ${path}: ${result.status} ${result.body.slice(0, 200)}`);
      }),
    );
  }
  console.log(`[ACCESS] foreign ids: ${requests.length} requests, ${misses} not found, ${reads.length} reads, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  expect(requests).toHaveLength(TOTAL);
  expect(reads).toEqual([]);
  expect(misses).toBe(TOTAL);
  await admin.dispose();
});
