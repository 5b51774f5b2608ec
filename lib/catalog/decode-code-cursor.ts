import { AppError } from "@/lib/errors";
import { encodeCodeCursor } from "./encode-code-cursor";
import { ZProductCode } from "./schemas";

const invalidCursor = () =>
  new AppError("INVALID_INPUT", {
    message: "El cursor de paginación no es válido: vuelva a la primera página.",
    details: [{ path: "cursor", message: "Cursor inválido" }],
  });

/**
 * The product code a cursor from encodeCodeCursor carries. Base64url decoding never fails on its own (it skips
 * what it cannot read), so a cursor counts only if it encodes back to itself and holds a plausible code.
 */
export const decodeCodeCursor = (cursor: string): string => {
  const code = Buffer.from(cursor, "base64url").toString("utf8");
  if (encodeCodeCursor(code) !== cursor) throw invalidCursor();
  const parsed = ZProductCode.safeParse(code);
  if (!parsed.success || parsed.data !== code) throw invalidCursor();
  return code;
};
