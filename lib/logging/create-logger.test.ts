import { describe, expect, test } from "vitest";
import { createLogger } from "./create-logger";
import { requestContext } from "./request-context";

const collect = (format: "json" | "readable", level: "info" | "warn" = "info") => {
  const lines: string[] = [];
  return { lines, logger: createLogger({ level, format, write: (text) => lines.push(text) }) };
};

describe("createLogger", () => {
  test("json: one object per line, with the request id only while a request runs", () => {
    const { lines, logger } = collect("json");
    logger.info({ invoiceId: "f1" }, "outside");
    requestContext.run({ requestId: "req-12345678" }, () => logger.warn({ invoiceId: "f2" }, "inside"));
    const [outside, inside] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(outside).toMatchObject({ level: 30, msg: "outside", invoiceId: "f1", service: "cotejo" });
    expect(outside).not.toHaveProperty("requestId");
    expect(inside).toMatchObject({ level: 40, msg: "inside", invoiceId: "f2", requestId: "req-12345678" });
  });

  test("the level filters lower entries", () => {
    const { lines, logger } = collect("json", "warn");
    logger.info("dropped");
    logger.error("kept");
    expect(lines.map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual(["kept"]);
  });

  test("readable: time, level, request id, message and fields on one line, an error's stack below", () => {
    const { lines, logger } = collect("readable");
    requestContext.run({ requestId: "req-abcdefgh" }, () => logger.error({ err: new Error("boom"), key: "sha256/ab" }, "Upload failed"));
    expect(lines).toHaveLength(1);
    const [head, stack] = lines[0]!.split("\n");
    expect(head).toMatch(/^\d\d:\d\d:\d\d\.\d{3} ERROR \[req-abcdefgh\] Upload failed key=sha256\/ab$/);
    expect(stack).toBe("Error: boom");
  });
});
