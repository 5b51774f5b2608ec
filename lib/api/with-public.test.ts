import { NextRequest } from "next/server";
import { expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createRateLimiter } from "./create-rate-limiter";
import { withPublic } from "./with-public";

const context = { params: Promise.resolve({ code: "ABCD" }) };
const request = (init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest("http://localhost:3000/api/verify/ABCD", { method: init.method ?? "GET", headers: init.headers });

it("runs the handler without a session and passes the route params", async () => {
  const handler = withPublic(async ({ params }) => Response.json({ code: params.code }));
  const response = await handler(request(), context);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ code: "ABCD" });
});

it("refuses a cross-origin POST and turns AppErrors into the usual error body", async () => {
  const handler = withPublic(async () => {
    throw new AppError("NOT_FOUND", { message: "No existe." });
  });
  const crossOrigin = await handler(request({ method: "POST", headers: { origin: "https://evil.example" } }), context);
  expect(crossOrigin.status).toBe(403);
  expect(((await crossOrigin.json()) as { error: { code: string } }).error.code).toBe("CROSS_ORIGIN");
  const notFound = await handler(request({ method: "POST", headers: { origin: "http://localhost:3000" } }), context);
  expect(notFound.status).toBe(404);
});

it("answers 429 with Retry-After once a client passes its limit, counting clients apart by the hop the load balancer added", async () => {
  const handler = withPublic(async () => Response.json({ ok: true }), { rateLimiter: createRateLimiter({ limit: 2, windowMs: 60_000 }) });
  // The first hop is the client's own claim: a fresh one per request must not reset the count.
  let claimed = 0;
  const from = (address: string) => request({ headers: { "x-forwarded-for": `10.9.9.${(claimed += 1)}, ${address}` } });
  expect((await handler(from("203.0.113.7"), context)).status).toBe(200);
  expect((await handler(from("203.0.113.7"), context)).status).toBe(200);
  const limited = await handler(from("203.0.113.7"), context);
  expect(limited.status).toBe(429);
  expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(((await limited.json()) as { error: { code: string } }).error.code).toBe("RATE_LIMITED");
  expect((await handler(from("198.51.100.4"), context)).status).toBe(200);
});
