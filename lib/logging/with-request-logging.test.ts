import { NextRequest } from "next/server";
import { afterEach, describe, expect, test, vi } from "vitest";
import { withPublic } from "@/lib/api/with-public";
import { AppError } from "@/lib/errors";
import { getLogger } from "./logger";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const route = withPublic(async ({ req }) => {
  getLogger().info({ step: "inside" }, "handler ran");
  if (req.nextUrl.searchParams.has("fail")) throw new AppError("NOT_FOUND", { message: "No encontrado." });
  return Response.json({ ok: true });
});

const call = (url: string, headers: Record<string, string> = {}) =>
  route(new NextRequest(url, { headers }), { params: Promise.resolve({}) });

const captureStdout = () => {
  const written: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  return written;
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe("request ids on API routes", () => {
  test("a valid incoming x-request-id is echoed and on every log line of the request", async () => {
    const written = captureStdout();
    const response = await call("http://localhost/api/x", { "x-request-id": "lb-trace-0001" });
    expect(response.headers.get("x-request-id")).toBe("lb-trace-0001");
    const lines = written.join("").trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain("[lb-trace-0001] handler ran step=inside");
    expect(lines[1]).toMatch(/\[lb-trace-0001\] request .*method=GET path=\/api\/x status=200 durationMs=\d+/);
  });

  test("a missing or unsafe id is replaced by a new UUID, errors included", async () => {
    captureStdout();
    const missing = await call("http://localhost/api/x");
    const unsafe = await call("http://localhost/api/x?fail", { "x-request-id": "bad id\u0007<script>" });
    expect(missing.headers.get("x-request-id")).toMatch(UUID);
    expect(unsafe.status).toBe(404);
    expect(unsafe.headers.get("x-request-id")).toMatch(UUID);
    expect(unsafe.headers.get("x-request-id")).not.toBe(missing.headers.get("x-request-id"));
  });
});
