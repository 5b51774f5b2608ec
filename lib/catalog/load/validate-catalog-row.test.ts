import { describe, expect, test } from "vitest";
import { formatProductCopyLine } from "./format-product-copy-line";
import { formatRejectLine } from "./format-reject-line";
import { validateCatalogRow } from "./validate-catalog-row";

const classificationIds = new Map([["0901.11", 7]]);
const VALID = ["P1", "Café pergamino seco", "7702004003508", "50201706", "0901.11", "Café", "KGM", "true"];
const withField = (index: number, value: string) => VALID.map((field, i) => (i === index ? value : field));
const reasonOf = (fields: string[]) => {
  const result = validateCatalogRow({ fields, classificationIds });
  return result.ok ? "OK" : result.reason;
};

describe("validateCatalogRow", () => {
  test("a valid row is trimmed, normalized and typed", () => {
    const result = validateCatalogRow({ fields: withField(0, "  P1 "), classificationIds });
    expect(result).toEqual({
      ok: true,
      row: { code: "P1", name: "Café pergamino seco", normalizedName: "cafe pergamino seco", gtin: "7702004003508", unspsc: "50201706", classificationId: 7, category: "Café", unitCode: "KGM", active: true },
    });
    expect(reasonOf(withField(2, ""))).toBe("OK");
    expect(reasonOf(withField(7, ""))).toBe("OK");
    expect(reasonOf(withField(6, "kgm"))).toBe("OK");
  });

  test.each([
    ["MALFORMED_ROW", VALID.slice(0, 7)],
    ["MALFORMED_ROW", [...VALID, "extra"]],
    ["MALFORMED_ROW", withField(1, "Café\u0000")],
    ["MISSING_FIELD", withField(0, " ")],
    ["MISSING_FIELD", withField(1, "")],
    ["MISSING_FIELD", withField(1, "¡¡!!")],
    ["MISSING_FIELD", withField(4, "")],
    ["MISSING_FIELD", withField(6, "")],
    ["FIELD_TOO_LONG", withField(0, "P".repeat(65))],
    ["FIELD_TOO_LONG", withField(1, "café ".repeat(70))],
    ["INVALID_GTIN", withField(2, "7702004003509")],
    ["INVALID_GTIN", withField(2, "770200400350")],
    ["INVALID_GTIN", withField(2, "77020040035O8")],
    ["INVALID_UNSPSC", withField(3, "5020")],
    ["INVALID_ACTIVE", withField(7, "quizá")],
    ["INVALID_ACTIVE", withField(7, "constructor")],
    ["UNKNOWN_CLASSIFICATION", withField(4, "9999.99")],
    ["INVALID_UNIT", withField(6, "KILO")],
  ])("%s: %j", (reason, fields) => {
    expect(reasonOf(fields)).toBe(reason);
  });
});

test("COPY text escapes backslash, tab, CR and LF; NULL is \\N", () => {
  const result = validateCatalogRow({ fields: withField(1, "Panela\tC:\\lote\nnueva\r2"), classificationIds });
  if (!result.ok) throw new Error(result.reason);
  const line = formatProductCopyLine({ id: 5, row: { ...result.row, gtin: null }, timestamp: "2026-11-23T00:00:00.000Z" });
  expect(line.split("\t")).toHaveLength(12);
  expect(line).toContain("Panela\\tC:\\\\lote\\nnueva\\r2\t");
  expect(line).toContain("\t\\N\t50201706\t");
  expect(line.endsWith("\n")).toBe(true);
});

test("reject lines are RFC 4180 CSV; the raw text is kept only for malformed rows", () => {
  expect(formatRejectLine({ position: 12, reason: "INVALID_GTIN", fields: withField(1, 'Café "pergamino", seco'), raw: "x" })).toBe(
    '12,INVALID_GTIN,P1,"Café ""pergamino"", seco",7702004003508,50201706,0901.11,Café,KGM,true,\n',
  );
  expect(formatRejectLine({ position: 3, reason: "MALFORMED_ROW", fields: null, raw: 'a,"b' })).toBe('3,MALFORMED_ROW,,,,,,,,,"a,""b"\n');
});
