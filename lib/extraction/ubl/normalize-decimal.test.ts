import { describe, expect, it } from "vitest";
import { normalizeDecimal } from "./normalize-decimal";

describe("normalizeDecimal", () => {
  it("keeps well-formed decimals exactly as written", () => {
    for (const raw of ["0", "0.00", "1.000000", "-12.5", "1720000.00"]) {
      expect(normalizeDecimal({ raw })).toEqual({ value: raw, changed: false });
    }
  });

  it("repairs only unambiguous slips", () => {
    expect(normalizeDecimal({ raw: " 12.50 " }).value).toBe("12.50");
    expect(normalizeDecimal({ raw: "+5" }).value).toBe("5");
    expect(normalizeDecimal({ raw: ".5" }).value).toBe("0.5");
    expect(normalizeDecimal({ raw: "5." }).value).toBe("5");
    expect(normalizeDecimal({ raw: "12600,06" })).toEqual({ value: "12600.06", changed: true });
  });

  it("refuses to guess thousands separators or non-numbers", () => {
    for (const raw of ["1.234.567,89", "1,234,567.89", "12,600,06", "1e5", "abc", "NaN", ""]) {
      expect(normalizeDecimal({ raw }).value).toBeNull();
    }
    expect(normalizeDecimal({ raw: null }).value).toBeNull();
  });
});
