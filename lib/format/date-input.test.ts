import { describe, expect, test } from "vitest";
import { inputToIsoDate, isoDateToInput } from "./date-input";

describe("date input", () => {
  test("shows ISO calendar dates as DD/MM/YYYY and reads them back", () => {
    expect(isoDateToInput("2026-11-29")).toBe("29/11/2026");
    expect(inputToIsoDate("29/11/2026")).toBe("2026-11-29");
    expect(inputToIsoDate(" 5/1/2027 ")).toBe("2027-01-05");
    expect(inputToIsoDate("2027-01-05")).toBe("2027-01-05");
    expect(inputToIsoDate(isoDateToInput("2024-02-29"))).toBe("2024-02-29");
  });

  test("leaves what is not a date for the schema to refuse", () => {
    expect(isoDateToInput("")).toBe("");
    expect(inputToIsoDate("29-11-2026")).toBe("29-11-2026");
    expect(inputToIsoDate("ayer")).toBe("ayer");
  });
});
