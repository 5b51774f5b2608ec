import { describe, expect, test } from "vitest";
import { formatFieldInput, parseFieldInput } from "./field-input";

describe("review field input", () => {
  test("shows amounts and quantities in Colombian style with their own decimals, dates as DD/MM/YYYY", () => {
    expect(formatFieldInput("header.total", "1209344.00")).toBe("1.209.344,00");
    expect(formatFieldInput("lines.2.quantity", "12.5")).toBe("12,5");
    expect(formatFieldInput("lines.2.unitPrice", "-950")).toBe("-950");
    expect(formatFieldInput("header.issueDate", "2026-11-29")).toBe("29/11/2026");
    expect(formatFieldInput("header.supplierNit", "900373115")).toBe("900373115");
    expect(formatFieldInput("header.total", null)).toBe("");
  });

  test("reads back what the operator types, in Colombian or plain style", () => {
    expect(parseFieldInput("header.total", "$ 1.209.344,00")).toBe("1209344.00");
    expect(parseFieldInput("header.total", "1209344.5")).toBe("1209344.5");
    expect(parseFieldInput("lines.1.quantity", "12,5")).toBe("12.5");
    expect(parseFieldInput("header.issueDate", "29/11/2026")).toBe("2026-11-29");
    expect(parseFieldInput("header.dueDate", "5/1/2027")).toBe("2027-01-05");
    expect(parseFieldInput("header.dueDate", "2027-01-05")).toBe("2027-01-05");
    // Not a date: left for the schema to refuse.
    expect(parseFieldInput("header.issueDate", "31-02")).toBe("31-02");
    expect(parseFieldInput("header.supplierName", "  Frigorífico del Huila S.A. ")).toBe("Frigorífico del Huila S.A.");
  });

  test("formatting then reading gives back the stored value", () => {
    for (const [key, value] of [["header.total", "1209344.00"], ["lines.1.quantity", "0.125"], ["header.issueDate", "2026-01-31"]] as const) {
      expect(parseFieldInput(key, formatFieldInput(key, value))).toBe(value);
    }
  });
});
