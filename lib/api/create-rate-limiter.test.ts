import { expect, it } from "vitest";
import { createRateLimiter } from "./create-rate-limiter";

it("allows `limit` calls per window and key, then answers with the seconds left", () => {
  const limiter = createRateLimiter({ limit: 3, windowMs: 60_000 });
  const start = 1_000_000;
  expect([1, 2, 3].map(() => limiter.check("1.2.3.4", start).allowed)).toEqual([true, true, true]);
  expect(limiter.check("1.2.3.4", start + 15_000)).toEqual({ allowed: false, retryAfterSeconds: 45 });
  expect(limiter.check("5.6.7.8", start + 15_000).allowed).toBe(true);
  expect(limiter.check("1.2.3.4", start + 60_000).allowed).toBe(true);
});

it("keeps at most maxKeys windows", () => {
  const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 2 });
  limiter.check("a", 0);
  limiter.check("b", 0);
  limiter.check("c", 0);
  // "a" was evicted, so it starts a fresh window.
  expect(limiter.check("a", 1).allowed).toBe(true);
  expect(limiter.check("c", 1).allowed).toBe(false);
});

it("starts a key over after reset", () => {
  const limiter = createRateLimiter({ limit: 1, windowMs: 60_000 });
  limiter.check("a", 0);
  expect(limiter.check("a", 1).allowed).toBe(false);
  limiter.reset("a");
  expect(limiter.check("a", 2).allowed).toBe(true);
});
