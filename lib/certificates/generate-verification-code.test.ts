import { describe, expect, it } from "vitest";
import { generateVerificationCode } from "./generate-verification-code";
import { normalizeVerificationCode } from "./normalize-verification-code";
import { ZVerificationCode } from "./schemas";

describe("generateVerificationCode", () => {
  it("writes 20 Crockford base32 characters in groups of four, different every time", () => {
    const codes = Array.from({ length: 2000 }, () => generateVerificationCode());
    for (const code of codes) expect(ZVerificationCode.parse(code)).toBe(code);
    expect(new Set(codes).size).toBe(codes.length);
    // Every position uses the whole alphabet: no character is stuck (which would cut the entropy).
    const positions = Array.from({ length: 20 }, (_, index) => new Set(codes.map((code) => code.replace(/-/g, "")[index])));
    for (const seen of positions) expect(seen.size).toBe(32);
  });
});

describe("normalizeVerificationCode", () => {
  it("accepts what a person types: lower case, spaces, look-alike letters", () => {
    expect(normalizeVerificationCode("7kq2 m9xd 4frt obnw c8jp")).toBe("7KQ2-M9XD-4FRT-0BNW-C8JP");
    expect(normalizeVerificationCode("7KQ2M9XD4FRTOBNWC8JP")).toBe("7KQ2-M9XD-4FRT-0BNW-C8JP");
    expect(normalizeVerificationCode("ilIL-0000-0000-0000-0000")).toBe("1111-0000-0000-0000-0000");
  });

  it("rejects anything else", () => {
    for (const input of ["", "7KQ2-M9XD", "7KQ2-M9XD-4FRT-0BNW-C8JU", "../../etc/passwd", "7KQ2-M9XD-4FRT-0BNW-C8JP-AAAA"]) {
      expect(normalizeVerificationCode(input)).toBeNull();
    }
  });
});
