import { describe, expect, it } from "vitest";
import { protectSpreadsheetText } from "./protect-spreadsheet-text";

describe("protectSpreadsheetText", () => {
  it.each([
    ["=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"],
    ["+57 300", "'+57 300"],
    ["-1+1", "'-1+1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", "'\rcmd"],
  ])("prefixes %j with an apostrophe", (input, expected) => {
    expect(protectSpreadsheetText(input)).toBe(expected);
  });

  it.each(["Finca La Esperanza S.A.S.", "0901.11 · Café", "", "Año 2026 = bueno", "'ya protegido"])("leaves %j alone", (input) => {
    expect(protectSpreadsheetText(input)).toBe(input);
  });
});
