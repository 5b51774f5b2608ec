import { expect, test } from "vitest";
import { ZMatchLinesRequest } from "./schemas";

test("control characters never reach the database: codes with them are refused, descriptions lose them", () => {
  const refused = ZMatchLinesRequest.safeParse({ lines: [{ lineNumber: 1, description: "panela", sellerItemCode: "P\u0000" }] });
  expect(refused.success).toBe(false);
  expect(refused.error?.issues[0]?.message).toBe("El código tiene caracteres de control");
  const cleaned = ZMatchLinesRequest.parse({ lines: [{ lineNumber: 1, description: "panela\u0000\tredonda " }] });
  expect(cleaned.lines[0]?.description).toBe("panela redonda");
});

test("a description of control characters only is empty, and line numbers may not repeat", () => {
  expect(ZMatchLinesRequest.safeParse({ lines: [{ lineNumber: 1, description: "\u0000\u0001" }] }).success).toBe(false);
  const repeated = ZMatchLinesRequest.safeParse({
    lines: [
      { lineNumber: 1, description: "a" },
      { lineNumber: 1, description: "b" },
    ],
  });
  expect(repeated.error?.issues[0]?.message).toBe("Los números de línea se repiten");
});
