import { expect, test } from "vitest";
import { AppError } from "@/lib/errors";
import { decodeCodeCursor } from "./decode-code-cursor";
import { encodeCodeCursor } from "./encode-code-cursor";

test.each(["P000000001", "CAFÉ-ñ/01", "x".repeat(64)])("%s survives a round trip", (code) => {
  const cursor = encodeCodeCursor(code);
  expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
  expect(decodeCodeCursor(cursor)).toBe(code);
});

test.each([
  ["a lone character that decodes to nothing", "A"],
  ["NUL bytes, which PostgreSQL text cannot hold", encodeCodeCursor("\u0000\u0000\u0000")],
  ["bytes that are not UTF-8", Buffer.from([0xff, 0xfe, 0xfd]).toString("base64url")],
  ["a code longer than any catalog code", encodeCodeCursor("x".repeat(65))],
  ["spaces around the code", encodeCodeCursor(" P1 ")],
  ["base64 padding, which base64url never writes", `${encodeCodeCursor("P1")}==`],
])("rejects %s with INVALID_INPUT", (_, cursor) => {
  const error = (() => {
    try {
      decodeCodeCursor(cursor);
    } catch (caught) {
      return caught;
    }
  })();
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ code: "INVALID_INPUT", status: 422, message: expect.stringMatching(/cursor/i) as unknown });
});
