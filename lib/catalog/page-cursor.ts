import type { z } from "zod";
import { AppError } from "@/lib/errors";

/** A page position as an opaque, URL-safe token: clients hand it back and never build one. */
export const encodePageCursor = (position: Record<string, string | number>): string =>
  Buffer.from(JSON.stringify(position), "utf8").toString("base64url");

/** Reads a cursor back; anything that is not one this server wrote is bad input (422), never a server error. */
export const decodePageCursor = <T>(schema: z.ZodType<T>, cursor: string): T => {
  try {
    return schema.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
  } catch {
    throw new AppError("INVALID_INPUT", { message: "El cursor de página no es válido; vuelva a la primera página." });
  }
};
