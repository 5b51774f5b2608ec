/** The keyset position after a page ordered by product code: the last code, base64url so it stays opaque in a URL. */
export const encodeCodeCursor = (code: string): string => Buffer.from(code, "utf8").toString("base64url");
