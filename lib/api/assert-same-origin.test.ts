import { NextRequest } from "next/server";
import { expect, it } from "vitest";
import { assertSameOrigin } from "./assert-same-origin";

const request = (method: string, headers: Record<string, string>) => new NextRequest("http://localhost:3000/api/invoices", { method, headers });
const refused = (method: string, headers: Record<string, string>) => {
  try {
    assertSameOrigin(request(method, headers));
    return false;
  } catch (error) {
    return (error as { code?: string }).code === "CROSS_ORIGIN";
  }
};

it("refuses a mutating request from another origin, an opaque origin or one the browser marks cross-site", () => {
  for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
    expect(refused(method, { origin: "https://evil.example" })).toBe(true);
    expect(refused(method, { origin: "null" })).toBe(true);
    expect(refused(method, { "sec-fetch-site": "cross-site" })).toBe(true);
  }
});

it("lets through its own origin, server-to-server calls without Origin, and every read", () => {
  expect(refused("POST", { origin: "http://localhost:3000", "sec-fetch-site": "same-origin" })).toBe(false);
  expect(refused("POST", {})).toBe(false);
  expect(refused("GET", { origin: "https://evil.example", "sec-fetch-site": "cross-site" })).toBe(false);
});
